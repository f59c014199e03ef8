#include "fields/timeline.h"

#include <doctest/doctest.h>

namespace dataaudit {
namespace {

TEST_SUITE("fields/timeline") {
  TEST_CASE("records are counted per category and UTC day") {
    Timeline timeline;
    const std::uint32_t location = timeline.SeriesOf("location");
    const std::uint32_t contact = timeline.SeriesOf("contact");
    CHECK(timeline.SeriesOf("location") == location);
    timeline.Add(location, 86400 * 10 + 5);
    timeline.Add(location, 86400 * 10 + 86399);
    timeline.Add(location, 86400 * 11);
    timeline.Add(contact, 86400 * 10);
    timeline.Add(location, 86400 * 10);  // back to an earlier day
    REQUIRE(timeline.series().size() == 2);
    const auto& days = timeline.series()[location].days;
    CHECK(timeline.series()[location].category == "location");
    CHECK(days.size() == 2);
    CHECK(days.at(10) == 3);
    CHECK(days.at(11) == 1);
    CHECK(timeline.series()[contact].days.at(10) == 1);
  }

  TEST_CASE("a time before 1970 falls on the day it is in") {
    Timeline timeline;
    const std::uint32_t s = timeline.SeriesOf("technical");
    timeline.Add(s, -1);
    CHECK(timeline.series()[s].days.at(-1) == 1);
  }
}

}  // namespace
}  // namespace dataaudit
