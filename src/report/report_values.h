#pragma once
// The parts of the report that show the data itself: the values behind each field and
// kind, the timeline and the map. Built from the audit's raw counts, redacted here (by
// report/redact.h) unless values are shown, so that printers only format.

#include <vector>

#include "audit/audit_result.h"
#include "report/report.h"
#include "rules/rule_set.h"

namespace dataaudit {

/// The kind a field's top values belong to: the one that claimed most of its values
/// ("unclassified" when no rule claimed most).
std::string DominantKind(const FieldStats& field);

/// `field`'s top values as report entries, redacted as values of `kind` unless shown.
std::vector<ValueEntry> FieldValueEntries(const FieldStats& field, const std::string& kind, bool show_values);

/// Per kind of `entries` (the report's fields), the top values of its fields (each
/// field's values counted under its DominantKind) summed by value, then redacted. The
/// counts are those of the fields' counters, so a kind's count is within the sum of
/// its fields' errors of the truth (`error` holds that sum).
std::vector<KindValues> BuildKindValues(const AuditResult& result, const std::vector<FieldEntry>& entries,
                                        bool show_values);

/// Periods of a day when the dated records span at most 92 days, of a week (from
/// Monday) up to three years, else of a month.
TimelineReport BuildTimeline(const Timeline& timeline);

/// The positions of every `positions` headline; on a grid of at least 0.1 degrees
/// (about 11 km) unless values are shown.
MapReport BuildMap(const HeadlineTallies& tallies, const std::vector<HeadlineSpec>& specs, bool show_values);

}  // namespace dataaudit
