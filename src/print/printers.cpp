#include <array>

#include "print/printer.h"

namespace dataaudit {
namespace {

// Sorted by name. A new printer is one file in src/print/ and one line here; --format,
// `dataaudit list printers` and the shell completions take their names from this list.
constexpr std::array<PrinterEntry, 6> kPrinters = {{
    {"html", "one self-contained HTML page with map, timeline and values, for a browser (works offline)",
     PrintHtml},
    {"json", "one JSON document for scripts (see JSON OUTPUT in the man page)", PrintJson, nullptr, true},
    {"ndjson", "one JSON object per input and line, each written as soon as that input is audited", PrintNdjson,
     PrintNdjsonArchive, true},
    {"summary", "one table row per input: platform, fields/values per category, errors", PrintSummary},
    {"text", "a readable terminal report (the default)", PrintText},
    {"tsv", "every field as a row of tab-separated values under a header row, for spreadsheets", PrintTsv},
}};

}  // namespace

std::span<const PrinterEntry> AllPrinters() { return kPrinters; }

const PrinterEntry* FindPrinter(std::string_view name) {
  for (const PrinterEntry& printer : kPrinters)
    if (printer.name == name) return &printer;
  return nullptr;
}

}  // namespace dataaudit
