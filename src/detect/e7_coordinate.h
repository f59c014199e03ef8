#pragma once
// e7-coordinate: Google's integer degrees * 10^7 (latitudeE7 / longitudeE7).

#include <string_view>

namespace dataaudit::detect {

/// True for an integer of 6-10 digits, optionally negative, with |value| <= 1800000000.
bool IsE7Coordinate(std::string_view value);

}  // namespace dataaudit::detect
