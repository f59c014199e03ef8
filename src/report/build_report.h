#pragma once
// Shapes an AuditResult into an ArchiveReport: one entry per field and kind, the
// redundant top folder of a re-zipped export stripped from member paths (so a zip, a
// tar.gz and a directory of one export read the same), totals per category, and samples
// redacted unless the user asked to see values.

#include "audit/audit_result.h"
#include "report/report.h"
#include "rules/rule_set.h"

namespace dataaudit {

struct ReportOptions {
  bool show_values = false;
};

ArchiveReport BuildArchiveReport(AuditResult result, const RuleSet& rules, const ReportOptions& options);

/// The first path segment shared by every top-level member (to strip), or "" when there
/// is none (or a member sits at the root).
std::string CommonTopFolder(const AuditResult& result);

}  // namespace dataaudit
