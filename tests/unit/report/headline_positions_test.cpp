// GPS positions for the gps_points headline (headlines/positions.h).
#include "headlines/positions.h"

#include <doctest/doctest.h>

namespace dataaudit {
namespace {

constexpr double kGrid = 0.00005;

std::optional<std::uint64_t> Cell(std::string_view text) {
  const auto p = ParsePosition(text);
  return p ? PositionCell(*p, kGrid) : std::nullopt;
}

TEST_SUITE("report/headlines/positions") {
  TEST_CASE("degrees: decimals, degree signs and latitudeE7 integers") {
    CHECK(ParseDegrees("48.8566", 90).value() == doctest::Approx(48.8566));
    CHECK(ParseDegrees("48.8566\u00b0", 90).value() == doctest::Approx(48.8566));
    CHECK(ParseDegrees("533407440", 90).value() == doctest::Approx(53.340744));
    CHECK(ParseDegrees("-1193393903", 180).value() == doctest::Approx(-119.3393903));
    CHECK_FALSE(ParseDegrees("910000000", 90).has_value());  // 91 degrees: no latitude
    CHECK_FALSE(ParseDegrees("12 N", 90).has_value());
  }

  TEST_CASE("a pair in one value: plain, with degree signs, geo: URIs and maps URLs") {
    const auto plain = ParsePosition("48.8566, 2.3522");
    REQUIRE(plain.has_value());
    CHECK(plain->latitude == doctest::Approx(48.8566));
    CHECK(plain->longitude == doctest::Approx(2.3522));
    CHECK(Cell("48.8566\u00b0, 2.3522\u00b0") == Cell("48.8566,2.3522"));
    CHECK(Cell("geo:27.720022,-97.347951") == Cell("27.720022, -97.347951"));
    CHECK(Cell("https://www.google.com/maps/@?api=1&map_action=map&center=37.773692,-122.429737&zoom=13") ==
          Cell("37.773692,-122.429737"));
    CHECK(Cell("https://www.google.com/maps/place/X/@33.5088281,-88.9432825,14z") == Cell("33.5088281,-88.9432825"));
    CHECK(Cell("https://maps.example/?q=51.5%2C-0.12") == Cell("51.5,-0.12"));
    CHECK_FALSE(ParsePosition("12,34").has_value());  // a list, not a position
    CHECK_FALSE(ParsePosition("https://example.com/@user").has_value());
  }

  TEST_CASE("0,0 and out-of-range positions are no places") {
    CHECK_FALSE(PositionCell({0, 0}, kGrid).has_value());
    CHECK_FALSE(PositionCell({91, 10}, kGrid).has_value());
    CHECK_FALSE(PositionCell({10, 181}, kGrid).has_value());
    CHECK(PositionCell({0.5, 0}, kGrid).has_value());
  }

  TEST_CASE("fixes a metre apart share a cell; fixes 20 m apart never do") {
    const auto a = PositionCell({52.3731, 4.8924}, kGrid);
    CHECK(a == PositionCell({52.373104, 4.892403}, kGrid));
    CHECK(a != PositionCell({52.37328, 4.8924}, kGrid));  // 20 m north
    CHECK(a != PositionCell({52.3731, 4.89270}, kGrid));  // 20 m east
    CHECK(a == PositionCell({523731000 / 1e7, 48924000 / 1e7}, kGrid));  // E7 and degrees alike
  }
}

}  // namespace
}  // namespace dataaudit
