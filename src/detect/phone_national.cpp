// phone-national: a phone number as people type it into a profile form, as a whole value.
// Meant for values under a phone-like key: on its own it would match many numbers.
//
// Accepts 7-15 digits, optionally starting with '+', "00" or "(0", with the separators
// space, '-', '.', '/' and one pair of parentheses: "030 1234567", "(030) 123 45 67",
// "030/1234567", "030 / 123 45 67", "0044 20 7946 0958", "+49 (0)30 1234567",
// "555-0199 12". Runs of up to 3 separator characters are allowed (" / ", ") ").
// Rejects values with letters ("ext", "n/a"), fewer than 7 digits (extensions, PINs),
// more than 15 digits (the E.164 maximum; longer runs are IDs), one repeated digit
// ("0000000", "9999999999" placeholders), '+' anywhere but first, unbalanced or nested
// parentheses, and values that start or end with a separator.
#include "detect/phone_national.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '/'; }

}  // namespace

bool IsPhoneNational(std::string_view value) {
  // Cheap reject: 7 digits at least; 15 digits and generous separators at most.
  if (value.size() < 7 || value.size() > 40) return false;
  std::size_t i = value[0] == '+' ? 1 : 0;
  if (i == 1 && (value.size() < 2 || !IsDigit(value[1]))) return false;
  int digits = 0, run = 0;
  char first_digit = 0;
  bool in_paren = false, had_paren = false, same_digit = true;
  for (; i < value.size(); ++i) {
    const char c = value[i];
    if (IsDigit(c)) {
      if (first_digit == 0) first_digit = c;
      same_digit = same_digit && c == first_digit;
      if (++digits > 15) return false;
      run = 0;
      continue;
    }
    if (c == '(') {
      if (had_paren) return false;
      in_paren = had_paren = true;
    } else if (c == ')') {
      if (!in_paren || !IsDigit(value[i - 1])) return false;
      in_paren = false;
    } else if (!IsSeparator(c) || i == 0) {
      return false;
    }
    if (++run > 3) return false;
  }
  return !in_paren && IsDigit(value.back()) && digits >= 7 && !same_digit;
}

}  // namespace dataaudit::detect
