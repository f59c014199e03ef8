#include "detect/phone_national.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/phone-national") {
  TEST_CASE("National layouts with common separators are accepted") {
    for (std::string_view v : {
             "030 1234567",
             "(030) 123 45 67",
             "030/1234567",
             "030 / 123 45 67",
             "030-123.45.67",
             "0044 20 7946 0958",
             "+49 (0)30 1234567",
             "+15550100199",
             "555-0199",
             "0000001",
         }) {
      INFO(v);
      CHECK(IsPhoneNational(v));
    }
  }

  TEST_CASE("Digit counts and separator runs are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"555-019", false},           Case{"555-0199", true},  // 6 / 7 digits
             Case{"123456789012345", true},    Case{"1234567890123456", false},
             Case{"123 456 789 012 345", true}, Case{"123 456 789 012 3456", false},
             Case{"030 - 1234567", true},      Case{"030  -  1234567", false},  // 3 / 5
             Case{"030 -  1234567", false},    // run of 4
         }) {
      INFO(c.value);
      CHECK(IsPhoneNational(c.value) == c.expected);
    }
  }

  TEST_CASE("Placeholders, letters and malformed numbers are rejected") {
    for (std::string_view v : {
             "",
             "0000000",
             "1111111111",
             "(000) 000-0000",
             "030 ext 123",
             "n/a",
             "+ 4930123456",
             "030+1234567",
             "-0301234567",
             " 0301234567",
             "0301234567-",
             "(030 1234567",
             "030) 1234567",
             "((030)) 1234567",
             "(030) (123) 4567",
             "()0301234567",
             "030_1234567",
         }) {
      INFO(v);
      CHECK_FALSE(IsPhoneNational(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
