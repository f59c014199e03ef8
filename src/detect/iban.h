#pragma once
// iban: an International Bank Account Number (ISO 13616).

#include <cstddef>
#include <string_view>

namespace dataaudit::detect {

/// True for an uppercase IBAN, compact or in groups of 4 (see iban.cpp).
bool IsIban(std::string_view value);

/// The IBAN length registered for a 2-letter uppercase country code, or 0 if the
/// country is not in the SWIFT IBAN registry.
std::size_t IbanLength(std::string_view country);

/// True if a compact IBAN ([0-9A-Z] only, at least 5 characters) passes ISO 7064
/// mod 97-10: the first 4 characters moved to the end, letters as 10..35, remainder 1.
bool Mod97Valid(std::string_view compact_iban);

}  // namespace dataaudit::detect
