#pragma once
// Pieces shared by the files of the HTML printer (html_printer.cpp, html_tables.cpp,
// html_map.cpp, html_timeline.cpp): escaping and the sections each file writes.
// Everything that came from the archive goes through HtmlEscape.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace dataaudit {

/// `text` safe in HTML text and in a quoted attribute: & < > " ' escaped, control
/// characters (but tab and newline) replaced by a space.
std::string HtmlEscape(std::string_view text);

/// Degrees without an exponent and without trailing zeros: "0.00005", "0.1", "2".
std::string HtmlDegrees(double degrees);

/// "2024-01-12", or "" when unknown.
std::string HtmlDate(const std::optional<std::int64_t>& time);

/// Per category: its kinds with field and value counts, and every field (sortable and
/// filterable). `id` prefixes the element ids of this archive.
void WriteHtmlCategories(const ArchiveReport& archive, std::string_view id, std::ostream& out);
/// The values behind each kind, redacted unless the report shows values.
void WriteHtmlValues(const ArchiveReport& archive, std::string_view id, std::ostream& out);
/// The map of every position (an SVG over the world outline), framed on the positions.
void WriteHtmlMap(const MapReport& map, bool values_shown, std::ostream& out);
/// One SVG bar chart per category of records per period.
void WriteHtmlTimeline(const TimelineReport& timeline, std::ostream& out);

}  // namespace dataaudit
