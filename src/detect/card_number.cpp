// card-number: a payment card PAN as a whole value.
//
// Accepts 13-19 digits written bare, or 16 digits in 4-4-4-4 groups, or 15 digits in the
// 4-6-5 Amex grouping, with one kind of separator (single spaces or single dashes).
// The digits must carry an issuer prefix valid for their length (Visa, Mastercard, Amex,
// Discover, Diners, JCB, UnionPay, Maestro) and pass Luhn.
// Rejects, after bulk_extractor's scan_ccns2 filters: numbers where one digit occurs more
// than 7 times or two digits each more than 4 times (placeholders such as
// 4111111111111111, 5555555555554444, 6011111111111117 and 5105105105105100 fall here),
// and 16-digit numbers whose 4-digit groups form an arithmetic progression or a mirror
// (group2 - group1 == group3 - group4). A random 15-19 digit platform ID still passes
// Luhn one time in ten, so rules must also use key context (no "id", "fbid", ...).
#include "detect/card_number.h"

#include <array>
#include <cstddef>

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first `n` digits as an integer (n <= 6, digits.size() >= n).
int Prefix(std::string_view digits, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (digits[i] - '0');
  return v;
}

bool InRange(int v, int lo, int hi) { return v >= lo && v <= hi; }

}  // namespace

bool LuhnValid(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (!IsDigit(digits[i])) return false;
    int d = digits[i] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

std::string_view CardIssuer(std::string_view digits) {
  const std::size_t n = digits.size();
  if (n < 13 || n > 19) return {};
  for (char c : digits) {
    if (!IsDigit(c)) return {};
  }
  const int p2 = Prefix(digits, 2), p3 = Prefix(digits, 3), p4 = Prefix(digits, 4);
  const bool long_card = n >= 16;  // 16-19 digits
  if (digits[0] == '4') return (n == 13 || n == 16 || n == 19) ? "visa" : "";
  if (n == 16 && (InRange(p2, 51, 55) || InRange(p4, 2221, 2720))) return "mastercard";
  if (n == 15 && (p2 == 34 || p2 == 37)) return "amex";
  if (n == 14 && (InRange(p3, 300, 305) || p2 == 36 || p2 == 38)) return "diners";
  if (!long_card) return {};
  if (p4 == 6011 || InRange(p3, 644, 649) || p2 == 65) return "discover";
  if (InRange(p4, 3528, 3589)) return "jcb";
  if (p2 == 62) return "unionpay";
  if (p2 == 50 || InRange(p2, 56, 69)) return "maestro";
  return {};
}

bool LooksLikeJunkPan(std::string_view digits) {
  std::array<int, 10> count{};
  for (char c : digits) {
    if (IsDigit(c)) ++count[static_cast<std::size_t>(c - '0')];
  }
  int frequent = 0;
  for (int k : count) {
    if (k > 7) return true;
    if (k > 4) ++frequent;
  }
  if (frequent >= 2) return true;
  if (digits.size() != 16) return false;
  const int a = Prefix(digits, 4), b = Prefix(digits.substr(4), 4);
  const int c = Prefix(digits.substr(8), 4), d = Prefix(digits.substr(12), 4);
  if (b - a == c - b && c - b == d - c) return true;
  return b - a == c - d;
}

bool IsCardNumber(std::string_view value) {
  // Cheap reject: 13-19 bytes (grouped forms are 19 and 17), starting with an issuer digit.
  if (value.size() < 13 || value.size() > 19 || value[0] < '2' || value[0] > '6') return false;
  std::array<char, 19> buf{};
  std::size_t n = 0;
  char sep = 0;
  std::size_t group_ends[3] = {};
  std::size_t groups = 0;
  for (char c : value) {
    if (IsDigit(c)) {
      buf[n++] = c;
      continue;
    }
    if ((c != ' ' && c != '-') || (sep != 0 && c != sep) || groups == 3) return false;
    sep = c;
    group_ends[groups++] = n;
  }
  if (groups == 3) {  // 4-4-4-4
    if (n != 16 || group_ends[0] != 4 || group_ends[1] != 8 || group_ends[2] != 12) return false;
  } else if (groups == 2) {  // Amex 4-6-5
    if (n != 15 || group_ends[0] != 4 || group_ends[1] != 10) return false;
  } else if (groups != 0) {
    return false;
  }
  const std::string_view digits(buf.data(), n);
  return !CardIssuer(digits).empty() && LuhnValid(digits) && !LooksLikeJunkPan(digits);
}

}  // namespace dataaudit::detect
