#pragma once
// currency-code: an ISO 4217 alphabetic currency code ("EUR").

#include <string_view>

namespace dataaudit::detect {

/// True for exactly 3 uppercase letters that are an ISO 4217 code (see currency_code.cpp).
bool IsCurrencyCode(std::string_view value);

}  // namespace dataaudit::detect
