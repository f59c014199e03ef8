#pragma once
// The report: plain data that printers render. Everything a printer shows is decided
// here (order, redaction, totals), so printers only format.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_result.h"

namespace dataaudit {

/// One of the most frequent distinct values of a field or a kind (fields/top_values.h:
/// `count` overestimates the true count by at most `error`).
struct ValueEntry {
  std::string value;  ///< Redacted unless values are shown.
  std::uint64_t count = 0;
  std::uint64_t error = 0;
  std::optional<std::int64_t> first_seen, last_seen;
  bool sensitive = false;  ///< Touches a GDPR Article 9 category (ad interests, inferences).
};

struct FieldEntry {
  std::string file;
  std::string path;
  std::string category;  ///< A rule category, or "unclassified".
  std::string kind;
  std::string holds;  ///< One line: what this kind of data is.
  std::string rule;
  std::string confidence;
  std::uint64_t count = 0;
  std::uint64_t distinct = 0;
  std::optional<std::int64_t> first_seen, last_seen;
  std::string sample;  ///< Redacted unless values are shown.
  std::vector<ValueEntry> top_values;  ///< The field's most frequent values, most frequent first.
};

/// The values behind one kind: its fields' top values summed by value.
struct KindValues {
  std::string category;
  std::string kind;
  std::string holds;
  std::uint64_t fields = 0;
  std::uint64_t values = 0;
  std::vector<ValueEntry> top;  ///< Most frequent first, at most kKindTopValues.
};
inline constexpr std::size_t kKindTopValues = 20;

/// Dated records per period and category: when the platform collected what.
struct TimelineReport {
  std::string unit;  ///< "day", "week" (from Monday) or "month", chosen by the span.
  std::optional<std::int64_t> first, last;  ///< The first and last period's start.
  struct Series {
    std::string category;
    std::vector<std::pair<std::int64_t, std::uint64_t>> periods;  ///< (period start, records), in order.
  };
  std::vector<Series> series;  ///< In report order of the categories.
};

/// Every position of the input, thinned on a grid (headlines/map_grid.h).
struct MapReport {
  double grid_degrees = 0;  ///< Cell size; 0.1 degrees at least unless values are shown.
  std::uint64_t positions = 0;
  std::vector<MapCell> cells;
};

struct CategoryTotals {
  std::string category;
  std::uint64_t fields = 0;
  std::uint64_t values = 0;
  bool selected = true;  ///< False for a category --category left out (report/filter.h).
};

struct ReportDiagnostic {
  std::string file;
  std::string severity;  ///< "error" or "warning".
  std::string message;
};

/// Ad interests and inferences that touch a GDPR Article 9 special category.
struct SensitiveSummary {
  std::uint64_t count = 0;
  std::vector<std::pair<std::string, std::uint64_t>> categories;  ///< Sorted by name.
  std::vector<std::string> values;  ///< The flagged values; only when values are shown.
};

/// One fact a person cares about ("38 IP addresses, 2016 to 2024"), counted over the
/// whole input as its definition in rules/headlines.toml says (report/headlines.h).
struct Headline {
  std::string id;  ///< e.g. "ip_addresses"
  std::uint64_t count = 0;
  bool estimate = false;  ///< The count is an estimate (too many distinct values to keep).
  std::optional<std::int64_t> first_seen, last_seen;
  std::string text;
  std::vector<std::string> fields;  ///< "file#path" of the fields it was computed from, sorted.
};

struct ArchiveReport {
  std::string input;
  std::vector<std::string> parts;      ///< The files of a multi-part export (else just input).
  std::string platform = "unknown";    ///< The best-scoring platform.
  std::vector<std::string> platforms;  ///< Every platform detected, best first.
  /// What the detection rested on, strongest first: "name: <glob> in <member>",
  /// "content: <signature> in <member>", or "declared: --platform <name>".
  std::vector<std::string> platform_evidence;
  bool failed = false;  ///< The input could not be audited (fully); see error.
  std::string error;
  FileCounts files;
  std::vector<Headline> headlines;
  std::vector<CategoryTotals> summary;  ///< Every category in report order, then "unclassified".
  SensitiveSummary sensitive;
  std::vector<FieldEntry> fields;       ///< Sorted by file, path, category, kind.
  std::vector<ReportDiagnostic> diagnostics;
  bool values_shown = false;  ///< --show-values: values are not redacted.
  std::vector<KindValues> kind_values;  ///< Per kind, in report order of categories, then by kind.
  TimelineReport timeline;
  MapReport map;
};

struct Report {
  std::vector<ArchiveReport> archives;
};

}  // namespace dataaudit
