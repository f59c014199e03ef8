#include "headlines/normalise.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "detect/card_number.h"
#include "detect/email.h"
#include "detect/phone_e164.h"
#include "detect/phone_national.h"

namespace dataaudit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (Lower(s[i]) != prefix[i]) return false;
  return true;
}

std::string Digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsDigit(c)) out.push_back(c);
  return out;
}

NormalValue Full(std::string key) { return NormalValue{std::move(key), false, {}, {}}; }

// `mark` then `rest` (written out: GCC 12 warns wrongly about "x" + std::string&&).
std::string Prefixed(char mark, std::string_view rest) {
  std::string out;
  out.reserve(rest.size() + 1);
  out.push_back(mark);
  out.append(rest);
  return out;
}

// --- phones ----------------------------------------------------------------------------

constexpr std::size_t kMinNationalDigits = 6;  // what is left of a number after its country code

// The characters a written phone number may hold besides digits.
bool IsPhoneCharacter(char c) { return IsDigit(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+'; }

// "+44 (0)20 ..." -> "+44 20 ...": the trunk prefix some write after the country code.
std::string DropTrunkZero(std::string_view s) {
  std::string out(s);
  for (std::size_t at = out.find("(0)"); at != std::string::npos; at = out.find("(0)", at)) out.erase(at, 3);
  return out;
}

std::optional<NormalValue> InternationalPhone(const std::string& digits) {
  if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return std::nullopt;
  NormalValue value = Full(Prefixed('+', digits));
  for (std::size_t cc = 1; cc <= 3 && digits.size() - cc >= kMinNationalDigits; ++cc)
    value.aliases.push_back(Prefixed('n', std::string_view(digits).substr(cc)));
  return value;
}

}  // namespace

std::optional<NormalValue> NormaliseText(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool space = false;
  for (char c : Trim(value)) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(Lower(c));
  }
  if (out.empty()) return std::nullopt;
  return Full(std::move(out));
}

std::optional<NormalValue> NormaliseEmail(std::string_view value) {
  std::string_view v = Trim(value);
  if (StartsWithNoCase(v, "mailto:")) v.remove_prefix(7);
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
  while (!v.empty() && v.back() == '.') v.remove_suffix(1);
  if (!detect::IsEmail(v)) return std::nullopt;
  std::string key;
  EmailKeyInto(v, key);
  return Full(std::move(key));
}

void EmailKeyInto(std::string_view address, std::string& key) {
  key.assign(address);
  std::transform(key.begin(), key.end(), key.begin(), Lower);
}

std::optional<NormalValue> NormalisePhone(std::string_view value) {
  std::string_view v = Trim(value);
  if (StartsWithNoCase(v, "tel:")) v.remove_prefix(4);
  if (v.empty() || !std::all_of(v.begin(), v.end(), IsPhoneCharacter)) return std::nullopt;
  if (v.front() == '+') return InternationalPhone(Digits(DropTrunkZero(v)));
  const std::string digits = Digits(v);
  if (digits.starts_with("00")) return InternationalPhone(digits.substr(2));
  if (!detect::IsPhoneNational(v)) return std::nullopt;
  NormalValue national{digits, true, {}, {}};
  national.lookup = Prefixed('n', std::string_view(digits).substr(digits[0] == '0' ? 1 : 0));
  return national;
}

std::optional<NormalValue> NormaliseIp(std::string_view value) {
  std::string_view v = Trim(value);
  if (!v.empty() && v.front() == '[') {  // "[v6]" or "[v6]:port"
    const std::size_t close = v.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    v = v.substr(1, close - 1);
  }
  if (const std::size_t zone = v.find('%'); zone != std::string_view::npos) v = v.substr(0, zone);
  if (std::count(v.begin(), v.end(), ':') == 1) v = v.substr(0, v.find(':'));  // "a.b.c.d:port"
  if (v.empty() || v.size() >= INET6_ADDRSTRLEN) return std::nullopt;
  const std::string text(v);
  std::array<unsigned char, 16> bytes{};
  char out[INET6_ADDRSTRLEN];
  if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1) {
    if (std::all_of(bytes.begin(), bytes.begin() + 4, [](unsigned char b) { return b == 0; })) return std::nullopt;
    inet_ntop(AF_INET, bytes.data(), out, sizeof out);
    return Full(out);
  }
  if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1) return std::nullopt;
  if (std::all_of(bytes.begin(), bytes.end(), [](unsigned char b) { return b == 0; })) return std::nullopt;
  constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
  if (std::memcmp(bytes.data(), kMapped, sizeof kMapped) == 0) {
    inet_ntop(AF_INET, bytes.data() + 12, out, sizeof out);
    return Full(out);
  }
  inet_ntop(AF_INET6, bytes.data(), out, sizeof out);
  return Full(out);
}

std::optional<NormalValue> NormaliseCard(std::string_view value) {
  const std::string digits = Digits(value);
  if (digits.size() < 4) return std::nullopt;
  const std::string last4 = digits.substr(digits.size() - 4);
  const bool masked = value.find_first_of("*xX#") != std::string_view::npos || value.find("\u2022") != std::string_view::npos;
  if (masked || digits.size() < 12) return NormalValue{Prefixed('*', last4), true, last4, {}};
  std::string_view issuer = detect::CardIssuer(digits);
  if (issuer.empty()) issuer = "card";
  NormalValue card = Full(std::string(issuer) + "/" + last4);
  card.aliases.push_back(last4);
  return card;
}

}  // namespace dataaudit
