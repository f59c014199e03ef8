#include "fields/top_values.h"

#include <doctest/doctest.h>

#include <string>

#include "fields/distinct_counter.h"

namespace dataaudit {
namespace {

std::uint32_t Add(TopValues& top, const std::string& value) { return top.Add(DistinctCounter::Hash(value), value); }

TEST_SUITE("fields/top_values") {
  TEST_CASE("a field with few distinct values is counted exactly, most frequent first") {
    TopValues top;
    for (int i = 0; i < 5; ++i) Add(top, "Paris");
    for (int i = 0; i < 7; ++i) Add(top, "Lyon");
    Add(top, "Nice");
    const auto sorted = top.Sorted();
    REQUIRE(sorted.size() == 3);
    CHECK(sorted[0].value == "Lyon");
    CHECK(sorted[0].count == 7);
    CHECK(sorted[1].value == "Paris");
    CHECK(sorted[1].count == 5);
    CHECK(sorted[2].value == "Nice");
    for (const TopValue& v : sorted) CHECK(v.error == 0);
  }

  TEST_CASE("equal counts keep the order in which values were first counted") {
    TopValues top;
    Add(top, "b");
    Add(top, "a");
    const auto sorted = top.Sorted();
    REQUIRE(sorted.size() == 2);
    CHECK(sorted[0].value == "b");
    CHECK(sorted[1].value == "a");
  }

  TEST_CASE("a frequent value in a long tail keeps its counter, within the Space-Saving bound") {
    TopValues top;
    std::uint64_t n = 0;
    for (int i = 0; i < 20000; ++i) {
      Add(top, "tail-" + std::to_string(i));
      ++n;
      if (i % 10 == 0) Add(top, "hot"), ++n;  // 2000 times: more than n / 16
    }
    CHECK(top.size() == TopValues::kCounters);
    const auto sorted = top.Sorted();
    REQUIRE(!sorted.empty());
    CHECK(sorted[0].value == "hot");
    CHECK(sorted[0].count >= 2000);
    CHECK(sorted[0].count - sorted[0].error <= 2000);
    for (const TopValue& v : sorted) CHECK(v.error <= n / TopValues::kCounters);
  }

  TEST_CASE("values are clipped without splitting a UTF-8 sequence") {
    TopValues top;
    std::string long_value(TopValues::kMaxValueBytes - 1, 'a');
    long_value += "\xC3\xA9tail";  // é straddles the limit
    Add(top, long_value);
    const auto sorted = top.Sorted();
    REQUIRE(sorted.size() == 1);
    CHECK(sorted[0].value == std::string(TopValues::kMaxValueBytes - 1, 'a'));
  }

  TEST_CASE("a counter is dated only while it counts the value it was dated for") {
    TopValues top;
    const std::uint32_t paris = Add(top, "Paris");
    top.Date(paris, DistinctCounter::Hash("Paris"), 200, 300);
    top.Date(paris, DistinctCounter::Hash("Paris"), 100, 150);
    top.Date(paris, DistinctCounter::Hash("Lyon"), 50, 60);  // another value: ignored
    const auto sorted = top.Sorted();
    REQUIRE(sorted.size() == 1);
    CHECK(sorted[0].first_seen == 100);
    CHECK(sorted[0].last_seen == 300);
  }

  TEST_CASE("a value that takes over a counter starts undated") {
    TopValues top;
    for (std::size_t i = 0; i < TopValues::kCounters; ++i) {
      const std::string value = "v" + std::to_string(i);
      top.Date(Add(top, value), DistinctCounter::Hash(value), 10, 10);
    }
    Add(top, "newcomer");
    for (const TopValue& v : top.Sorted()) {
      CAPTURE(v.value);
      CHECK(v.first_seen.has_value() == (v.value != "newcomer"));
    }
  }

  TEST_CASE("a field of nearly all distinct values gives up and reports none") {
    TopValues top;
    for (int i = 0; i < 20000; ++i) Add(top, "id-" + std::to_string(i));
    CHECK(top.gave_up());
    CHECK(top.Sorted().empty());
    CHECK(Add(top, "id-1") == TopValues::kNone);
  }

  TEST_CASE("a long tail with a value that repeats often enough does not give up") {
    TopValues top;
    for (int i = 0; i < 20000; ++i) {
      Add(top, "tail-" + std::to_string(i));
      if (i % 8 == 0) Add(top, "home");  // 11% of the values: more than 1 / kCounters
    }
    CHECK_FALSE(top.gave_up());
    CHECK(top.Sorted().at(0).value == "home");
  }
}

}  // namespace
}  // namespace dataaudit
