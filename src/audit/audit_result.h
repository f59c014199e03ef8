#pragma once
// What auditing one input produced, before it is shaped into a report.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "fields/field_stats.h"
#include "fields/timeline.h"
#include "headlines/headline_tally.h"
#include "platforms/platform_evidence.h"

namespace dataaudit {

enum class Severity : std::uint8_t { kWarning, kError };

struct AuditDiagnostic {
  std::string file;  ///< Member path, or empty for the input as a whole.
  Severity severity = Severity::kError;
  std::string message;
};

struct FileCounts {
  std::uint64_t total = 0;         ///< Regular members, nested ones included.
  std::uint64_t parsed = 0;        ///< Read to the end by a document reader (or opened, for archives).
  std::uint64_t skipped = 0;       ///< Media and members left out by a limit.
  std::uint64_t unrecognised = 0;  ///< Members in no format dataaudit reads.
  std::uint64_t errors = 0;        ///< Members that could not be parsed or read fully.
};

struct AuditResult {
  std::string input;               ///< The input, or the first part of a multi-part export.
  std::vector<std::string> parts;  ///< Every part, in order (one for a single input).
  bool input_failed = false;  ///< The input could not be opened or read to its end.
  std::string input_error;
  FileCounts files;
  std::vector<std::string> platforms;  ///< Detected (or declared) platforms, best first.
  std::vector<PlatformEvidence> platform_evidence;  ///< What `platforms` rests on, strongest first.
  /// The first path segment of every top-level member ("" for a file at the root), so
  /// the report can strip a folder that every member shares, whether or not it had fields.
  std::set<std::string> top_segments;
  std::vector<FieldStats> fields;
  /// The headlines' counts over the whole input, one per headline definition.
  HeadlineTallies headlines;
  /// Dated records per day and category (fields/timeline.h).
  Timeline timeline;
  std::vector<AuditDiagnostic> diagnostics;
};

}  // namespace dataaudit
