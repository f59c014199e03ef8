// The summary report: one table row per archive, for a batch of exports at a glance:
// the input, its platform(s), "fields/values" for each category of the summary (in
// report order, unclassified last) and the number of members with errors, followed by
// the input's own error when it could not be audited.

#include <fmt/format.h>

#include "print/printer.h"
#include "print/sanitize.h"
#include "print/table.h"

namespace dataaudit {
namespace {

TableRow Header(const Report& report) {
  TableRow row{"input", "platform"};
  if (!report.archives.empty())
    for (const CategoryTotals& totals : report.archives.front().summary) row.push_back(totals.category);
  row.push_back("errors");
  return row;
}

TableRow ArchiveRow(const ArchiveReport& a) {
  TableRow row{SanitizeForTerminal(a.input),
               a.platforms.size() > 1 ? fmt::format("{}", fmt::join(a.platforms, "+")) : a.platform};
  for (const CategoryTotals& totals : a.summary) row.push_back(fmt::format("{}/{}", totals.fields, totals.values));
  std::string errors = std::to_string(a.files.errors);
  if (a.failed) errors += "; input failed: " + SanitizeForTerminal(a.error);
  row.push_back(std::move(errors));
  return row;
}

}  // namespace

void PrintSummary(const Report& report, const PrintStyle&, std::ostream& out) {
  std::vector<TableRow> rows{Header(report)};
  for (const ArchiveReport& a : report.archives) rows.push_back(ArchiveRow(a));
  PrintTable(rows, out);
}

}  // namespace dataaudit
