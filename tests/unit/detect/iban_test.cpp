#include "detect/iban.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/iban") {
  TEST_CASE("Registry examples are accepted compact and in print form") {
    for (std::string_view v : {
             "DE89370400440532013000",
             "DE89 3704 0044 0532 0130 00",
             "GB82WEST12345698765432",
             "GB82 WEST 1234 5698 7654 32",
             "FR1420041010050500013M02606",
             "NL91ABNA0417164300",
             "BE68539007547034",
             "CH9300762011623852957",
             "AT611904300234573201",
             "ES9121000418450200051332",
             "IT60X0542811101000000123456",
             "NO9386011117947",                    // shortest: 15
             "RU0204452560040702810412345678901",  // longest: 33
             "MT84MALT011000012345MTLCAST001S",
             "BR1800360305000010009795493C1",
         }) {
      INFO(v);
      CHECK(IsIban(v));
    }
  }

  TEST_CASE("The length must equal the country's at N-1, N and N+1") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"DE8937040044053201300", false},
             Case{"DE89370400440532013000", true},
             Case{"DE893704004405320130000", false},
             Case{"NO938601111794", false},
             Case{"NO9386011117947", true},
             Case{"NO93860111179470", false},
         }) {
      INFO(c.value);
      CHECK(IsIban(c.value) == c.expected);
    }
  }

  TEST_CASE("Checksum, country, case and spacing decoys are rejected") {
    for (std::string_view v : {
             "",
             "DE89370400440532013001",       // wrong check
             "DE88370400440532013000",
             "de89370400440532013000",       // lowercase: rejected on purpose
             "De89370400440532013000",
             "XX89370400440532013000",       // unknown country
             "US64SVBKUS6S3300958879",       // passes mod 97, but US has no IBAN
             "DEAB370400440532013000",       // check digits must be digits
             "DE89-3704-0044-0532-0130-00",
             "DE89 37040044 0532013000",     // irregular groups
             "DE 89370400440532013000",
             "DE89 3704 0044 0532 0130 00 ",
             "DE89  3704 0044 0532 0130 00",
             "DE89370400440532O13000",       // letter O for zero: checksum fails
         }) {
      INFO(v);
      CHECK_FALSE(IsIban(v));
    }
  }

  TEST_CASE("The registry table gives each country's length") {
    struct Case {
      std::string_view country;
      std::size_t length;
    };
    for (const Case& c : {
             Case{"AD", 24}, Case{"AT", 20}, Case{"BE", 16}, Case{"CH", 21}, Case{"DE", 22},
             Case{"ES", 24}, Case{"FR", 27}, Case{"GB", 22}, Case{"IT", 27}, Case{"NL", 18},
             Case{"NO", 15}, Case{"RU", 33}, Case{"LC", 32}, Case{"YE", 30}, Case{"US", 0},
             Case{"de", 0},  Case{"D", 0},   Case{"DEU", 0}, Case{"", 0},    Case{"ZZ", 0},
         }) {
      INFO(c.country);
      CHECK(IbanLength(c.country) == c.length);
    }
  }

  TEST_CASE("Mod 97 is computed on the rotated string with letters as two digits") {
    CHECK(Mod97Valid("GB82WEST12345698765432"));
    CHECK(Mod97Valid("US64SVBKUS6S3300958879"));
    CHECK_FALSE(Mod97Valid("GB83WEST12345698765432"));
    CHECK_FALSE(Mod97Valid("GB82west12345698765432"));
    CHECK_FALSE(Mod97Valid("GB82"));
    CHECK_FALSE(Mod97Valid(""));
  }
}

}  // namespace
}  // namespace dataaudit::detect
