#include "detect/street_address.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/street-address") {
  TEST_CASE("Address lines with the number before or after the street are accepted") {
    for (std::string_view v : {
             "1600 Amphitheatre Parkway",
             "221B Baker Street",
             "10 Downing St.",
             "350 Fifth Ave",
             "12-14 Church Lane",
             "Hauptstra\xC3\x9F" "e 5",
             "HAUPTSTRASSE 5",
             "Hauptstr. 5",
             "Wiener Gasse 5/2",
             "Kaiser-Wilhelm-Ring 7",
             "Rue de Rivoli 12",
             "12 rue de Rivoli",
             "Calle Mayor 7",
             "Avenida Paulista 1578",
             "Via Roma 1, 00100 Roma",
             "Piazza Navona 45",
             "Keizersgracht 123",
             "Stationsplein 1",
             "Prins Hendrikkade 20",
         }) {
      INFO(v);
      CHECK(IsStreetAddress(v));
    }
  }

  TEST_CASE("Length and house-number size are checked at their limits") {
    const std::string prefix = "1 Main Street ";
    struct Case {
      std::string value;
      bool expected;
    };
    for (const Case& c : {
             Case{prefix + std::string(120 - prefix.size(), 'x'), true},
             Case{prefix + std::string(121 - prefix.size(), 'x'), false},
             Case{"12345 Main Street", true},
             Case{"123456 Main Street", false},  // 6 digits: an ID, not a house number
             Case{"12bis Main Street", true},
             Case{"12abcde Main Street", false},
         }) {
      INFO(c.value);
      CHECK(IsStreetAddress(c.value) == c.expected);
    }
  }

  TEST_CASE("Lines without a number or without a street word are rejected") {
    for (std::string_view v : {
             "",
             "Baker Street",
             "Main St",
             "Street12",
             "12 Baker",
             "Spring 2024 collection",
             "Recurring 12 payments",
             "Damrak 1",
             "Order 1234567 road",
         }) {
      INFO(v);
      CHECK_FALSE(IsStreetAddress(v));
    }
  }

  TEST_CASE("Street words match whole or as German and Dutch suffixes") {
    struct Case {
      std::string_view token;
      bool expected;
    };
    for (const Case& c : {
             Case{"Street", true},   Case{"st.", true},        Case{"RD", true},
             Case{"Blvd.", true},    Case{"rue", true},        Case{"Ring", true},
             Case{"Lindenallee", true}, Case{"Marktplatz", true}, Case{"Dorfweg", true},
             Case{"Hoofdstraat", true}, Case{"Parklaan", true}, Case{"Streets", false},
             Case{"Spring", false},  Case{"s", false},         Case{"5th", false},
         }) {
      INFO(c.token);
      CHECK(IsStreetWord(c.token) == c.expected);
    }
  }

  TEST_CASE("House numbers are short digit runs with an optional suffix") {
    CHECK(IsHouseNumber("1"));
    CHECK(IsHouseNumber("221B"));
    CHECK(IsHouseNumber("5/2"));
    CHECK(IsHouseNumber("12-14"));
    CHECK_FALSE(IsHouseNumber("B221"));
    CHECK_FALSE(IsHouseNumber(""));
    CHECK_FALSE(IsHouseNumber("12.5"));
  }
}

}  // namespace
}  // namespace dataaudit::detect
