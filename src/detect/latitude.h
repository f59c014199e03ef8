#pragma once
// latitude: a decimal latitude in degrees, for values whose key already says "lat".

#include <cstddef>
#include <string_view>

namespace dataaudit::detect {

/// True for a decimal with at least 3 decimals in [-90, 90] (see latitude.cpp).
bool IsLatitude(std::string_view value);

/// True if `text` is exactly an optionally signed decimal number written with a point,
/// 1-3 integer digits (no leading zero except "0"), at least `min_decimals` digits after
/// the point, and an absolute value of at most `limit_degrees`. No exponent, no spaces.
/// Shared by the latitude, longitude and coordinates detectors.
bool IsDecimalDegrees(std::string_view text, int limit_degrees, std::size_t min_decimals);

}  // namespace dataaudit::detect
