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
};

using PrintFunction = void (*)(const Report&, const PrintStyle&, std::ostream&);

struct PrinterEntry {
  std::string_view name;
  std::string_view description;
  PrintFunction print;
};

/// Every printer, sorted by name.
std::span<const PrinterEntry> AllPrinters();
const PrinterEntry* FindPrinter(std::string_view name);

void PrintJson(const Report& report, const PrintStyle& style, std::ostream& out);
void PrintText(const Report& report, const PrintStyle& style, std::ostream& out);

}  // namespace dataaudit
