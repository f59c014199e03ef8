#pragma once
// Reads the time a record carries, so each field can say when it was first and last seen.
//
// Accepted: ISO 8601 dates and date-times ("2024-01-05", "2024-01-05T10:11:12.5Z",
// "2024-01-05 10:11:12 +0100", "2024-01-05T10:11:12+01:00"), and epoch numbers in
// seconds, milliseconds or microseconds (as JSON numbers or digit strings), and dates
// written for people (text/display_date.h: "Jun 04, 2025 6:46:10 pm"). Results
// outside 1995..2100 are rejected, so counters and IDs are not read as dates.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dataaudit {

/// Seconds since the Unix epoch (UTC), or nullopt when `text` is not a timestamp.
std::optional<std::int64_t> ParseTimestamp(std::string_view text);

/// "YYYY-MM-DD" for a Unix time, in UTC.
std::string FormatDate(std::int64_t unix_seconds);

/// "YYYY-MM-DDThh:mm:ssZ" for a Unix time.
std::string FormatIsoTime(std::int64_t unix_seconds);

}  // namespace dataaudit
