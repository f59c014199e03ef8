// longitude: a signed decimal number of degrees in [-180, 180] with a decimal point and at
// least 3 decimals ("2.35222", "-123.1234567"). Meant for values under a longitude key.
// Rejects integers and coarse values ("2", "2.3"), exponent forms, leading zeros and
// values beyond 180 degrees, for the same reasons as latitude (see latitude.cpp).
#include "detect/longitude.h"

#include "detect/latitude.h"

namespace dataaudit::detect {

bool IsLongitude(std::string_view value) { return IsDecimalDegrees(value, 180, 3); }

}  // namespace dataaudit::detect
