// coordinates: a latitude/longitude pair in one value.
//
// Accepts "48.8566,2.3522", "48.8566, 2.3522" (one space after the comma), the Google
// Timeline form "12.1234567°, -123.1234567°" (degree sign U+00B0, UTF-8 C2 B0, after
// either number), and the RFC 5870 URI "geo:48.8566,2.3522" with an optional altitude
// and ";u=..."-style parameters. Latitude must be in [-90, 90], longitude in [-180, 180],
// and each needs a decimal point with at least 2 decimals.
// Rejects number pairs that are not positions: "1,2" and "10, 20" (no decimals), version-
// like "1.2,3.4" (1 decimal), swapped or out-of-range pairs ("123.45, 12.34"), and
// "@lat,lng" URL fragments, which belong to URL rules rather than to this detector.
#include "detect/coordinates.h"

#include "detect/latitude.h"

namespace dataaudit::detect {
namespace {

constexpr std::string_view kDegree = "\xC2\xB0";

bool StartsWithGeoScheme(std::string_view v) {
  if (v.size() < 4 || v[3] != ':') return false;
  for (std::size_t i = 0; i < 3; ++i) {
    if ((v[i] | 0x20) != "geo"[i]) return false;
  }
  return true;
}

// An altitude in a geo: URI: an optionally negative decimal without exponent.
bool IsAltitude(std::string_view v) {
  if (!v.empty() && v[0] == '-') v.remove_prefix(1);
  bool digit = false, point = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' && !point && digit) {
      point = true;
    } else {
      return false;
    }
  }
  return digit && v.back() != '.';
}

bool IsGeoUri(std::string_view v) {
  if (const auto semi = v.find(';'); semi != std::string_view::npos) {
    const std::string_view params = v.substr(semi + 1);
    if (params.empty() || params.find(' ') != std::string_view::npos) return false;
    v = v.substr(0, semi);
  }
  const auto comma = v.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view lng = v.substr(comma + 1);
  if (const auto alt = lng.find(','); alt != std::string_view::npos) {
    if (!IsAltitude(lng.substr(alt + 1))) return false;
    lng = lng.substr(0, alt);
  }
  return IsDecimalDegrees(v.substr(0, comma), 90, 2) && IsDecimalDegrees(lng, 180, 2);
}

void DropDegreeSign(std::string_view& v) {
  if (v.ends_with(kDegree)) v.remove_suffix(kDegree.size());
}

}  // namespace

bool IsCoordinates(std::string_view value) {
  // Shortest pair is "0.00,0.00"; anything long is prose, not a pair.
  if (value.size() < 9 || value.size() > 64) return false;
  if (StartsWithGeoScheme(value)) return IsGeoUri(value.substr(4));
  const auto comma = value.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view lat = value.substr(0, comma);
  std::string_view lng = value.substr(comma + 1);
  if (lng.starts_with(' ')) lng.remove_prefix(1);
  DropDegreeSign(lat);
  DropDegreeSign(lng);
  return IsDecimalDegrees(lat, 90, 2) && IsDecimalDegrees(lng, 180, 2);
}

}  // namespace dataaudit::detect
