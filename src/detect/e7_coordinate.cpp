// e7-coordinate: an E7 coordinate as Google Takeout writes it (latitudeE7 / longitudeE7 in
// Records.json, Semantic Location History): degrees times 10^7 as an integer.
//
// Accepts an optional '-' and 6-10 digits without a leading zero whose absolute value is
// at most 1800000000 (180 degrees). The detector alone says little: any 6-10 digit number
// passes, so it is only meaningful together with an "E7" key in a rule.
// Rejects short integers (fewer than 6 digits is within 0.1 degree of 0,0 and mostly
// counters), '+' signs, leading zeros, decimals, and out-of-range values such as
// 10-digit epoch seconds above 1800000000 (after 2027-01-15).
#include "detect/e7_coordinate.h"

namespace dataaudit::detect {

bool IsE7Coordinate(std::string_view value) {
  if (!value.empty() && value[0] == '-') value.remove_prefix(1);
  if (value.size() < 6 || value.size() > 10 || value[0] == '0') return false;
  for (char c : value) {
    if (c < '0' || c > '9') return false;
  }
  // Same length, so the byte order is the numeric order.
  return value.size() < 10 || value <= std::string_view("1800000000");
}

}  // namespace dataaudit::detect
