// currency-amount: a monetary amount as a whole value. Meant for values under an amount,
// price or total key: plain numbers ("12.99", "1200") pass on purpose.
//
// Accepts an optional sign ('-', '+', U+2212), an optional currency symbol ($ € £ ¥ ₹ ₩
// ₽ ₺ ₪ ₫ ₱ ₴ ₦ ฿ US$ A$ C$ R$ zł kr) or ISO 4217 code before and/or after the number,
// with or without one space (also NBSP or narrow NBSP, as locale formatters write):
// "$12.99", "-$4.50", "$-4.50", "12,99 €", "EUR 12.99", "USD12.99", "1,234.56",
// "1.234,56", "1 234,56 €", "CHF 1'234.50", "$12.99 USD".
// Rejects values with any other letters ("12 apples", "ABC 12", lowercase "usd 12"),
// dates and times ("2024-01-05", "05.01.2024", "12:30"), percentages, exponents,
// inconsistent grouping ("1,23,456", "1,234.5"), and more than 15 integer digits (IDs).
#include "detect/currency_amount.h"

#include "detect/currency_code.h"

namespace dataaudit::detect {
namespace {

constexpr std::string_view kSymbols[] = {
    "US$", "A$", "C$", "R$", "$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9",
    "\xE2\x82\xA9", "\xE2\x82\xBD", "\xE2\x82\xBA", "\xE2\x82\xAA", "\xE2\x82\xAB",
    "\xE2\x82\xB1", "\xE2\x82\xB4", "\xE2\x82\xA6", "\xE0\xB8\xBF", "z\xC5\x82", "kr"};
constexpr std::string_view kSpaces[] = {" ", "\xC2\xA0", "\xE2\x80\xAF"};
constexpr std::string_view kSigns[] = {"-", "+", "\xE2\x88\x92"};
constexpr std::string_view kGroupSeparators[] = {",", ".", " ", "'", "\xC2\xA0", "\xE2\x80\xAF"};

template <std::size_t N>
bool EatFront(std::string_view& v, const std::string_view (&options)[N]) {
  for (std::string_view o : options) {
    if (v.starts_with(o)) {
      v.remove_prefix(o.size());
      return true;
    }
  }
  return false;
}

template <std::size_t N>
bool EatBack(std::string_view& v, const std::string_view (&options)[N]) {
  for (std::string_view o : options) {
    if (v.ends_with(o)) {
      v.remove_suffix(o.size());
      return true;
    }
  }
  return false;
}

bool EatCurrencyFront(std::string_view& v) {
  if (v.size() >= 3 && IsCurrencyCode(v.substr(0, 3))) {
    v.remove_prefix(3);
    return true;
  }
  return EatFront(v, kSymbols);
}

bool EatCurrencyBack(std::string_view& v) {
  if (v.size() >= 3 && IsCurrencyCode(v.substr(v.size() - 3))) {
    v.remove_suffix(3);
    return true;
  }
  return EatBack(v, kSymbols);
}

std::size_t CountDigits(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i - pos;
}

bool IsPlainNumber(std::string_view n) {
  const std::size_t i = CountDigits(n, 0);
  if (i == 0 || i > 15) return false;
  if (i == n.size()) return true;
  if (n[i] != '.' && n[i] != ',') return false;
  const std::size_t d = CountDigits(n, i + 1);
  return d >= 1 && d <= 8 && i + 1 + d == n.size();
}

bool IsGroupedNumber(std::string_view n) {
  std::size_t i = CountDigits(n, 0), int_digits = i;
  if (i == 0 || i > 3) return false;
  std::string_view sep;
  while (i < n.size()) {
    std::string_view rest = n.substr(i);
    if (!EatFront(rest, kGroupSeparators)) break;
    const std::string_view s = n.substr(i, n.size() - i - rest.size());
    if ((!sep.empty() && s != sep) || CountDigits(rest, 0) != 3) break;
    sep = s;
    i += s.size() + 3;
    int_digits += 3;
  }
  if (sep.empty() || int_digits > 15) return false;
  if (i == n.size()) return true;
  if ((n[i] != '.' && n[i] != ',') || n.substr(i, 1) == sep) return false;
  return CountDigits(n, i + 1) == 2 && i + 3 == n.size();
}

}  // namespace

bool IsAmountNumber(std::string_view number) {
  return IsPlainNumber(number) || IsGroupedNumber(number);
}

bool IsCurrencyAmount(std::string_view value) {
  // Cheap reject: an amount fits a short field.
  if (value.empty() || value.size() > 48) return false;
  const bool signed_first = EatFront(value, kSigns);
  if (EatCurrencyFront(value)) EatFront(value, kSpaces);
  if (!signed_first) EatFront(value, kSigns);
  if (EatCurrencyBack(value)) EatBack(value, kSpaces);
  return IsAmountNumber(value);
}

}  // namespace dataaudit::detect
