#include "detect/currency_amount.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/currency-amount") {
  TEST_CASE("Amounts with symbols, codes and locale separators are accepted") {
    for (std::string_view v : {
             "$12.99",        "12,99 \xE2\x82\xAC",      "12,99\xC2\xA0\xE2\x82\xAC",
             "EUR 12.99",     "USD12.99",                "12.99 USD",
             "$12.99 USD",    "-4.50",                   "+4.50",
             "\xE2\x88\x92" "4,50",                      "-$4.50",
             "$-4.50",        "EUR -4.50",               "1,234.56",
             "1.234,56",      "1 234,56 \xE2\x82\xAC",   "1.234.567,89",
             "CHF 1'234.50",  "\xC2\xA3" "5",            "\xC2\xA5" "1,000",
             "R$ 10,00",      "12 kr",                   "100 z\xC5\x82",
             "12.99",         "1200",                    "0.5",
             "$ 12.99",
         }) {
      INFO(v);
      CHECK(IsCurrencyAmount(v));
    }
  }

  TEST_CASE("Integer digits and decimals are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"999999999999999", true},          Case{"9999999999999999", false},
             Case{"999,999,999,999,999.99", true},   Case{"9,999,999,999,999,999", false},
             Case{"12.12345678", true},              Case{"12.123456789", false},
             Case{"1,234.56", true},                 Case{"1,234.5", false},
             Case{"1,234.567", false},
         }) {
      INFO(c.value);
      CHECK(IsCurrencyAmount(c.value) == c.expected);
    }
  }

  TEST_CASE("Dates, times, words and malformed numbers are rejected") {
    for (std::string_view v : {
             "",          "2024-01-05", "05.01.2024", "12:30",     "12.5%",
             "1e5",       "12 apples",  "ABC 12",     "usd 12",    "1,23,456",
             "1,234,56",  "$",          "EUR",        "12.",       ".5",
             "12..5",     "$$12",       "- 4.50",     "EUR  12.99", "--4.50",
             "4.50-",     "1 2",
         }) {
      INFO(v);
      CHECK_FALSE(IsCurrencyAmount(v));
    }
  }

  TEST_CASE("The number part alone follows the grouping rules") {
    CHECK(IsAmountNumber("1'234'567"));
    CHECK(IsAmountNumber("1\xE2\x80\xAF" "234,50"));
    CHECK_FALSE(IsAmountNumber("1,234 567"));   // mixed group separators
    CHECK_FALSE(IsAmountNumber("1234,567.00")); // grouping must start with 1-3 digits
    CHECK_FALSE(IsAmountNumber("$12"));
  }
}

}  // namespace
}  // namespace dataaudit::detect
