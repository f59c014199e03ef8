// Normalising values before headlines count them (headlines/normalise.h).
#include "headlines/normalise.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dataaudit {
namespace {

std::string Key(const std::optional<NormalValue>& value) { return value ? value->key : "(none)"; }

TEST_SUITE("report/headlines/normalise") {
  TEST_CASE("text: trimmed, one space, ASCII lower case; blank is nothing") {
    CHECK(Key(NormaliseText("  Cars  and\tTrucks ")) == "cars and trucks");
    CHECK(Key(NormaliseText("Müller")) == "müller");
    CHECK_FALSE(NormaliseText(" \t ").has_value());
  }

  TEST_CASE("e-mail: case-folded, mailto and brackets dropped; non-addresses are nothing") {
    CHECK(Key(NormaliseEmail("Jane.Doe@Example.ORG")) == "jane.doe@example.org");
    CHECK(Key(NormaliseEmail(" mailto:JANE@example.org ")) == "jane@example.org");
    CHECK(Key(NormaliseEmail("<jane@example.org>")) == "jane@example.org");
    CHECK_FALSE(NormaliseEmail("N/A").has_value());
    CHECK_FALSE(NormaliseEmail("@handle").has_value());
    std::string key;
    EmailKeyInto("A.B@C.DE", key);
    CHECK(key == "a.b@c.de");
  }

  TEST_CASE("IP: IPv6 compressed and lower case, IPv4-mapped unwrapped, zone and port dropped") {
    CHECK(Key(NormaliseIp("2001:0DB8:0000:0000:0000:0000:0000:0001")) == "2001:db8::1");
    CHECK(Key(NormaliseIp("2001:db8::1")) == "2001:db8::1");
    CHECK(Key(NormaliseIp("2001:db8:0:1:0:0:0:1")) == "2001:db8:0:1::1");
    CHECK(Key(NormaliseIp("::ffff:203.0.113.5")) == "203.0.113.5");
    CHECK(Key(NormaliseIp("::FFFF:cb00:7105")) == "203.0.113.5");
    CHECK(Key(NormaliseIp("203.0.113.5:443")) == "203.0.113.5");
    CHECK(Key(NormaliseIp("[2001:db8::1]:8080")) == "2001:db8::1");
    CHECK(Key(NormaliseIp("fe80::1%eth0")) == "fe80::1");
    CHECK_FALSE(NormaliseIp("my_ip").has_value());
    CHECK_FALSE(NormaliseIp("0.0.0.0").has_value());
    CHECK_FALSE(NormaliseIp("::").has_value());
  }

  TEST_CASE("phone: international numbers by digits, answering for their national spellings") {
    const auto intl = NormalisePhone("+31 6 1234 5678");
    REQUIRE(intl.has_value());
    CHECK(intl->key == "+31612345678");
    CHECK_FALSE(intl->partial);
    CHECK(Key(NormalisePhone("0031-6-12345678")) == "+31612345678");
    CHECK(Key(NormalisePhone("+44 (0)20 7946 0958")) == "+442079460958");
    CHECK(Key(NormalisePhone("tel:+15555555555")) == "+15555555555");
    const auto national = NormalisePhone("06-12345678");
    REQUIRE(national.has_value());
    CHECK(national->key == "0612345678");
    CHECK(national->partial);
    CHECK(national->lookup == "n612345678");
    CHECK(std::find(intl->aliases.begin(), intl->aliases.end(), national->lookup) != intl->aliases.end());
  }

  TEST_CASE("phone: placeholders, letters and digit counts out of range are nothing") {
    CHECK_FALSE(NormalisePhone("N/A").has_value());
    CHECK_FALSE(NormalisePhone("0").has_value());
    CHECK_FALSE(NormalisePhone("0000000").has_value());
    CHECK_FALSE(NormalisePhone("123-45").has_value());
    CHECK_FALSE(NormalisePhone("+1 800 FLOWERS").has_value());
    CHECK_FALSE(NormalisePhone("+1234567890123456").has_value());
  }

  TEST_CASE("card: issuer and last four; a masked card is partial by its last four") {
    const auto full = NormaliseCard("4539 1488 0343 6467");
    REQUIRE(full.has_value());
    CHECK(full->key == "visa/6467");
    CHECK_FALSE(full->partial);
    const auto masked = NormaliseCard("**** **** **** 6467");
    REQUIRE(masked.has_value());
    CHECK(masked->partial);
    CHECK(masked->lookup == "6467");
    CHECK(full->aliases == std::vector<std::string>{"6467"});
    CHECK(Key(NormaliseCard("5555-5555-5555-4444")) == "mastercard/4444");
    CHECK_FALSE(NormaliseCard("N/A").has_value());
    CHECK_FALSE(NormaliseCard("12").has_value());
  }
}

}  // namespace
}  // namespace dataaudit
