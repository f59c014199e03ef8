#include "detect/card_number.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dataaudit::detect {
namespace {

// Appends the Luhn check digit, computed here independently of LuhnValid().
std::string WithCheckDigit(std::string_view payload) {
  int sum = 0;
  for (std::size_t i = 0; i < payload.size(); ++i) {
    int d = payload[payload.size() - 1 - i] - '0';
    if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return std::string(payload) + static_cast<char>('0' + (10 - sum % 10) % 10);
}

// A Luhn-valid number of `length` digits built from the start of `digits`.
std::string CardOfLength(std::string_view digits, std::size_t length) {
  return WithCheckDigit(digits.substr(0, length - 1));
}

TEST_SUITE("detect/card-number") {
  TEST_CASE("Public test card numbers with varied digits are accepted") {
    for (std::string_view v : {
             "4539148803436467",     // Visa
             "5425233430109903",     // Mastercard 51-55
             "2223000048410010",     // Mastercard 2-series
             "378282246310005",      // Amex
             "371449635398431",      // Amex
             "378734493671000",      // Amex
             "6011000990139424",     // Discover
             "30569309025904",       // Diners
             "36227206271667",       // Diners
             "3566002020360505",     // JCB
             "6250941006528599",     // UnionPay
             "6759649826438453",     // Maestro
         }) {
      INFO(v);
      CHECK(IsCardNumber(v));
    }
  }

  TEST_CASE("Placeholder test numbers with repeated digits are rejected by the histogram rule") {
    for (std::string_view v : {
             "4111111111111111",  // 15 ones
             "5555555555554444",  // 12 fives
             "6011111111111117",  // 13 ones
             "4242424242424242",  // 8 fours and 8 twos
             "4012888888881881",  // 9 eights
             "5105105105105100",  // 5 ones, 5 fives, 6 zeros
             "5200828282828210",  // 5 twos, 5 eights
             "4000056655665556",  // 6 fives, 5 sixes
             "3530111333300000",  // 6 threes, 5 zeros
             "6200000000000005",  // 14 zeros
             "0000000000000000",
         }) {
      INFO(v);
      CHECK_FALSE(IsCardNumber(v));
    }
  }

  TEST_CASE("Grouped forms are accepted only as 4-4-4-4 or Amex 4-6-5 with one separator kind") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"4539 1488 0343 6467", true},   Case{"4539-1488-0343-6467", true},
             Case{"3782 822463 10005", true},     Case{"3782-822463-10005", true},
             Case{"4539 1488-0343 6467", false},  // mixed separators
             Case{"4539  1488 0343 6467", false}, // double space
             Case{"45391 488 0343 6467", false},  // wrong grouping
             Case{"4539 148803436467", false},    // one separator
             Case{"4539.1488.0343.6467", false},  // dots
             Case{"3782 8224 6310 005", false},   // Amex in 4-4-4-3
             Case{"4539 1488 0343 646 7", false}, // 4 separators
             Case{" 4539148803436467", false},    // caller trims; untrimmed is rejected
             Case{"4539148803436467 ", false},
         }) {
      INFO(c.value);
      CHECK(IsCardNumber(c.value) == c.expected);
    }
  }

  TEST_CASE("Lengths are checked per issuer at N-1, N and N+1 digits") {
    struct Case {
      std::string_view digits;
      std::size_t length;
      bool expected;
    };
    constexpr std::string_view kVisa = "45391488034364672581390";
    constexpr std::string_view kAmex = "3782822463100057319";
    constexpr std::string_view kDiners = "3056930902590471";
    constexpr std::string_view kMastercard = "5425233430109903781";
    constexpr std::string_view kUnionPay = "62126940378512394761";
    for (const Case& c : {
             Case{kVisa, 12, false}, Case{kVisa, 13, true},  Case{kVisa, 14, false},
             Case{kVisa, 15, false}, Case{kVisa, 16, true},  Case{kVisa, 17, false},
             Case{kVisa, 18, false}, Case{kVisa, 19, true},  Case{kVisa, 20, false},
             Case{kAmex, 14, false}, Case{kAmex, 15, true},  Case{kAmex, 16, false},
             Case{kDiners, 13, false}, Case{kDiners, 14, true}, Case{kDiners, 15, false},
             Case{kMastercard, 15, false}, Case{kMastercard, 16, true},
             Case{kMastercard, 17, false},
             Case{kUnionPay, 15, false}, Case{kUnionPay, 16, true}, Case{kUnionPay, 19, true},
             Case{kUnionPay, 20, false},
         }) {
      const std::string card = CardOfLength(c.digits, c.length);
      INFO(card);
      CHECK(IsCardNumber(card) == c.expected);
    }
  }

  TEST_CASE("Issuer prefixes are matched at their range limits") {
    struct Case {
      std::string_view digits;
      std::string_view issuer;
    };
    for (const Case& c : {
             Case{"4539148803436467", "visa"},      Case{"453914880343646", ""},
             Case{"2220990000000000", ""},          Case{"2221000000000000", "mastercard"},
             Case{"2720990000000000", "mastercard"}, Case{"2721000000000000", ""},
             Case{"5099000000000000", "maestro"},   Case{"5100000000000000", "mastercard"},
             Case{"5599000000000000", "mastercard"}, Case{"5600000000000000", "maestro"},
             Case{"340000000000000", "amex"},       Case{"370000000000000", "amex"},
             Case{"350000000000000", ""},           Case{"3400000000000000", ""},
             Case{"30000000000000", "diners"},      Case{"30599000000000", "diners"},
             Case{"30600000000000", ""},            Case{"36000000000000", "diners"},
             Case{"38000000000000", "diners"},      Case{"3527990000000000", ""},
             Case{"3528000000000000", "jcb"},       Case{"3589990000000000", "jcb"},
             Case{"3590000000000000", ""},          Case{"6011000000000000", "discover"},
             Case{"6440000000000000", "discover"},  Case{"6499000000000000000", "discover"},
             Case{"6500000000000000", "discover"},  Case{"6200000000000000000", "unionpay"},
             Case{"6430000000000000", "maestro"},   Case{"690000000000000", ""},
             Case{"1000000000000000", ""},          Case{"7000000000000000", ""},
             Case{"4539a48803436467", ""},
         }) {
      INFO(c.digits);
      CHECK(CardIssuer(c.digits) == c.issuer);
    }
  }

  TEST_CASE("The Luhn check accepts valid digit strings and rejects everything else") {
    CHECK(LuhnValid("79927398713"));
    CHECK(LuhnValid("4539148803436467"));
    CHECK_FALSE(LuhnValid("79927398710"));
    CHECK_FALSE(LuhnValid("4539148803436468"));
    CHECK_FALSE(LuhnValid("45391488a3436467"));
    CHECK_FALSE(LuhnValid(""));
  }

  TEST_CASE("Junk digit patterns follow bulk_extractor's limits") {
    struct Case {
      std::string_view digits;
      bool junk;
    };
    for (const Case& c : {
             Case{"1111111203456789", false},  // one digit 7 times
             Case{"1111111103456789", true},   // one digit 8 times
             Case{"1111122220345678", false},  // 5 and 4 times
             Case{"1111122222034567", true},   // two digits 5 times each
             Case{"1357246835794690", true},   // groups in arithmetic progression
             Case{"1234567887654321", true},   // mirrored: b - a == c - d
             Case{"4539148803436467", false},
             Case{"135724683579469", false},   // 15 digits: group rules not applied
         }) {
      INFO(c.digits);
      CHECK(LooksLikeJunkPan(c.digits) == c.junk);
    }
  }

  TEST_CASE("Platform IDs, bad checksums and non-digits are rejected") {
    for (std::string_view v : {
             "",
             "4539148803436466",      // Luhn fails
             "453914880343646a",
             "1000123456789012345",   // Facebook-style ID: no issuer starts with 1
             "9539148803436467",
             "45391488034364671",     // 17 digits: no Visa of that length
             "4539148803436467123456",
             "-4539148803436467",
         }) {
      INFO(v);
      CHECK_FALSE(IsCardNumber(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
