#pragma once
// card-number: payment card numbers (PANs) with issuer prefix, Luhn and junk-pattern checks.

#include <string_view>

namespace dataaudit::detect {

/// True for a whole value that is a plausible card number (see card_number.cpp).
bool IsCardNumber(std::string_view value);

/// True if the decimal `digits` pass the Luhn (mod 10) check. False for non-digits or "".
bool LuhnValid(std::string_view digits);

/// The card scheme whose prefix and length fit `digits` ("visa", "mastercard", "amex",
/// "discover", "diners", "jcb", "unionpay", "maestro"), or "" when none does.
std::string_view CardIssuer(std::string_view digits);

/// True if `digits` look machine-made rather than issued: a digit occurring more than 7
/// times, two digits each occurring more than 4 times, or (16 digits only) 4-digit groups
/// in arithmetic progression or mirrored (group2 - group1 == group3 - group4).
bool LooksLikeJunkPan(std::string_view digits);

}  // namespace dataaudit::detect
