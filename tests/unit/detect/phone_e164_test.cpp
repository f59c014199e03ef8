#include "detect/phone_e164.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/phone-e164") {
  TEST_CASE("International numbers in common layouts are accepted") {
    for (std::string_view v : {
             "+4915112345678",
             "+44 20 7946 0958",
             "+1 (555) 010-0199",
             "+1(555)0100199",
             "+1-555-010-0199",
             "+1.555.010.0199",
             "+33 1 23 45 67 89",
             "+44 (0)20 7946 0958",
         }) {
      INFO(v);
      CHECK(IsPhoneE164(v));
    }
  }

  TEST_CASE("Digit counts are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"+1234567", false},           Case{"+12345678", true},  // 7 / 8 digits
             Case{"+123456789012345", true},    Case{"+1234567890123456", false},
             Case{"+12 345 678 901 234", true}, Case{"+12 345 678 901 23456", false},
             Case{"+1 (12345) 67890", true},    Case{"+1 (123456) 7890", false},  // area code
         }) {
      INFO(c.value);
      CHECK(IsPhoneE164(c.value) == c.expected);
    }
  }

  TEST_CASE("Short numbers, dates, letters and malformed separators are rejected") {
    for (std::string_view v : {
             "",
             "+1",
             "+123",
             "+0123456789",        // no country code starts with 0
             "4915112345678",      // no '+': national, not E.164
             "++4915112345678",
             "+ 4915112345678",
             "+49  151 12345678",
             "+49 151 12345678 ",
             "+49--151-12345678",
             "+4915112345678-",
             "+49/151/12345678",
             "+1 800 FLOWERS",
             "+1e10000000",
             "+2024-01-05",
             "+2024.01.05",
             "+1 (555 010-0199",
             "+1 555) 010-0199",
             "+1 (555) (010) 0199",
             "+1 ()555 0100199",
             "+1 (555 )010 0199",
             "+49 151 1234 5678 ext 2",
         }) {
      INFO(v);
      CHECK_FALSE(IsPhoneE164(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
