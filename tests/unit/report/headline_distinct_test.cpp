// Distinct values in bounded memory (headlines/distinct_set.h, headlines/seen_values.h).
#include "headlines/distinct_set.h"
#include "headlines/seen_values.h"

#include <doctest/doctest.h>

#include <string>

namespace dataaudit {
namespace {

std::uint64_t H(int i) { return DistinctCounter::Hash("value-" + std::to_string(i)); }

TEST_SUITE("report/headlines/distinct") {
  TEST_CASE("exact up to the limit, then an estimate within a few percent") {
    DistinctCounter set(HeadlineLimits(1000));
    for (int i = 0; i < 1000; ++i) set.AddHash(H(i));
    for (int i = 0; i < 1000; ++i) set.AddHash(H(i));  // repeats change nothing
    CHECK(set.Estimate() == 1000);
    CHECK_FALSE(set.estimating());
    CHECK(set.Contains(H(7)));
    CHECK_FALSE(set.Contains(H(1000)));
    for (int i = 1000; i < 40000; ++i) set.AddHash(H(i));
    CHECK(set.estimating());
    CHECK_FALSE(set.Contains(H(7)));  // no longer known value by value
    const double count = static_cast<double>(set.Estimate());
    CHECK(count > 40000 * 0.95);
    CHECK(count < 40000 * 1.05);
  }

  TEST_CASE("an estimate never falls below what the exact set held") {
    DistinctCounter set(HeadlineLimits(100));
    for (int i = 0; i < 101; ++i) set.AddHash(H(i));
    CHECK(set.estimating());
    CHECK(set.Estimate() >= 100);
  }

  TEST_CASE("a partial value counts only when no full value answers for it") {
    DistinctTally tally;
    tally.Add(NormalValue{"+31612345678", false, {}, {"n1612345678", "n612345678", "n12345678"}});
    tally.Add(NormalValue{"0612345678", true, "n612345678", {}});  // the same number, national
    tally.Add(NormalValue{"0687654321", true, "n687654321", {}});  // another one
    tally.Add(NormalValue{"0687654321", true, "n687654321", {}});  // written twice
    CHECK(tally.Count() == 2);
    CHECK_FALSE(tally.estimated());
  }

  TEST_CASE("order does not matter: a partial value seen before its full one merges too") {
    DistinctTally tally;
    tally.Add(NormalValue{"*6467", true, "6467", {}});
    tally.Add(NormalValue{"visa/6467", false, {}, {"6467"}});
    tally.Add(NormalValue{"*1111", true, "1111", {}});
    CHECK(tally.Count() == 2);
  }

  TEST_CASE("full values by key and by hash") {
    DistinctTally tally;
    tally.AddKey("a@example.org");
    tally.AddKey("a@example.org");
    tally.AddHash(MixHash(42));
    tally.AddHash(MixHash(42));
    CHECK(tally.Count() == 2);
  }

  TEST_CASE("past the limit the tally says it estimates") {
    DistinctTally tally(500);
    for (int i = 0; i < 5000; ++i) tally.AddKey("k" + std::to_string(i));
    CHECK(tally.estimated());
    CHECK(tally.Count() > 4500);
    CHECK(tally.Count() < 5500);
  }

  TEST_CASE("seen values remember one bit each, and give up on a field of ever new values") {
    std::size_t budget = 1 << 16;
    SeenValues seen;
    CHECK_FALSE(seen.Find(H(1)).has_value());
    seen.Remember(H(1), true, budget);
    seen.Remember(H(2), false, budget);
    CHECK(seen.Find(H(1)) == std::optional<bool>(true));
    CHECK(seen.Find(H(2)) == std::optional<bool>(false));
    CHECK(budget < std::size_t{1} << 16);
    for (int i = 3; i < 4000; ++i)
      if (!seen.Find(H(i))) seen.Remember(H(i), true, budget);
    CHECK_FALSE(seen.Find(H(1)).has_value());  // gave up
    CHECK(budget == std::size_t{1} << 16);     // and returned all its room
  }
}

}  // namespace
}  // namespace dataaudit
