#include "headlines/text_finder.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "detect/email.h"
#include "detect/phone_e164.h"
#include "detect/phone_national.h"

namespace dataaudit {
namespace {

constexpr std::size_t kMinDigits = 7;  // the shortest number counted

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
bool IsLocalChar(char c) { return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool IsDomainChar(char c) { return IsAlnum(c) || c == '.' || c == '-'; }
bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'; }

// Characters that glue a digit run to something else: an id, a URL, a handle, a decimal.
bool GluesBefore(char c) {
  return IsAlnum(c) || c == '_' || c == '.' || c == '/' || c == '-' || c == '@' || c == '#' || c == '+' ||
         c == '&' || c == '=' || c == '%' || c == '\\' || static_cast<unsigned char>(c) >= 0x80;
}

bool GluesAfter(std::string_view text, std::size_t end) {
  if (end >= text.size()) return false;
  const char c = text[end];
  if (IsAlnum(c) || c == '_' || c == '@' || c == '/' || c == '%' || c == '=' || c == '&') return true;
  const bool continues = end + 1 < text.size() && IsDigit(text[end + 1]);
  return continues && (c == ':' || c == '.' || c == ',');  // a time, a decimal, a list
}

// The lengths of the digit groups of a number ("06-1234 5678": 2, 4, 4); a number of
// more groups than kMaxGroups is none.
struct Groups {
  static constexpr std::size_t kMaxGroups = 8;
  std::array<std::uint8_t, kMaxGroups> length{};
  std::size_t count = 0;
  bool too_many = false;

  explicit Groups(std::string_view number) {
    std::size_t run = 0;
    for (char c : number) {
      if (IsDigit(c)) ++run;
      else if (run > 0) Add(run), run = 0;
    }
    if (run > 0) Add(run);
  }
  void Add(std::size_t run) {
    if (count == kMaxGroups) too_many = true;
    else length[count++] = static_cast<std::uint8_t>(std::min<std::size_t>(run, 255));
  }
  std::size_t operator[](std::size_t i) const { return length[i]; }
};

// True when `s` holds at least `n` digits; stops looking once it has seen them.
bool HasDigits(std::string_view s, std::size_t n) {
  std::size_t seen = 0;
  for (char c : s)
    if (IsDigit(c) && ++seen == n) return true;
  return false;
}

// "01.02.2020 10", "2020-01-02 10": the first three groups are a date.
bool StartsLikeDate(const Groups& g) {
  if (g.count < 3) return false;
  const bool day_first = g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4);
  const bool year_first = g[0] == 4 && g[1] <= 2 && g[2] <= 2;
  return day_first || year_first;
}

// "(555) 010-0199", "555-010-0199", "1-555-010-0199".
bool IsNorthAmerican(std::string_view number, const Groups& g) {
  if (number.find('.') != std::string_view::npos) return false;
  if (g.count == 3) return g[0] == 3 && g[1] == 3 && g[2] == 4;
  return g.count == 4 && number[0] == '1' && g[0] == 1 && g[1] == 3 && g[2] == 3 && g[3] == 4;
}

bool IsPhoneInText(std::string_view number, std::size_t digits, bool whole_text) {
  const Groups groups(number);
  if (groups.too_many) return false;
  const std::string_view bare = number[0] == '(' ? number.substr(1) : number;
  if (bare[0] == '+') return detect::IsPhoneE164(number);
  if (StartsLikeDate(groups)) return false;
  if (bare.starts_with("00")) return digits >= 10 && digits <= 17 && detect::IsPhoneNational(number);
  if (bare[0] == '0') return digits >= 9 && digits <= 12 && detect::IsPhoneNational(number);
  if (IsNorthAmerican(number, groups)) return true;
  // A text that is one number with separators (a contact point "555-0101").
  return whole_text && groups.count > 1 && number.find('.') == std::string_view::npos &&
         detect::IsPhoneNational(number);
}

// The end of the phone-shaped run starting at `start`: digits, and separators that lead
// (after at most three of them) to another digit. Counts the run's digits in `digits`.
std::size_t RunEnd(std::string_view text, std::size_t start, std::size_t* digits) {
  std::size_t end = start, i = start;
  *digits = 0;
  if (text[i] == '+' || text[i] == '(') ++i;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      ++*digits;
      end = ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && j - i < 3 && IsSeparator(text[j])) ++j;
    if (j == i || j >= text.size() || !IsDigit(text[j])) break;
    i = j;
  }
  return end;
}

// Bytes that may open a number: digits, '+' and '('.
constexpr std::array<std::uint8_t, 256> kOpeners = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = 1;
  table['+'] = table['('] = 1;
  return table;
}();

// The first byte at or after `i` that may open a number. Most text goes through here,
// eight bytes at a time without a branch per byte.
std::size_t NextCandidate(std::string_view text, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  while (i + 8 <= n && (kOpeners[p[i]] | kOpeners[p[i + 1]] | kOpeners[p[i + 2]] | kOpeners[p[i + 3]] |
                        kOpeners[p[i + 4]] | kOpeners[p[i + 5]] | kOpeners[p[i + 6]] | kOpeners[p[i + 7]]) == 0)
    i += 8;
  while (i < n && kOpeners[p[i]] == 0) ++i;
  return i;
}

bool OpensNumber(std::string_view text, std::size_t i) {
  const char c = text[i];
  return IsDigit(c) || ((c == '+' || c == '(') && i + 1 < text.size() && IsDigit(text[i + 1]));
}

}  // namespace

void FindEmails(std::string_view text, const FoundValue& found) {
  std::size_t next = 0;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', next)) {
    std::size_t begin = at, end = at + 1;
    while (begin > 0 && IsLocalChar(text[begin - 1])) --begin;
    while (end < text.size() && IsDomainChar(text[end])) ++end;
    next = end > at + 1 ? end : at + 1;
    while (begin < at && text[begin] == '.') ++begin;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string_view candidate = text.substr(begin, end - begin);
    if (detect::IsEmail(candidate)) found(candidate);
  }
}

void FindPhones(std::string_view text, const FoundValue& found) {
  if (!HasDigits(text, kMinDigits)) return;  // the usual case, cheaply
  const std::size_t trimmed_begin = text.find_first_not_of(" \t\r\n");
  const std::size_t trimmed_end = text.find_last_not_of(" \t\r\n") + 1;
  for (std::size_t i = 0; i < text.size();) {
    i = NextCandidate(text, i);
    if (i == text.size()) break;
    if (!OpensNumber(text, i) || (i > 0 && GluesBefore(text[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t digits = 0;
    std::size_t end = RunEnd(text, i, &digits);
    if (end < text.size() && text[end] == ')' && text[i] == '(') ++end;
    if (digits >= kMinDigits && !GluesAfter(text, end)) {
      const std::string_view number = text.substr(i, end - i);
      if (IsPhoneInText(number, digits, i == trimmed_begin && end == trimmed_end)) found(number);
    }
    // Skip the rest of the run, and anything glued to it.
    i = end > i ? end : i + 1;
    while (i < text.size() && (IsAlnum(text[i]) || text[i] == '_')) ++i;
  }
}

}  // namespace dataaudit
