#include "fields/distinct_counter.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

namespace dataaudit {
namespace {

// A counter fed the values "<prefix>0" .. "<prefix>(n-1)", `repeats` times over.
DistinctCounter Counted(std::uint64_t n, int repeats = 1, const std::string& prefix = "value-") {
  DistinctCounter counter;
  for (int r = 0; r < repeats; ++r)
    for (std::uint64_t i = 0; i < n; ++i) counter.Add(prefix + std::to_string(i));
  return counter;
}

double RelativeError(std::uint64_t estimate, std::uint64_t truth) {
  return std::fabs(static_cast<double>(estimate) - static_cast<double>(truth)) / static_cast<double>(truth);
}

TEST_SUITE("fields/distinct_counter") {
  TEST_CASE("an empty counter counts nothing") {
    const DistinctCounter counter;
    CHECK(counter.Estimate() == 0);
  }

  TEST_CASE("counts are exact up to the exact limit") {
    for (std::uint64_t n : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{10}, std::uint64_t{63},
                            std::uint64_t{DistinctCounter::kFieldLimits.exact}}) {
      CAPTURE(n);
      CHECK(Counted(n).Estimate() == n);
      CHECK(Counted(n, 5).Estimate() == n);
    }
  }

  TEST_CASE("the empty string is a value like any other") {
    DistinctCounter counter;
    counter.Add("");
    counter.Add("");
    counter.Add("x");
    CHECK(counter.Estimate() == 2);
  }

  TEST_CASE("duplicates do not grow an exact count") {
    DistinctCounter counter;
    for (int i = 0; i < 1000; ++i) counter.Add("same");
    CHECK(counter.Estimate() == 1);
    for (int i = 0; i < 1000; ++i) counter.Add(i % 2 == 0 ? "a" : "b");
    CHECK(counter.Estimate() == 3);
  }

  TEST_CASE("just past the exact limit the estimate stays close and never drops below it") {
    for (std::uint64_t n : {std::uint64_t{65}, std::uint64_t{100}, std::uint64_t{500}}) {
      CAPTURE(n);
      const std::uint64_t estimate = Counted(n).Estimate();
      CHECK(estimate >= DistinctCounter::kFieldLimits.exact);
      CHECK(RelativeError(estimate, n) <= 0.15);
    }
  }

  TEST_CASE("large counts are estimated within 15 percent") {
    for (std::uint64_t n : {std::uint64_t{1000}, std::uint64_t{10000}, std::uint64_t{100000}}) {
      for (const std::string prefix : {"value-", "user@example.org#", ""}) {
        CAPTURE(n);
        CAPTURE(prefix);
        const std::uint64_t estimate = Counted(n, 1, prefix).Estimate();
        CHECK(RelativeError(estimate, n) <= 0.15);
      }
    }
  }

  TEST_CASE("duplicates do not grow an estimate") {
    for (std::uint64_t n : {std::uint64_t{10000}, std::uint64_t{100000}}) {
      CAPTURE(n);
      const std::uint64_t once = Counted(n).Estimate();
      CHECK(Counted(n, 3).Estimate() == once);
    }
  }

  TEST_CASE("the order values arrive in does not change the estimate") {
    DistinctCounter forward, backward;
    for (int i = 0; i < 20000; ++i) forward.Add(std::to_string(i));
    for (int i = 19999; i >= 0; --i) backward.Add(std::to_string(i));
    CHECK(forward.Estimate() == backward.Estimate());
  }

  TEST_CASE("a moved counter keeps its count") {
    DistinctCounter counter = Counted(5000);
    const std::uint64_t before = counter.Estimate();
    const DistinctCounter moved = std::move(counter);
    CHECK(moved.Estimate() == before);
  }
}

}  // namespace
}  // namespace dataaudit
