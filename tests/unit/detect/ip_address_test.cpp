#include "detect/ip_address.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/ip-address") {
  TEST_CASE("IPv4 dotted quads are accepted") {
    for (std::string_view v : {"1.2.3.4", "0.0.0.0", "192.0.2.1", "10.0.0.1", "255.255.255.255"}) {
      INFO(v);
      CHECK(IsIpAddress(v));
      CHECK(IsIPv4(v));
    }
  }

  TEST_CASE("IPv4 octets and part counts are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"1.2.3.254", true},   Case{"1.2.3.255", true},   Case{"1.2.3.256", false},
             Case{"1.2.3", false},      Case{"1.2.3.4.5", false},  Case{"1.2.3.99", true},
             Case{"1.2.3.100", true},   Case{"1.2.3.1000", false},
         }) {
      INFO(c.value);
      CHECK(IsIpAddress(c.value) == c.expected);
    }
  }

  TEST_CASE("IPv6 text forms are accepted") {
    for (std::string_view v : {
             "::1",
             "2001:db8::1",
             "2001:DB8::1",
             "2001:db8:0:0:0:0:0:1",
             "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
             "fe80::",
             "1::",
             "fe80::1%eth0",
             "::ffff:192.0.2.1",
             "64:ff9b::192.0.2.33",
             "1:2:3:4:5:6:1.2.3.4",
             "1:2:3:4:5:6:7::",   // 7 groups and "::"
             "::2:3:4:5:6:7:8",
         }) {
      INFO(v);
      CHECK(IsIpAddress(v));
      CHECK(IsIPv6(v));
    }
  }

  TEST_CASE("IPv6 group counts are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"1:2:3:4:5:6:7", false},       Case{"1:2:3:4:5:6:7:8", true},
             Case{"1:2:3:4:5:6:7:8:9", false},   Case{"1:2:3:4:5:6:7:8::", false},
             Case{"1:2:3:4:5:1.2.3.4", false},   Case{"1:2:3:4:5:6:7:1.2.3.4", false},
             Case{"abc::1", true},               Case{"abcd::1", true},
             Case{"abcde::1", false},
         }) {
      INFO(c.value);
      CHECK(IsIPv6(c.value) == c.expected);
    }
  }

  TEST_CASE("Version strings, numbers and malformed addresses are rejected") {
    for (std::string_view v : {
             "",
             "::",            // unspecified address
             "::%eth0",
             ":::",
             "1:::2",
             "1::2::3",
             "g::1",
             ":1:2:3:4:5:6:7",
             "1:2:3:4:5:6:7:",
             "fe80::1%",
             "fe80::1%eth 0",
             "::ffff:256.0.2.1",
             "::1.2.3.4:5",
             "v1.2.3.4",
             "01.2.3.4",
             "1.2.3.04",
             "1.2.3.4:80",
             "1.2.3.4/24",
             "1..2.3",
             ".1.2.3",
             "1.2.3.",
             "12345",
             "1.2.3.4 ",
             "1.2.3.a",
             "1.2.3.-4",
             "2001:db8::1/64",
         }) {
      INFO(v);
      CHECK_FALSE(IsIpAddress(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
