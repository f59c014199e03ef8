#pragma once
// maps-url: a Google Maps URL that carries a position.

#include <string_view>

namespace dataaudit::detect {

/// True for an http(s) Google Maps URL (host maps.google.<tld>, or [www.]google.<tld>
/// with a path under /maps) that holds a latitude,longitude pair: "@lat,lng" in the path
/// ("/maps/place/X/@48.8583701,2.2922926,17z"), a path segment that is a pair
/// ("/maps/dir/48.85,2.29/..."), or a query parameter q, query, ll, sll, center,
/// destination, origin, daddr, saddr, cbll or viewpoint that starts with one
/// ("?q=48.8584,2.2945", "&center=37.773692,-122.429737") (see maps_url.cpp).
bool IsMapsUrl(std::string_view value);

}  // namespace dataaudit::detect
