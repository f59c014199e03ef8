// `--format tsv`: every field of every input as one row of tab-separated values, under
// one header row, for spreadsheets and `cut`/`awk`. Cells are written as the report
// holds them (samples redacted unless --show-values); a tab, newline or carriage return
// inside a cell becomes a space so that rows stay rows. An input that failed gives a
// row with its error and no field.

#include <fmt/format.h>

#include "print/printer.h"
#include "text/timestamp.h"

namespace dataaudit {
namespace {

constexpr const char* kHeader =
    "input\tplatform\tfile\tpath\tcategory\tkind\tconfidence\trule\tvalues\tdistinct\tfirst_seen\tlast_seen\t"
    "sample\terror";

std::string Cell(std::string_view text) {
  std::string cell(text);
  for (char& c : cell)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return cell;
}

std::string Date(const std::optional<std::int64_t>& time) { return time ? FormatDate(*time) : ""; }

void Rows(const ArchiveReport& a, std::ostream& out) {
  if (a.failed && a.fields.empty()) {
    out << fmt::format("{}\t{}\t\t\t\t\t\t\t\t\t\t\t\t{}\n", Cell(a.input), a.platform, Cell(a.error));
    return;
  }
  for (const FieldEntry& f : a.fields)
    out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", Cell(a.input), a.platform, Cell(f.file),
                       Cell(f.path), f.category, f.kind, f.confidence, f.rule, f.count, f.distinct, Date(f.first_seen),
                       Date(f.last_seen), Cell(f.sample), a.failed ? Cell(a.error) : "");
}

}  // namespace

void PrintTsv(const Report& report, const PrintStyle&, std::ostream& out) {
  out << kHeader << '\n';
  for (const ArchiveReport& a : report.archives) Rows(a, out);
}

}  // namespace dataaudit
