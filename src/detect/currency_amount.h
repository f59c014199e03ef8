#pragma once
// currency-amount: a money amount ("$12.99", "12,99 €", "EUR 1.234,56", "1200"), for
// values whose key already says "amount", "price", "total", ...

#include <string_view>

namespace dataaudit::detect {

/// True for a number with an optional sign and optional currency symbol or ISO 4217 code
/// before and/or after it (see currency_amount.cpp).
bool IsCurrencyAmount(std::string_view value);

/// True for the number part alone: 1-15 integer digits with an optional '.' or ','
/// and 1-8 decimals, or 1-3 digits followed by groups of 3 after one consistent thousands
/// separator (',', '.', ' ', '\'', NBSP, narrow NBSP) and optionally the other of '.'/','
/// with exactly 2 decimals.
bool IsAmountNumber(std::string_view number);

}  // namespace dataaudit::detect
