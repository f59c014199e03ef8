#include "report/redact_names.h"

#include <algorithm>
#include <vector>

#include "detect/card_number.h"
#include "detect/iban.h"
#include "detect/ip_address.h"
#include "headlines/text_finder.h"
#include "report/redact.h"

namespace dataaudit {
namespace {

struct Secret {
  std::size_t begin, end;
  std::string_view kind;  ///< The kind whose redaction it gets (report/redact.h).
};

// Longest forms looked at: 19 digits in groups, 34 IBAN characters in groups of four, and
// an IPv6 address; longer runs are not these secrets, and the caps keep the scans linear.
constexpr std::size_t kMaxCardChars = 19 + 6;
constexpr std::size_t kMaxIbanChars = 34 + 8;
constexpr std::size_t kMaxIpChars = 45;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z'); }
// Where one part of a name ends: path and fragment separators, and the underscores and
// spaces that join words in file names ("messages_with_+4915112345678").
bool EndsPart(char c) { return c == '/' || c == '#' || c == '_' || c == ' ' || c == '\\'; }

// The name with every part separator turned into a space, so that the free-text finders
// see each part as a word of its own; offsets stay those of the name.
std::string PartsAsWords(std::string_view name) {
  std::string words(name);
  std::replace_if(words.begin(), words.end(), EndsPart, ' ');
  return words;
}

// Card numbers: digit groups joined by single spaces or hyphens ("4539 1488 0343 6467").
void FindCards(std::string_view words, std::vector<Secret>& out) {
  std::size_t i = 0;
  while (i < words.size()) {
    if (!IsDigit(words[i]) || (i > 0 && IsAlnum(words[i - 1]))) { ++i; continue; }
    std::size_t end = i;
    while (end < words.size() && (IsDigit(words[end]) || ((words[end] == ' ' || words[end] == '-') &&
                                                          end + 1 < words.size() && IsDigit(words[end + 1]))))
      ++end;
    if (end - i >= 12 && end - i <= kMaxCardChars && (end == words.size() || !IsAlnum(words[end])) && detect::IsCardNumber(words.substr(i, end - i)))
      out.push_back({i, end, "card_number"});
    i = end;
  }
}

// IBANs: two capitals and two check digits, then capitals and digits, compact or in
// groups of four ("DE89 3704 0044 0532 0130 00").
void FindIbans(std::string_view words, std::vector<Secret>& out) {
  for (std::size_t i = 0; i + 4 <= words.size(); ++i) {
    if (!IsUpper(words[i]) || !IsUpper(words[i + 1]) || !IsDigit(words[i + 2]) || !IsDigit(words[i + 3])) continue;
    if (i > 0 && IsAlnum(words[i - 1])) continue;
    std::size_t end = i + 4, compact_end = 0;
    const std::size_t limit = std::min(words.size(), i + kMaxIbanChars);
    while (end < limit && (IsUpper(words[end]) || IsDigit(words[end]) ||
                           (words[end] == ' ' && end + 1 < limit && IsAlnum(words[end + 1])))) {
      if (words[end] == ' ' && compact_end == 0) compact_end = end;
      ++end;
    }
    // Grouped first, then the compact token alone, then the grouped form cut back a group at a time.
    std::size_t found = 0;
    for (std::size_t stop = end; stop > i + 4 && found == 0;) {
      if (detect::IsIban(words.substr(i, stop - i))) found = stop;
      const std::size_t space = words.rfind(' ', stop - 1);
      stop = (space == std::string_view::npos || space <= i) ? i : space;
    }
    if (found == 0 && compact_end != 0 && detect::IsIban(words.substr(i, compact_end - i))) found = compact_end;
    if (found != 0) {
      out.push_back({i, found, "iban"});
      i = found;
    } else {
      i = end;  // nothing inside this run starts an IBAN that this scan would not find again
    }
  }
}

// IP addresses: whole words made of hex digits, dots and colons.
void FindIps(std::string_view words, std::vector<Secret>& out) {
  auto ip_char = [](char c) { return IsDigit(c) || c == '.' || c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  std::size_t i = 0;
  while (i < words.size()) {
    if (!ip_char(words[i])) { ++i; continue; }
    std::size_t end = i;
    while (end < words.size() && ip_char(words[end])) ++end;
    std::size_t stop = end;
    while (stop > i && (words[stop - 1] == '.')) --stop;  // "10.0.0.1.json" is seen as "10.0.0.1" then ".json"
    const bool whole_word = (i == 0 || !IsAlnum(words[i - 1])) && stop - i <= kMaxIpChars;
    if (whole_word && stop > i && detect::IsIpAddress(words.substr(i, stop - i))) out.push_back({i, stop, "ip_address"});
    else if (whole_word) {
      // "10.0.0.1.json": the address is the part before a trailing ".<letters>" suffix.
      const std::size_t last_dot = words.substr(i, stop - i).rfind('.');
      if (last_dot != std::string_view::npos && last_dot > 0 && detect::IsIpAddress(words.substr(i, last_dot)))
        out.push_back({i, i + last_dot, "ip_address"});
    }
    i = end;
  }
}

void FindInText(std::string_view words, std::vector<Secret>& out) {
  const char* base = words.data();
  FindEmails(words, [&](std::string_view v) {
    out.push_back({static_cast<std::size_t>(v.data() - base), static_cast<std::size_t>(v.data() - base) + v.size(), "email"});
  });
  FindPhones(words, [&](std::string_view v) {
    out.push_back({static_cast<std::size_t>(v.data() - base), static_cast<std::size_t>(v.data() - base) + v.size(), "phone"});
  });
}

}  // namespace

std::string RedactSecretsInName(std::string_view name) {
  const std::string words = PartsAsWords(name);
  std::vector<Secret> secrets;
  FindInText(words, secrets);
  FindCards(words, secrets);
  FindIbans(words, secrets);
  FindIps(words, secrets);
  if (secrets.empty()) return std::string(name);
  // Longest first among those starting together, then left to right without overlaps.
  std::sort(secrets.begin(), secrets.end(), [](const Secret& a, const Secret& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::string out;
  std::size_t at = 0;
  for (const Secret& s : secrets) {
    if (s.begin < at) continue;
    out.append(name.substr(at, s.begin - at));
    out += Redact(name.substr(s.begin, s.end - s.begin), s.kind);
    at = s.end;
  }
  out.append(name.substr(at));
  return out;
}

const std::string& NameRedactor::operator()(const std::string& name) {
  auto it = memo_.find(name);
  if (it == memo_.end()) it = memo_.emplace(name, RedactSecretsInName(name)).first;
  return it->second;
}

}  // namespace dataaudit
