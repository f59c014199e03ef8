#pragma once
// Filters applied to a finished report before it is printed (--category, --kind,
// --min-confidence), and the --fail-on test, which looks at the filtered report. Names
// are checked against the rules by the caller (src/cli/selection.h); here a name that
// matches nothing simply selects nothing.

#include <optional>
#include <string>
#include <vector>

#include "report/report.h"
#include "rules/rule.h"

namespace dataaudit {

/// Which field entries to keep. Each condition that is set must hold (they combine
/// with AND); a list holds when the entry's category (kind) is any of its names.
struct FieldFilter {
  std::vector<std::string> categories;  ///< Empty: any; may name "unclassified".
  std::vector<std::string> kinds;       ///< Empty: any; may name "unclassified".
  /// Unset: any. Set: entries whose rule's confidence is at least this; unclassified
  /// entries, which have no confidence, are dropped.
  std::optional<Confidence> min_confidence;

  bool active() const { return !categories.empty() || !kinds.empty() || min_confidence.has_value(); }
  bool Keeps(const FieldEntry& entry) const;
};

/// Keeps the fields that `filter` selects and recomputes the per-category totals from
/// them, marking the categories --category leaves out as not selected (printers leave
/// them out rather than print "0 fields"); keeps the headlines computed from a field that
/// is left (their counts, taken over the whole input, stay), the values of the kinds left,
/// the timeline of the categories left, and the map only while a location field is left.
/// The file counts, diagnostics, the possibly sensitive
/// summary and the input's error are left as they are. Does nothing when the filter is
/// not active.
void ApplyFilter(const FieldFilter& filter, ArchiveReport* archive);

/// One --fail-on term: a category, a kind, or a kind within a category. An empty
/// member matches anything.
struct FailOnTerm {
  std::string category;
  std::string kind;

  bool Matches(const FieldEntry& entry) const;
};

/// Which term matched which field first (fields in report order, terms in the order given).
struct FailOnMatch {
  const FailOnTerm* term = nullptr;
  const FieldEntry* field = nullptr;
};

/// The first field entry of `archive` that some term matches, if any.
std::optional<FailOnMatch> FindFailOnMatch(const std::vector<FailOnTerm>& terms, const ArchiveReport& archive);

/// True when some field entry of `archive` matches some term.
bool FailOnMatched(const std::vector<FailOnTerm>& terms, const ArchiveReport& archive);

/// "low", "medium" or "high" as a Confidence; nullopt for anything else.
std::optional<Confidence> ParseConfidence(std::string_view name);

}  // namespace dataaudit
