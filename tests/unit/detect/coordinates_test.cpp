#include "detect/coordinates.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/coordinates") {
  TEST_CASE("Pairs in the forms exports write are accepted") {
    for (std::string_view v : {
             "48.8566, 2.3522",
             "48.8566,2.3522",
             "-33.86,151.20",
             "48.8566\xC2\xB0, 2.3522\xC2\xB0",                // Google Timeline
             "12.1234567\xC2\xB0, -123.1234567\xC2\xB0",
             "48.8566\xC2\xB0,2.3522",
             "geo:48.8566,2.3522",
             "GEO:48.8566,2.3522",
             "geo:48.8566,2.3522;u=35",
             "geo:48.2010,16.3695,183",                        // with altitude
             "geo:48.2010,16.3695,-12.5;crs=wgs84;u=40",
         }) {
      INFO(v);
      CHECK(IsCoordinates(v));
    }
  }

  TEST_CASE("Ranges and decimals are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"90.00,180.00", true},     Case{"-90.00,-180.00", true},
             Case{"90.01,0.00", false},      Case{"-90.01, 0.00", false},
             Case{"0.00,180.01", false},     Case{"0.00,-180.01", false},
             Case{"89.99,179.99", true},     Case{"48.8,2.35", false},   // 1 decimal
             Case{"48.85,2.35", true},       Case{"48.853,2.352", true},
             Case{"48.85,2.3", false},       Case{"0.00,0.00", true},    // 9 bytes
             Case{"0.0,0.00", false},        // 8 bytes
         }) {
      INFO(c.value);
      CHECK(IsCoordinates(c.value) == c.expected);
    }
  }

  TEST_CASE("Number pairs that are not positions are rejected") {
    for (std::string_view v : {
             "",
             "1,2",
             "10, 20",
             "1.2,3.4",                 // version-like, 1 decimal
             "123.45, 12.34",           // latitude out of range
             "@48.8566,2.3522",         // URL fragment: not this detector's job
             "48.8566",
             "48.8566, 2.3522, 3.1",
             "48.8566,  2.3522",        // two spaces
             "48.8566 ,2.3522",
             "48.8566;2.3522",
             "48,8566, 2,3522",
             "1e1,2e2",
             "geo:48.8566, 2.3522",     // no spaces inside a URI
             "geo:48.8566,2.3522;",     // empty parameters
             "geo:48.8566,2.3522,abc",  // bad altitude
             "geo:48.8566",
             "048.8566,2.3522",
             "48.8566\xC2\xB0\xC2\xB0, 2.3522",
         }) {
      INFO(v);
      CHECK_FALSE(IsCoordinates(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
