#include "report/report_values.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "report/build_report.h"

namespace dataaudit {
namespace {

constexpr const char* kRules = R"(
[[kind]]
name = "place"
category = "location"
description = "places"

[[kind]]
name = "email"
category = "contact"
description = "e-mail addresses"

[[rule]]
id = "place"
description = "d"
category = "location"
kind = "place"

[[rule]]
id = "email"
description = "d"
category = "contact"
kind = "email"
)";

struct Fixture {
  Fixture() {
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(kRules, "test.toml", &errors));
  }
  const Rule* RuleById(std::string_view id) const {
    for (const Rule& r : rules.rules())
      if (r.id == id) return &r;
    return nullptr;
  }
  FieldStats Field(std::string file, std::string_view rule, std::vector<std::pair<std::string, std::uint64_t>> values) {
    FieldStats f;
    f.file = std::move(file);
    f.path = "/v";
    std::uint64_t total = 0;
    for (auto& [value, count] : values) {
      f.top_values.push_back(TopValue{value, count, 0, 1700000000, 1710000000});
      total += count;
    }
    f.count = total;
    f.tallies.push_back(RuleTally{RuleById(rule), total, values.front().first});
    return f;
  }
  RuleSet rules;
};

constexpr std::int64_t kDay = 86400;

TEST_SUITE("report/report_values") {
  TEST_CASE("a kind's values are its fields' top values summed by value, then redacted") {
    Fixture fx;
    AuditResult result;
    result.fields.push_back(fx.Field("a.json", "place", {{"Paris", 3}, {"Lyon", 1}}));
    result.fields.push_back(fx.Field("b.json", "place", {{"Lyon", 4}}));
    result.fields.push_back(fx.Field("c.json", "email", {{"jane@example.org", 2}}));
    const ArchiveReport shown = BuildArchiveReport(result, fx.rules, {true});
    REQUIRE(shown.kind_values.size() == 2);
    CHECK(shown.kind_values[0].category == "location");  // report order of categories
    const KindValues& places = shown.kind_values[0];
    CHECK(places.kind == "place");
    CHECK(places.fields == 2);
    CHECK(places.values == 8);
    REQUIRE(places.top.size() == 2);
    CHECK(places.top[0].value == "Lyon");
    CHECK(places.top[0].count == 5);
    CHECK(places.top[1].value == "Paris");
    CHECK(places.top[0].first_seen == 1700000000);

    const ArchiveReport redacted = BuildArchiveReport(result, fx.rules, {false});
    CHECK(redacted.kind_values[0].top[0].value == "Ly\u2022\u2022\u2022");
    CHECK(redacted.kind_values[1].top[0].value == "j\u2022\u2022\u2022@example.org");
    REQUIRE(redacted.fields.size() == 3);
    CHECK(redacted.fields[0].top_values[0].value == "Pa\u2022\u2022\u2022");
  }

  TEST_CASE("a field's values count under the kind that claimed most of them") {
    Fixture fx;
    FieldStats f = fx.Field("a.json", "place", {{"Paris", 5}});
    f.tallies.push_back(RuleTally{fx.RuleById("email"), 1, "x@example.org"});
    CHECK(DominantKind(f) == "place");
    f.unclassified = 9;
    CHECK(DominantKind(f) == "unclassified");
  }

  TEST_CASE("the timeline's periods follow the span: days, weeks from Monday, months") {
    Timeline days;
    const auto s = days.SeriesOf("location");
    days.Add(s, 19000 * kDay);
    days.Add(s, 19010 * kDay);
    const TimelineReport by_day = BuildTimeline(days);
    CHECK(by_day.unit == "day");
    REQUIRE(by_day.series.size() == 1);
    CHECK(by_day.series[0].periods.size() == 2);
    CHECK(by_day.first == 19000 * kDay);

    Timeline weeks;
    const auto w = weeks.SeriesOf("location");
    weeks.Add(w, 19000 * kDay);  // 2022-01-08, a Saturday
    weeks.Add(w, 19001 * kDay);  // Sunday: same week
    weeks.Add(w, 19300 * kDay);
    const TimelineReport by_week = BuildTimeline(weeks);
    CHECK(by_week.unit == "week");
    CHECK(by_week.first == 18995 * kDay);  // Monday 2022-01-03
    REQUIRE(by_week.series[0].periods.size() == 2);
    CHECK(by_week.series[0].periods[0].second == 2);

    Timeline months;
    const auto m = months.SeriesOf("contact");
    months.Add(m, 19000 * kDay);
    months.Add(m, 20500 * kDay);
    const TimelineReport by_month = BuildTimeline(months);
    CHECK(by_month.unit == "month");
    CHECK(by_month.first == 18993 * kDay);  // 2022-01-01
  }

  TEST_CASE("an input without dated records has no timeline") {
    Timeline none;
    none.SeriesOf("contact");
    const TimelineReport report = BuildTimeline(none);
    CHECK(report.series.empty());
    CHECK_FALSE(report.first.has_value());
  }

  TEST_CASE("the map is drawn to 0.1 degree unless values are shown") {
    HeadlineSpec positions;
    positions.unit = HeadlineUnit::kPositions;
    HeadlineSpec other;
    HeadlineTallies tallies(2);
    tallies[0].map.Add({48.8566, 2.3522});
    tallies[0].map.Add({48.8666, 2.3622});
    tallies[1].map.Add({10.5, 10.5});  // not a positions headline: ignored
    const MapReport shown = BuildMap(tallies, {positions, other}, true);
    CHECK(shown.grid_degrees == doctest::Approx(MapGrid::kFinestDegrees));
    CHECK(shown.cells.size() == 2);
    CHECK(shown.positions == 2);
    const MapReport redacted = BuildMap(tallies, {positions, other}, false);
    CHECK(redacted.grid_degrees == doctest::Approx(0.1));
    CHECK(redacted.cells.size() == 1);
  }
}

}  // namespace
}  // namespace dataaudit
