#include "detect/postal_code.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/postal-code") {
  TEST_CASE("Codes in the supported national formats are accepted") {
    for (std::string_view v : {
             "94105",    "94105-1234",  // US
             "10115",    "75001",    "28013",   "00184",  // DE FR ES IT
             "1010",     "8001",                          // AT CH
             "SW1A 1AA", "EC1A 1BB", "EC1A1BB", "M1 1AE", "B33 8TH", "CR2 6XH",
             "DN55 1PT", "W1A 0AX",  "sw1a 1aa",          // UK, any case
             "K1A 0B1",  "K1A0B1",                        // CA
             "1012 AB",  "1012AB",                        // NL
             "00-950",   "100-0001", "01310-100",         // PL JP BR
             "D02 X285", "D02X285",  "D6W 1234",          // IE
         }) {
      INFO(v);
      CHECK(IsPostalCode(v));
    }
  }

  TEST_CASE("Digit counts are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"941", false},         Case{"9410", true},         Case{"94105", true},
             Case{"941051", false},      Case{"94105-123", true},    // BR CEP shape
             Case{"94105-1234", true},   Case{"94105-12345", false},
         }) {
      INFO(c.value);
      CHECK(IsPostalCode(c.value) == c.expected);
    }
  }

  TEST_CASE("Placeholders, unissued letters and other shapes are rejected") {
    for (std::string_view v : {
             "",
             "00000",      "0000",      "00000-0000",
             "SW1A 1AI",   "SW1A 1CA",  // UK inward letters C I K M O V are never used
             "SW1A  1AA",  "W1A 0AX1",
             "D1A 0B1",    "W1A 0B1",   // CA: D never used, W never first
             "0123 AB",                 // NL never starts with 0
             "B02 X285",   "D02 X2B5",  "D6X 1234",  // IE alphabet and D6W
             "2024-01-05", "12345 ",    "ABCDE",     "94 105",  "+49 30",
         }) {
      INFO(v);
      CHECK_FALSE(IsPostalCode(v));
    }
  }

  TEST_CASE("Shapes match digits, letters and literals by position") {
    CHECK(MatchesShape("A1 2bc", "A9 9AA"));
    CHECK(MatchesShape("x9", "??"));
    CHECK_FALSE(MatchesShape("A1-2BC", "A9 9AA"));
    CHECK_FALSE(MatchesShape("A1", "A9 "));
    CHECK_FALSE(MatchesShape("-1", "?9"));
  }
}

}  // namespace
}  // namespace dataaudit::detect
