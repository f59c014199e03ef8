#include <doctest/doctest.h>

#include <string>

#include "report/redact_names.h"

using dataaudit::NameRedactor;
using dataaudit::RedactSecretsInName;

TEST_CASE("names without secrets are kept byte for byte") {
  for (const char* name : {"your_activity/messages/inbox/johnsmith_10203040506/message_1.json",
                           "/messages/3/timestamp_ms", "Takeout/Location History/Records.json",
                           "/ip_addresses/0/ip", "2024-01-31 report v1.2.3.csv", "/items/4111/label",
                           "DE Deutschland/DE89", "/watch_history/2001/title", ""}) {
    CHECK(RedactSecretsInName(name) == name);
  }
}

TEST_CASE("an e-mail address as a path segment or inside a file name is redacted in place") {
  CHECK(RedactSecretsInName("/followers/jane.doe@example.com") == "/followers/j\u2022\u2022\u2022@example.com");
  CHECK(RedactSecretsInName("contacts/jane@example.org.json#/name") == "contacts/j\u2022\u2022\u2022@example.org.json#/name");
  CHECK(RedactSecretsInName("/followers/jane.doe@example.com").find("jane.doe") == std::string::npos);
}

TEST_CASE("phone numbers, card numbers, IBANs and IP addresses in names are redacted") {
  const std::string phone = RedactSecretsInName("messages_with_+4915112345678/message_1.json");
  CHECK(phone.find("15112345678") == std::string::npos);
  CHECK(phone.starts_with("messages_with_+"));
  CHECK(phone.ends_with("78/message_1.json"));

  const std::string card = RedactSecretsInName("/cards/4539 1488 0343 6467/expiry");
  CHECK(card == "/cards/4539 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 6467/expiry");

  const std::string iban = RedactSecretsInName("/accounts/DE89370400440532013000");
  CHECK(iban.find("370400440532013000") == std::string::npos);
  CHECK(iban.starts_with("/accounts/DE89"));

  const std::string grouped = RedactSecretsInName("payouts/DE89 3704 0044 0532 0130 00.csv");
  CHECK(grouped.find("0044 0532") == std::string::npos);
  CHECK(grouped.ends_with(".csv"));

  CHECK(RedactSecretsInName("/logins/203.0.113.7/time") == "/logins/203.0.\u2022.\u2022/time");
  CHECK(RedactSecretsInName("sessions/203.0.113.7.json") == "sessions/203.0.\u2022.\u2022.json");
}

TEST_CASE("several secrets in one name are each redacted, the rest kept") {
  const std::string out = RedactSecretsInName("a@example.com/4539148803436467#/b@example.com");
  CHECK(out.find("4539148803436467") == std::string::npos);
  CHECK(out.find("a@example.com") == std::string::npos);
  CHECK(out.find("b@example.com") == std::string::npos);
  CHECK(out.find("/") != std::string::npos);
  CHECK(out.find("#/") != std::string::npos);
}

TEST_CASE("hostile names stay linear: long digit, hex and IBAN-like runs") {
  const std::string digits(200000, '7'), hex(200000, 'a'), iban_like = [] {
    std::string s;
    for (int i = 0; i < 20000; ++i) s += "AB12 ";
    return s;
  }();
  CHECK(RedactSecretsInName(digits) == digits);
  CHECK(RedactSecretsInName(hex) == hex);
  CHECK(RedactSecretsInName(iban_like) == iban_like);
}

TEST_CASE("NameRedactor returns the same result as the function, memoised") {
  NameRedactor redact;
  const std::string name = "/followers/jane.doe@example.com";
  CHECK(redact(name) == RedactSecretsInName(name));
  CHECK(&redact(name) == &redact(name));
}
