#include "detect/longitude.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/longitude") {
  TEST_CASE("Decimal longitudes with at least 3 decimals are accepted") {
    for (std::string_view v : {"2.35222", "-123.1234567", "151.209", "0.000", "-0.128"}) {
      INFO(v);
      CHECK(IsLongitude(v));
    }
  }

  TEST_CASE("Range and decimals are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"2.35", false},      Case{"2.352", true},       Case{"2.3522", true},
             Case{"179.999", true},    Case{"180.000", true},     Case{"180.001", false},
             Case{"-180.000", true},   Case{"-180.001", false},   Case{"181.000", false},
         }) {
      INFO(c.value);
      CHECK(IsLongitude(c.value) == c.expected);
    }
  }

  TEST_CASE("Integers, coarse values and other number forms are rejected") {
    for (std::string_view v : {"", "2", "2.3", "180", "1e5", "0180.000", "1800.000",
                               "2.352E", "2,352", "2.352\xC2\xB0"}) {
      INFO(v);
      CHECK_FALSE(IsLongitude(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
