#pragma once
// coordinates: a latitude,longitude pair written as one string ("48.8566, 2.3522").

#include <string_view>

namespace dataaudit::detect {

/// True for "lat,lng", "lat, lng", "lat°, lng°" or "geo:lat,lng[,alt][;params]"
/// with both numbers in range and at least 2 decimals each (see coordinates.cpp).
bool IsCoordinates(std::string_view value);

}  // namespace dataaudit::detect
