#include "detect/email.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/email") {
  TEST_CASE("Ordinary addresses are accepted") {
    for (std::string_view v : {
             "user@example.com",
             "first.last+tag@sub.example.co.uk",
             "x_y%z-w@example.org",
             "USER@EXAMPLE.COM",
             "1@2.io",
             "a@b.cd",
             "user@xn--bcher-kva.example",
             "user@example.xn--p1ai",  // IDN TLD
         }) {
      INFO(v);
      CHECK(IsEmail(v));
    }
  }

  TEST_CASE("Local part, label, TLD and domain sizes are checked at their limits") {
    const std::string local64(64, 'a');
    const std::string label63(63, 'b');
    const std::string tld61(61, 'd');
    const std::string domain253 = label63 + "." + label63 + "." + label63 + "." + tld61;
    struct Case {
      std::string value;
      bool expected;
    };
    for (const Case& c : {
             Case{local64 + "@example.com", true},
             Case{local64 + "a@example.com", false},
             Case{"u@" + label63 + ".com", true},
             Case{"u@" + label63 + "b.com", false},
             Case{"u@" + domain253, true},
             Case{"u@" + domain253 + "d", false},
             Case{"a@b.cd", true},
             Case{"a@b.c", false},
         }) {
      INFO(c.value);
      CHECK(IsEmail(c.value) == c.expected);
    }
    CHECK(IsEmailDomain(domain253));
    CHECK_FALSE(IsEmailDomain(domain253 + "d"));
  }

  TEST_CASE("Decoys that carry an at sign are rejected") {
    for (std::string_view v : {
             "",
             "user@host[5]",  // IE cookie file name
             "user@localhost",
             "@example.com",
             "@handle",
             "user@",
             "user@@example.com",
             "a@b@example.com",
             "us er@example.com",
             ".user@example.com",
             "user.@example.com",
             "us..er@example.com",
             "user@-example.com",
             "user@example-.com",
             "user@example..com",
             "user@example.com.",
             "user@.example.com",
             "user@1.2.3.4",
             "user@example.c0m",
             "user@example.com>",
             "mailto:user@example.com",
             "\xC3\xBCser@example.com",
         }) {
      INFO(v);
      CHECK_FALSE(IsEmail(v));
    }
  }

  TEST_CASE("Local parts follow the dot rules") {
    CHECK(IsEmailLocalPart("a.b.c"));
    CHECK_FALSE(IsEmailLocalPart(""));
    CHECK_FALSE(IsEmailLocalPart(".a"));
    CHECK_FALSE(IsEmailLocalPart("a."));
    CHECK_FALSE(IsEmailLocalPart("a..b"));
  }
}

}  // namespace
}  // namespace dataaudit::detect
