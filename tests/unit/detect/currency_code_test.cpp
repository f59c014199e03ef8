#include "detect/currency_code.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/currency-code") {
  TEST_CASE("Active ISO 4217 codes are accepted, including the table ends") {
    for (std::string_view v : {"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "AED", "ZWL",
                               "ZWG", "XCG", "XAU", "HRK", "BOV"}) {
      INFO(v);
      CHECK(IsCurrencyCode(v));
    }
  }

  TEST_CASE("Case, length and non-currency words are rejected") {
    for (std::string_view v : {"", "usd", "Usd", "US", "USDD", "XXX", "XTS", "ABC", "CEO",
                               "API", "AAA", "ZZZ", "US1", "EU R", " USD"}) {
      INFO(v);
      CHECK_FALSE(IsCurrencyCode(v));
    }
  }

  TEST_CASE("Exactly 181 of all 3-letter uppercase strings are codes") {
    int count = 0;
    std::string code = "AAA";
    for (char a = 'A'; a <= 'Z'; ++a) {
      for (char b = 'A'; b <= 'Z'; ++b) {
        for (char c = 'A'; c <= 'Z'; ++c) {
          code = {a, b, c};
          if (IsCurrencyCode(code)) ++count;
        }
      }
    }
    CHECK(count == 181);
  }
}

}  // namespace
}  // namespace dataaudit::detect
