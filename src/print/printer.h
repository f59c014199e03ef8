#pragma once
// Printers render a finished Report; they decide nothing about the data. Terminal
// policy (colour, how many top fields) is decided once by the caller and passed in, so
// printers never look at the environment and their output is golden-testable.

#include <cstddef>
#include <ostream>
#include <span>
#include <string_view>

#include "report/report.h"

namespace dataaudit {

struct PrintStyle {
  bool color = false;
  std::size_t top_fields = 5;  ///< Fields listed per category in the text report.
  std::size_t width = 100;     ///< Columns the text report fits in (long paths are shortened).
  bool values = false;  ///< The text report lists the top values of each kind (--values).
};

using PrintFunction = void (*)(const Report&, const PrintStyle&, std::ostream&);
using PrintArchiveFunction = void (*)(const ArchiveReport&, const PrintStyle&, std::ostream&);

struct PrinterEntry {
  std::string_view name;
  std::string_view description;
  PrintFunction print;  ///< The whole report, once every input is audited.
  /// Set for streaming printers, whose output for one archive stands alone: the caller
  /// prints (and flushes) each archive as soon as it and the ones before it are audited,
  /// and `print(report)` is the same as `print_archive` for each archive in turn.
  PrintArchiveFunction print_archive = nullptr;
  /// Output for programs (JSON) rather than people. The progress line does not depend
  /// on it (it goes to standard error, whatever the format).
  bool for_programs = false;
};

/// Every printer, sorted by name (a unit test checks the order).
std::span<const PrinterEntry> AllPrinters();
const PrinterEntry* FindPrinter(std::string_view name);

void PrintHtml(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintJson(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintNdjson(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintNdjsonArchive(const ArchiveReport& archive, const PrintStyle& style, std::ostream& out);
void PrintSummary(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintText(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintTsv(const Report& report, const PrintStyle& style, std::ostream& out);

}  // namespace dataaudit
