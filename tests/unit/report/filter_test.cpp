#include <doctest/doctest.h>

#include "report/filter.h"

namespace dataaudit {
namespace {

FieldEntry Entry(std::string category, std::string kind, std::string confidence, std::uint64_t count) {
  FieldEntry f;
  f.file = "f.json";
  f.path = "/" + kind;
  f.category = std::move(category);
  f.kind = std::move(kind);
  f.confidence = std::move(confidence);
  f.rule = f.confidence.empty() ? "" : "some.rule";
  f.count = count;
  f.distinct = count;
  return f;
}

ArchiveReport Sample() {
  ArchiveReport a;
  a.input = "x.zip";
  a.fields = {Entry("financial", "card_number", "high", 2), Entry("financial", "amount", "low", 5),
              Entry("location", "ip_address", "medium", 7), Entry("unclassified", "unclassified", "", 9)};
  a.diagnostics.push_back({"f.json", "warning", "kept"});
  a.sensitive.count = 3;
  return a;
}

std::vector<std::string> Kinds(const ArchiveReport& a) {
  std::vector<std::string> kinds;
  for (const FieldEntry& f : a.fields) kinds.push_back(f.kind);
  return kinds;
}

const CategoryTotals& Totals(const ArchiveReport& a, std::string_view category) {
  for (const CategoryTotals& t : a.summary)
    if (t.category == category) return t;
  FAIL("no totals for " << category);
  return a.summary.front();
}

TEST_SUITE("report/filter") {
  TEST_CASE("an empty filter changes nothing") {
    ArchiveReport a = Sample();
    ApplyFilter(FieldFilter{}, &a);
    CHECK(a.fields.size() == 4);
    CHECK(a.summary.empty());  // not even recomputed
  }

  TEST_CASE("categories and kinds select entries; conditions combine with AND") {
    ArchiveReport a = Sample();
    ApplyFilter(FieldFilter{{"financial", "unclassified"}, {}, {}}, &a);
    CHECK(Kinds(a) == std::vector<std::string>{"card_number", "amount", "unclassified"});
    a = Sample();
    ApplyFilter(FieldFilter{{}, {"ip_address", "amount"}, {}}, &a);
    CHECK(Kinds(a) == std::vector<std::string>{"amount", "ip_address"});
    a = Sample();
    ApplyFilter(FieldFilter{{"financial"}, {"ip_address", "amount"}, {}}, &a);
    CHECK(Kinds(a) == std::vector<std::string>{"amount"});
  }

  TEST_CASE("a minimum confidence keeps entries at or above it and drops unclassified ones") {
    ArchiveReport a = Sample();
    ApplyFilter(FieldFilter{{}, {}, Confidence::kMedium}, &a);
    CHECK(Kinds(a) == std::vector<std::string>{"card_number", "ip_address"});
    a = Sample();
    ApplyFilter(FieldFilter{{}, {}, Confidence::kLow}, &a);
    CHECK(Kinds(a) == std::vector<std::string>{"card_number", "amount", "ip_address"});
  }

  TEST_CASE("totals follow the kept fields; diagnostics and the sensitive summary stay") {
    ArchiveReport a = Sample();
    ApplyFilter(FieldFilter{{}, {}, Confidence::kHigh}, &a);
    REQUIRE(a.summary.size() == Categories().size() + 1);
    CHECK(a.summary.back().category == "unclassified");
    CHECK(Totals(a, "financial").fields == 1);
    CHECK(Totals(a, "financial").values == 2);
    CHECK(Totals(a, "location").fields == 0);
    CHECK(Totals(a, "unclassified").values == 0);
    CHECK(a.diagnostics.size() == 1);
    CHECK(a.sensitive.count == 3);
  }

  TEST_CASE("--fail-on terms match by category, kind or both") {
    const ArchiveReport a = Sample();
    CHECK(FailOnMatched({{"financial", ""}}, a));
    CHECK(FailOnMatched({{"", "ip_address"}}, a));
    CHECK(FailOnMatched({{"location", "ip_address"}}, a));
    CHECK_FALSE(FailOnMatched({{"contact", ""}}, a));
    CHECK_FALSE(FailOnMatched({{"location", "card_number"}}, a));
    CHECK(FailOnMatched({{"contact", ""}, {"", "amount"}}, a));
    CHECK_FALSE(FailOnMatched({}, a));
  }

  TEST_CASE("confidence names parse") {
    CHECK(ParseConfidence("low") == Confidence::kLow);
    CHECK(ParseConfidence("high") == Confidence::kHigh);
    CHECK_FALSE(ParseConfidence("").has_value());
    CHECK_FALSE(ParseConfidence("High").has_value());
  }
}

}  // namespace
}  // namespace dataaudit
