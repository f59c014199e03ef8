#include <doctest/doctest.h>

#include "cli/suggest.h"

namespace dataaudit {
namespace {

TEST_SUITE("cli/suggest") {
  TEST_CASE("a typo gets the closest name") {
    const std::vector<std::string> names = {"financial", "location", "contact"};
    CHECK(ClosestMatch("finacial", names) == "financial");
    CHECK(ClosestMatch("locaton", names) == "location");
  }

  TEST_CASE("two swapped neighbours are one edit") {
    CHECK(ClosestMatch("lsit", {"list", "rules"}) == "list");
    CHECK(ClosestMatch("tset", {"list", "test", "lint"}) == "test");
  }

  TEST_CASE("a name far from every candidate gets no suggestion") {
    CHECK(ClosestMatch("xyz", {"financial", "location"}).empty());
    CHECK(ClosestMatch("photos", {"list", "rules"}).empty());
  }

  TEST_CASE("the message names the typo, the guess and the known names") {
    CHECK(UnknownNameMessage("category", "finacial", {"financial", "location"}) ==
          "unknown category 'finacial' (did you mean 'financial'?); known: financial, location");
    CHECK(UnknownNameMessage("list", "zzz", {"kinds"}) == "unknown list 'zzz'; known: kinds");
  }
}

}  // namespace
}  // namespace dataaudit
