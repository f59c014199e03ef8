// phone-e164: a phone number written in international form, as a whole value.
//
// Accepts '+' directly followed by the country code's first digit (1-9), then digits with
// single separators (space, '-', '.') between them and at most one parenthesised group of
// 1-5 digits (area code or the "(0)" trunk prefix): "+4915112345678", "+44 20 7946 0958",
// "+1 (555) 010-0199", "+44 (0)20 7946 0958". 8-15 digits in all (E.164 allows at most 15;
// fewer than 8 is shorter than any real international number).
// Rejects "+1", "+123" (too short), "+0..." (no country code starts with 0), anything with
// letters ("+1 800 FLOWERS", "+1e10"), doubled or trailing separators, "/" and
// date-shaped values such as "+2024-01-05" (4-2-2 digit groups with '-' or '.').
#include "detect/phone_e164.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "+YYYY-MM-DD" / "+YYYY.MM.DD" (ISO 8601 expanded years, spreadsheet exports).
bool IsDateShaped(std::string_view v) {
  if (v.size() != 11) return false;
  const char s = v[5];
  if ((s != '-' && s != '.') || v[8] != s) return false;
  for (std::size_t i : {1u, 2u, 3u, 4u, 6u, 7u, 9u, 10u}) {
    if (!IsDigit(v[i])) return false;
  }
  return true;
}

}  // namespace

bool IsPhoneE164(std::string_view value) {
  // Cheap reject: "+" and 8 digits at least; 15 digits plus separators at most.
  if (value.size() < 9 || value.size() > 32 || value[0] != '+' || value[1] < '1' ||
      value[1] > '9') {
    return false;
  }
  int digits = 0, paren_digits = 0;
  bool in_paren = false, had_paren = false;
  char prev = '+';
  for (std::size_t i = 1; i < value.size(); ++i) {
    const char c = value[i];
    if (IsDigit(c)) {
      ++digits;
      if (in_paren) ++paren_digits;
    } else if (c == ' ' || c == '-' || c == '.') {
      if (in_paren || (!IsDigit(prev) && prev != ')')) return false;
    } else if (c == '(') {
      if (had_paren || (!IsDigit(prev) && prev != ' ')) return false;
      in_paren = had_paren = true;
    } else if (c == ')') {
      if (!in_paren || !IsDigit(prev) || paren_digits > 5) return false;
      in_paren = false;
    } else {
      return false;
    }
    prev = c;
  }
  return !in_paren && IsDigit(prev) && digits >= 8 && digits <= 15 && !IsDateShaped(value);
}

}  // namespace dataaudit::detect
