#pragma once
// Dates as exports print them for people: Meta's HTML ("Jun 04, 2025 6:46:10 pm"),
// Google My Activity ("Mar 8, 2018, 5:14:40 PM UTC", "8 mars 2018, 17:14:40 UTC"),
// and day-first numeric dates ("04.06.2025 18:46", "04/06/2025"). Month names in
// English, German, French, Spanish and Dutch. Every word must be understood (month,
// day, year, time, am/pm, "at"-words, a time zone abbreviation), so free text that
// merely mentions a date is never read as one. The zone is ignored: times are taken
// as UTC, which is exact to the day that first/last-seen reports show.

#include <cstdint>
#include <optional>
#include <string_view>

namespace dataaudit {

/// Seconds since the epoch, or nullopt when `text` is not such a date.
std::optional<std::int64_t> ParseDisplayDate(std::string_view text);

}  // namespace dataaudit
