#include "fields/value_memo.h"

#include <doctest/doctest.h>

#include "rules/rule.h"

namespace dataaudit {
namespace {

TEST_SUITE("fields/value_memo") {
  TEST_CASE("answers are remembered per hash and JSON type, no-rule answers too") {
    Rule email, phone;
    ValueMemo memo;
    std::size_t budget = 1000;
    const Rule* found = &phone;
    CHECK_FALSE(memo.Find(42, ValueType::kString, &found));
    memo.Remember(42, ValueType::kString, &email, budget);
    memo.Remember(42, ValueType::kNumber, nullptr, budget);
    memo.Remember(0, ValueType::kString, &phone, budget);  // hash 0 is a value like any other
    REQUIRE(memo.Find(42, ValueType::kString, &found));
    CHECK(found == &email);
    REQUIRE(memo.Find(42, ValueType::kNumber, &found));
    CHECK(found == nullptr);
    REQUIRE(memo.Find(0, ValueType::kString, &found));
    CHECK(found == &phone);
    CHECK_FALSE(memo.Find(43, ValueType::kString, &found));
    CHECK(budget < 1000);
  }

  TEST_CASE("a field that keeps bringing new values past the limit is given up and its table freed") {
    Rule rule;
    ValueMemo memo;
    std::size_t budget = 1 << 20;
    for (std::uint64_t i = 1; i <= ValueMemo::kMaxEntries; ++i) memo.Remember(i * 7919, ValueType::kString, &rule, budget);
    const Rule* found = nullptr;
    CHECK(memo.Find(7919, ValueType::kString, &found));
    const std::size_t in_use = (1 << 20) - budget;
    CHECK(in_use == 2 * ValueMemo::kMaxEntries);  // load at most one half
    for (std::uint64_t i = 1; i <= ValueMemo::kMaxEntries; ++i) {
      CHECK_FALSE(memo.gave_up());
      memo.Remember(1000003 * i, ValueType::kString, &rule, budget);
    }
    CHECK(memo.gave_up());
    CHECK(budget == (1 << 20));  // every entry handed back
    CHECK_FALSE(memo.Find(7919, ValueType::kString, &found));
  }

  TEST_CASE("without budget the memo stops remembering") {
    Rule rule;
    ValueMemo memo;
    std::size_t budget = 16;  // the first table, then nothing
    for (std::uint64_t i = 1; i <= 100; ++i) memo.Remember(i, ValueType::kString, &rule, budget);
    const Rule* found = nullptr;
    CHECK(memo.Find(1, ValueType::kString, &found));
    CHECK(memo.Find(8, ValueType::kString, &found));
    CHECK_FALSE(memo.Find(9, ValueType::kString, &found));
    CHECK(budget == 0);
    CHECK_FALSE(memo.gave_up());
  }
}

}  // namespace
}  // namespace dataaudit
