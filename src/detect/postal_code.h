#pragma once
// postal-code: a postal code in one of the common national formats, for values whose key
// already says "zip", "postcode", "postal_code", ...

#include <string_view>

namespace dataaudit::detect {

/// True for a US, UK, Canadian, Dutch, Irish, Polish, Japanese, Brazilian or plain 4/5
/// digit postal code (see postal_code.cpp).
bool IsPostalCode(std::string_view value);

/// True if `value` has the shape `pattern`: '9' a digit, 'A' an ASCII letter, '?' either,
/// any other character itself. Same length required.
bool MatchesShape(std::string_view value, std::string_view pattern);

}  // namespace dataaudit::detect
