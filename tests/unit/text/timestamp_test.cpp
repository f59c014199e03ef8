#include "text/timestamp.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>

namespace dataaudit {
namespace {

constexpr std::int64_t kJan5 = 1704412800;              // 2024-01-05T00:00:00Z
constexpr std::int64_t kJan5At101112 = kJan5 + 36672;   // 2024-01-05T10:11:12Z
constexpr std::int64_t kFirstSecond = 788918400;        // 1995-01-01T00:00:00Z
constexpr std::int64_t kEndSecond = 4102444800;         // 2100-01-01T00:00:00Z

struct Case {
  std::string_view text;
  std::optional<std::int64_t> seconds;
};

void CheckAll(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(ParseTimestamp(c.text) == c.seconds);
  }
}

TEST_SUITE("text/timestamp") {
  TEST_CASE("epoch numbers in seconds, milliseconds and microseconds") {
    CheckAll({
        {"1700000000", 1700000000},
        {"1700000000123", 1700000000},
        {"1700000000999", 1700000000},
        {"1700000000123456", 1700000000},
        {"800000000", 800000000},             // 9 digits: 1995
        {"1700000000.5", 1700000000},
        {"1700000000.", 1700000000},
        {"1700000000123.25", 1700000000},
    });
  }

  TEST_CASE("digit strings of other lengths are not epochs") {
    CheckAll({
        {"12345678", std::nullopt},             // too short
        {"17000000001", std::nullopt},          // 11 digits
        {"17000000001234", std::nullopt},       // 14 digits
        {"17000000001234567", std::nullopt},    // 17 digits
        {"1700000000.5x", std::nullopt},
        {"-1700000000", std::nullopt},
        {"1,700,000,000", std::nullopt},
    });
  }

  TEST_CASE("results outside 1995 to 2100 are rejected") {
    CheckAll({
        {"788918400", kFirstSecond},
        {"788918399", std::nullopt},
        {"4102444799", kEndSecond - 1},
        {"4102444800", std::nullopt},
        {"170000000", std::nullopt},           // 1975
        {"9999999999", std::nullopt},
        {"788918400000", kFirstSecond},
        {"788918399999", std::nullopt},
        {"1995-01-01", kFirstSecond},
        {"1994-12-31", std::nullopt},
        {"1994-12-31T23:59:59Z", std::nullopt},
        {"2099-12-31T23:59:59Z", kEndSecond - 1},
        {"2100-01-01", std::nullopt},
        {"0000-01-01", std::nullopt},
        {"1995-01-01T00:30:00+01:00", std::nullopt},  // 1994 in UTC
        {"2099-12-31T23:30:00-01:00", std::nullopt},  // 2100 in UTC
    });
  }

  TEST_CASE("ISO 8601 dates and date-times with zones") {
    CheckAll({
        {"2024-01-05", kJan5},
        {"2024-01-05T10:11:12Z", kJan5At101112},
        {"2024-01-05T10:11:12.5Z", kJan5At101112},
        {"2024-01-05T10:11:12.123Z", kJan5At101112},
        {"\"2024-01-05T10:11:12.123Z\"", kJan5At101112},  // quoted inside the string (Discord)
        {"\"1704449472\"", kJan5At101112},
        {"2024-01-05T10:11:12Z[UTC]", kJan5At101112},  // Java's zone suffix
        {"2024-01-05T10:11:12.Z", kJan5At101112},
        {"2024-01-05T10:11:12,123456Z", kJan5At101112},
        {"2024-01-05T10:11:12", kJan5At101112},
        {"2024-01-05 10:11:12", kJan5At101112},
        {"2024-01-05T10:11", kJan5At101112 - 12},
        {"2024-01-05T10:11Z", kJan5At101112 - 12},
        {"2024-01-05T10:11:12+01:00", kJan5At101112 - 3600},
        {"2024-01-05T10:11:12.250+01:00", kJan5At101112 - 3600},
        {"2024-01-05 10:11:12 +0100", kJan5At101112 - 3600},
        {"2024-01-05T10:11:12+01", kJan5At101112 - 3600},
        {"2024-01-05T10:11:12-05:30", kJan5At101112 + 5 * 3600 + 1800},
        {"2024-01-05 10:11:12 UTC", kJan5At101112},
        {"2024-01-05 10:11:12 GMT", kJan5At101112},
        {"2024-01-05Z", kJan5},
        {"2000-02-29", 951782400},
        {"2016-12-31T23:59:60Z", 1483228800},  // leap second
    });
  }

  TEST_CASE("loose year-first dates and named zones are read as display dates") {
    CheckAll({
        {"2024-1-05", 1704412800},
        {"2024/01/05", 1704412800},
        {"2024-01-05 CET", 1704412800},
    });
  }

  TEST_CASE("malformed dates and times are rejected") {
    CheckAll({
        {"", std::nullopt},
        {"yesterday", std::nullopt},
        {"2024-13-01", std::nullopt},
        {"2023-02-29", std::nullopt},
        {"2024-02-30", std::nullopt},
        {"2024-00-10", std::nullopt},
        {"2024-01-00", std::nullopt},
        {"2024-01-05T24:00:00Z", std::nullopt},
        {"2024-01-05T10:60:00Z", std::nullopt},
        {"2024-01-05T10:11:61Z", std::nullopt},
        {"2024-02-30T10:11:12.000Z", std::nullopt},
        {"2024-01-05T10:11:12.1a3Z", std::nullopt},
        {"2024-01-05T10:11:12:123Z", std::nullopt},
        {"1994-12-31T23:59:59.999Z", std::nullopt},  // before 1995
        {"2024-01-05T1:11:12Z", std::nullopt},
        {"2024-01-05T10-11-12Z", std::nullopt},
        {"2024-01-05T", std::nullopt},
        {"2024-01-05X", std::nullopt},
        {"2024-01-05T10:11:12+1", std::nullopt},
        {"2024-01-05T10:11:12 +01:0", std::nullopt},
        {"2024-01-05T10:11:12.123456789012345678901234567890Z", std::nullopt},  // over 40 bytes
    });
  }

  // BUG: ParseZone reads "+hh[:mm]" and ignores whatever follows it, so text after the
  // offset is accepted ("+01:00junk", "+0100 and more") and the hours/minutes of the
  // offset are not range-checked ("+99:99").
  TEST_CASE("text after the zone offset is rejected") {
    CheckAll({
        {"2024-01-05T10:11:12+01:00junk", std::nullopt},
        {"2024-01-05 10:11:12 +0100 and more", std::nullopt},
        {"2024-01-05T10:11:12+99:99", std::nullopt},
    });
  }

  TEST_CASE("repeated and alternating values parse the same every time (the last answer is kept)") {
    for (int round = 0; round < 3; ++round) {
      CHECK(ParseTimestamp("2024-01-05T10:11:12Z") == kJan5At101112);
      CHECK(ParseTimestamp("2024-01-05T10:11:12Z") == kJan5At101112);
      CHECK(ParseTimestamp("2024-01-05T10:11:1") == std::nullopt);  // a prefix of the last one
      CHECK(ParseTimestamp("1704449472") == kJan5At101112);
      CHECK(ParseTimestamp("yesterday") == std::nullopt);
      CHECK(ParseTimestamp("1704449472") == kJan5At101112);
    }
  }

  TEST_CASE("FormatDate gives the UTC day, also before the epoch") {
    struct DateCase {
      std::int64_t seconds;
      std::string_view date;
    };
    const DateCase cases[] = {
        {0, "1970-01-01"},          {86399, "1970-01-01"},     {86400, "1970-01-02"},
        {-1, "1969-12-31"},         {-86400, "1969-12-31"},    {-86401, "1969-12-30"},
        {951782400, "2000-02-29"},  {kJan5At101112, "2024-01-05"}, {kEndSecond - 1, "2099-12-31"},
        {kEndSecond, "2100-01-01"}, {-2208988800, "1900-01-01"},
    };
    for (const DateCase& c : cases) {
      CAPTURE(c.seconds);
      CHECK(FormatDate(c.seconds) == c.date);
    }
  }

  TEST_CASE("FormatIsoTime gives the UTC time of day, also before the epoch") {
    struct TimeCase {
      std::int64_t seconds;
      std::string_view time;
    };
    const TimeCase cases[] = {
        {0, "1970-01-01T00:00:00Z"},
        {-1, "1969-12-31T23:59:59Z"},
        {-86400, "1969-12-31T00:00:00Z"},
        {-86401, "1969-12-30T23:59:59Z"},
        {86399, "1970-01-01T23:59:59Z"},
        {kJan5At101112, "2024-01-05T10:11:12Z"},
        {kEndSecond - 1, "2099-12-31T23:59:59Z"},
    };
    for (const TimeCase& c : cases) {
      CAPTURE(c.seconds);
      CHECK(FormatIsoTime(c.seconds) == c.time);
    }
  }

  TEST_CASE("formatted times parse back to the same second") {
    for (std::int64_t t : {kFirstSecond, kJan5, kJan5At101112, std::int64_t{951782399}, kEndSecond - 1}) {
      CAPTURE(t);
      CHECK(ParseTimestamp(FormatIsoTime(t)) == t);
      CHECK(ParseTimestamp(FormatDate(t)) == t - t % 86400);
    }
  }
}

}  // namespace
}  // namespace dataaudit
