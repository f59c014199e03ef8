#include "detect/e7_coordinate.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/e7-coordinate") {
  TEST_CASE("Google E7 latitudes and longitudes are accepted") {
    for (std::string_view v : {"488566000", "23522000", "-338688000", "-1231234567", "515007"}) {
      INFO(v);
      CHECK(IsE7Coordinate(v));
    }
  }

  TEST_CASE("Digit count and magnitude are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"99999", false},        Case{"100000", true},        // 5 / 6 digits
             Case{"-12345", false},       Case{"-123456", true},
             Case{"9999999999", false},   Case{"12345678901", false},  // 10 / 11 digits
             Case{"1799999999", true},    Case{"1800000000", true},
             Case{"1800000001", false},   Case{"-1800000000", true},
             Case{"-1800000001", false},
         }) {
      INFO(c.value);
      CHECK(IsE7Coordinate(c.value) == c.expected);
    }
  }

  TEST_CASE("Signs, leading zeros, decimals and text are rejected") {
    for (std::string_view v : {"", "-", "+4885660", "0488566", "-0488566", "48856.60",
                               "4885 660", "12a4567", "--488566", "4.8e8"}) {
      INFO(v);
      CHECK_FALSE(IsE7Coordinate(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
