#pragma once
// longitude: a decimal longitude in degrees, for values whose key already says "lng"/"lon".

#include <string_view>

namespace dataaudit::detect {

/// True for a decimal with at least 3 decimals in [-180, 180] (see longitude.cpp).
bool IsLongitude(std::string_view value);

}  // namespace dataaudit::detect
