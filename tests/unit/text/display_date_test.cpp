#include "text/display_date.h"

#include <doctest/doctest.h>

#include <string>

#include "text/timestamp.h"

namespace dataaudit {
namespace {

std::string Iso(std::string_view text) {
  const auto t = ParseDisplayDate(text);
  return t ? FormatIsoTime(*t) : "none";
}

TEST_SUITE("text/display_date") {
  TEST_CASE("dates as Meta and Google print them") {
    CHECK(Iso("Jun 04, 2025 6:46:10 pm") == "2025-06-04T18:46:10Z");
    CHECK(Iso("Mar 8, 2018, 5:14:40 PM UTC") == "2018-03-08T17:14:40Z");
    CHECK(Iso("Jan 1, 2024, 12:05:00 AM CET") == "2024-01-01T00:05:00Z");
    CHECK(Iso("8 mars 2018, 17:14:40 UTC") == "2018-03-08T17:14:40Z");
    CHECK(Iso("8. März 2018, 17:14:40 MEZ") == "2018-03-08T17:14:40Z");
    CHECK(Iso("8 mar 2018 17:14:40 CET") == "2018-03-08T17:14:40Z");
    CHECK(Iso("14 oct. 2023, 09:00") == "2023-10-14T09:00:00Z");
    CHECK(Iso("March 8, 2018 at 5:14 PM") == "2018-03-08T17:14:00Z");
    CHECK(Iso("04.06.2025 18:46:10") == "2025-06-04T18:46:10Z");
    CHECK(Iso("04/06/2025") == "2025-06-04T00:00:00Z");
  }

  TEST_CASE("text that only mentions a date, or impossible dates, is not a date") {
    CHECK(Iso("Posted on Jun 4, 2025") == "none");
    CHECK(Iso("May 2020") == "none");
    CHECK(Iso("Feb 30, 2024 10:00") == "none");
    CHECK(Iso("Jun 04, 1980 6:46:10 pm") == "none");
    CHECK(Iso("Jun 04, 2025 25:00") == "none");
    CHECK(Iso("12/13/2025") == "none");  // day-first: month 13 is impossible
  }

  TEST_CASE("ParseTimestamp falls back to display dates") {
    REQUIRE(ParseTimestamp("Jun 04, 2025 6:46:10 pm"));
    CHECK(FormatDate(*ParseTimestamp("Jun 04, 2025 6:46:10 pm")) == "2025-06-04");
  }
}

}  // namespace
}  // namespace dataaudit

namespace dataaudit {
namespace {

TEST_SUITE("text/display_date") {
  TEST_CASE("weekday names, numeric zones and year-first numeric dates") {
    CHECK(Iso("Tue Mar 26 15:14:03 +0000 2024") == "2024-03-26T15:14:03Z");
    CHECK(Iso("Wed Jan 03 10:00:00 UTC 2024") == "2024-01-03T10:00:00Z");
    CHECK(Iso("12 Mar 2021") == "2021-03-12T00:00:00Z");
    CHECK(Iso("2021.11.16") == "2021-11-16T00:00:00Z");
  }

  TEST_CASE("ParseTimestamp takes quoted dates and Java zone suffixes") {
    REQUIRE(ParseTimestamp("\"2024-01-05T10:00:00.000Z\""));
    REQUIRE(ParseTimestamp("2024-01-05T10:00:00Z[UTC]"));
    CHECK(FormatIsoTime(*ParseTimestamp("2024-01-05T10:00:00Z[UTC]")) == "2024-01-05T10:00:00Z");
  }
}

}  // namespace
}  // namespace dataaudit
