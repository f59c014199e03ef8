#include "report/redact.h"

#include "text/utf8.h"

#include <cstdint>

namespace dataaudit {
namespace {

constexpr std::string_view kDot = "\u2022";  // •

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Keeps the first `keep_front` and last `keep_back` digits; other digits become dots,
// separators stay, letters before the digits (IBAN country) stay.
std::string MaskDigits(std::string_view value, std::size_t keep_front, std::size_t keep_back) {
  std::size_t digits = 0;
  for (char c : value) digits += IsDigit(c);
  if (digits <= keep_front + keep_back) keep_front = keep_back = 0;
  std::string out;
  std::size_t seen = 0;
  for (char c : value) {
    if (!IsDigit(c)) {
      out += c;
      continue;
    }
    ++seen;
    if (seen <= keep_front || seen > digits - keep_back) out += c;
    else out += kDot;
  }
  return out;
}

std::string RedactEmail(std::string_view value) {
  const std::size_t at = value.find('@');
  if (at == std::string_view::npos || at == 0) return std::string(kDot) + std::string(kDot) + std::string(kDot);
  return std::string(value.substr(0, FirstCharLength(value))) + std::string(kDot) + std::string(kDot) +
         std::string(kDot) + std::string(value.substr(at));
}

// First characters, then dots: keeps enough to recognise a term, hides the rest.
std::string RedactText(std::string_view value) {
  std::size_t keep = 0, chars = 0;
  while (keep < value.size() && chars < 2) {
    ++keep;
    while (keep < value.size() && (static_cast<unsigned char>(value[keep]) & 0xC0) == 0x80) ++keep;
    ++chars;
  }
  if (keep >= value.size()) keep = 0;
  return std::string(value.substr(0, keep)) + std::string(kDot) + std::string(kDot) + std::string(kDot);
}

std::string RedactIp(std::string_view value) {
  if (value.find(':') != std::string_view::npos) {  // IPv6: keep the first two groups
    std::size_t colons = 0, i = 0;
    for (; i < value.size() && colons < 2; ++i) colons += value[i] == ':';
    return std::string(value.substr(0, i)) + std::string(kDot);
  }
  std::size_t dots = 0, i = 0;
  for (; i < value.size() && dots < 2; ++i) dots += value[i] == '.';
  if (dots < 2) return RedactText(value);  // no dotted address: nothing to keep by position
  return std::string(value.substr(0, i)) + std::string(kDot) + "." + std::string(kDot);
}

// Card digits in groups of four, as printed on the card.
std::string GroupCardDigits(std::string_view value) {
  std::string grouped;
  std::size_t n = 0;
  for (char c : value) {
    if (!IsDigit(c)) continue;
    if (n > 0 && n % 4 == 0) grouped += ' ';
    grouped += c;
    ++n;
  }
  return grouped;
}

std::size_t CountDigits(std::string_view value) {
  std::size_t n = 0;
  for (char c : value) n += IsDigit(c);
  return n;
}

}  // namespace

std::string Redact(std::string_view value, std::string_view kind) {
  // Digit masks only suit values made of digits; anything else under a digit kind (a
  // bank account holder's name under a bank key) is masked as text.
  const bool digit_kind = kind == "card_number" || kind == "iban" || kind == "bank_account" || kind == "phone";
  if (digit_kind && CountDigits(value) < 4) return RedactText(value);
  if (kind == "card_number") return MaskDigits(GroupCardDigits(value), 4, 4);
  if (kind == "iban" || kind == "bank_account") return MaskDigits(value, 2, 2);
  if (kind == "phone") return MaskDigits(value, 0, 2);
  if (kind == "email") return RedactEmail(value);
  if (kind == "ip_address") return RedactIp(value);
  return RedactText(value);
}

}  // namespace dataaudit
