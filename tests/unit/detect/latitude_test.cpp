#include "detect/latitude.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/latitude") {
  TEST_CASE("Decimal latitudes with at least 3 decimals are accepted") {
    for (std::string_view v : {"48.85661", "48.857", "-33.868", "0.000", "+48.857", "7.1234567"}) {
      INFO(v);
      CHECK(IsLatitude(v));
    }
  }

  TEST_CASE("Range and decimals are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"48.85", false},    Case{"48.857", true},    Case{"48.8566", true},
             Case{"89.999", true},    Case{"90.000", true},    Case{"90.001", false},
             Case{"-90.000", true},   Case{"-90.001", false},  Case{"91.000", false},
         }) {
      INFO(c.value);
      CHECK(IsLatitude(c.value) == c.expected);
    }
  }

  TEST_CASE("Integers, coarse values and other number forms are rejected") {
    for (std::string_view v : {"", "-", "48", "48.8", "1e5", "4.8e1", "048.857", "48.857 ",
                               ".123", "48.", "48,857", "1.2.3", "4 8.857", "1000.000",
                               "--48.857", "48.857N"}) {
      INFO(v);
      CHECK_FALSE(IsLatitude(v));
    }
  }

  TEST_CASE("The shared degree parser honours its limit and decimal count") {
    CHECK(IsDecimalDegrees("180.0", 180, 1));
    CHECK_FALSE(IsDecimalDegrees("180.1", 180, 1));
    CHECK(IsDecimalDegrees("12.34", 90, 2));
    CHECK_FALSE(IsDecimalDegrees("12.3", 90, 2));
    CHECK(IsDecimalDegrees("0.5", 90, 1));
  }
}

}  // namespace
}  // namespace dataaudit::detect
