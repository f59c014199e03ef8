// The detector registry: every value detector under its contract name, sorted by name.
// Adding a detector means one line here, in order (tests/unit/detect/registry_test.cpp
// checks the order, uniqueness and kebab-case names).
#include "detect/detector.h"

#include <algorithm>
#include <iterator>

#include "detect/card_number.h"
#include "detect/coordinates.h"
#include "detect/currency_amount.h"
#include "detect/currency_code.h"
#include "detect/e7_coordinate.h"
#include "detect/email.h"
#include "detect/iban.h"
#include "detect/ip_address.h"
#include "detect/latitude.h"
#include "detect/longitude.h"
#include "detect/maps_url.h"
#include "detect/phone_e164.h"
#include "detect/phone_national.h"
#include "detect/postal_code.h"
#include "detect/street_address.h"
#include "detect/timestamp.h"
#include "detect/url.h"

namespace dataaudit {
namespace {

using namespace detect;

constexpr Detector kDetectors[] = {
    {"card-number", "Payment card number (issuer prefix, Luhn, no junk digit runs)", IsCardNumber},
    {"coordinates", "Latitude,longitude pair in one value, or a geo: URI", IsCoordinates},
    {"currency-amount", "Money amount with optional symbol or ISO 4217 code", IsCurrencyAmount},
    {"currency-code", "ISO 4217 currency code (\"EUR\")", IsCurrencyCode},
    {"e7-coordinate", "Degrees times 10^7 as an integer (Google latitudeE7)", IsE7Coordinate},
    {"email", "E-mail address", IsEmail},
    {"iban", "IBAN with registry length and mod-97 check digits", IsIban},
    {"ip-address", "IPv4 or IPv6 address", IsIpAddress},
    {"latitude", "Decimal latitude with at least 3 decimals, within [-90, 90]", IsLatitude},
    {"longitude", "Decimal longitude with at least 3 decimals, within [-180, 180]", IsLongitude},
    {"maps-url", "Google Maps URL carrying a position (@lat,lng, q=lat,lng, center=lat,lng)", IsMapsUrl},
    {"phone-e164", "International phone number (+CC, 8-15 digits)", IsPhoneE164},
    {"phone-national", "Phone number in national form (7-15 digits)", IsPhoneNational},
    {"postal-code", "Postal code (US, UK, CA, NL, IE, PL, JP, BR, 4-5 digits)", IsPostalCode},
    {"street-address", "Street address line (house number and street-type word)", IsStreetAddress},
    {"timestamp", "Date-time: epoch seconds/ms/us (1995-2100) or ISO 8601", IsTimestamp},
    {"url", "http(s) URL", IsUrl},
};

constexpr bool NameLess(const Detector& a, const Detector& b) { return a.name < b.name; }
static_assert(std::is_sorted(std::begin(kDetectors), std::end(kDetectors), NameLess),
              "kDetectors must be sorted by name");

}  // namespace

std::span<const Detector> AllDetectors() { return kDetectors; }

const Detector* FindDetector(std::string_view name) {
  const auto it = std::lower_bound(
      std::begin(kDetectors), std::end(kDetectors), name,
      [](const Detector& d, std::string_view key) { return d.name < key; });
  return (it != std::end(kDetectors) && it->name == name) ? &*it : nullptr;
}

}  // namespace dataaudit
