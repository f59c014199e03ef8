#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "detect/detector.h"

namespace dataaudit {
namespace {

bool IsKebabCase(std::string_view name) {
  if (name.empty() || name.front() == '-' || name.back() == '-') return false;
  char prev = 0;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

TEST_SUITE("detect/registry") {
  TEST_CASE("Detector names are sorted, unique and kebab-case") {
    const auto all = AllDetectors();
    REQUIRE(!all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
      INFO(all[i].name);
      CHECK(IsKebabCase(all[i].name));
      CHECK(!all[i].description.empty());
      CHECK(static_cast<bool>(all[i].matches));
      if (i > 0) CHECK(all[i - 1].name < all[i].name);
    }
  }

  TEST_CASE("The registry holds every contract name that rules refer to") {
    for (std::string_view name : {
             "card-number", "coordinates",    "currency-amount", "currency-code",
             "e7-coordinate", "email",        "iban",            "ip-address",
             "latitude",    "longitude",      "phone-e164",      "phone-national",
             "postal-code", "street-address", "url",
         }) {
      INFO(name);
      const Detector* d = FindDetector(name);
      REQUIRE(d != nullptr);
      CHECK(d->name == name);
    }
  }

  TEST_CASE("FindDetector returns the registered entry for every name") {
    for (const Detector& d : AllDetectors()) {
      INFO(d.name);
      CHECK(FindDetector(d.name) == &d);
    }
    const Detector* card = FindDetector("card-number");
    REQUIRE(card != nullptr);
    CHECK(card->matches("4539148803436467"));
    CHECK_FALSE(card->matches("4539148803436466"));
  }

  TEST_CASE("FindDetector returns nullptr for unknown names") {
    for (std::string_view name : {"", "nope", "Card-Number", "card_number", "card-number ",
                                  "card", "zzz", "aaa"}) {
      INFO(name);
      CHECK(FindDetector(name) == nullptr);
    }
  }

  TEST_CASE("Every detector rejects empty, blank and oversized values") {
    const std::string huge(100000, '1');
    for (const Detector& d : AllDetectors()) {
      INFO(d.name);
      CHECK_FALSE(d.matches(""));
      CHECK_FALSE(d.matches(" "));
      CHECK_FALSE(d.matches(huge));
    }
  }
}

}  // namespace
}  // namespace dataaudit
