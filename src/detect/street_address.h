#pragma once
// street-address: one street address line ("221B Baker Street", "Hauptstraße 5").

#include <string_view>

namespace dataaudit::detect {

/// True for a line of at most 120 bytes with a house number and a street-type word, in
/// either order (see street_address.cpp).
bool IsStreetAddress(std::string_view value);

/// True for a street-type word, case-insensitive: a listed word ("street", "st.", "rue",
/// "calle", ...) or a word ending in a German/Dutch street suffix ("Hauptstraße",
/// "Keizersgracht"). A trailing '.' is ignored.
bool IsStreetWord(std::string_view token);

/// True for a house number: 1-5 digits, then at most 4 of letters, digits, '-' or '/'
/// ("12", "221B", "12-14", "5/2", "7bis").
bool IsHouseNumber(std::string_view token);

}  // namespace dataaudit::detect
