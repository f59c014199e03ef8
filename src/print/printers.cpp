#include <array>

#include "print/printer.h"

namespace dataaudit {
namespace {

constexpr std::array<PrinterEntry, 2> kPrinters = {{
    {"json", "one JSON document for scripts (see JSON OUTPUT in the man page)", PrintJson},
    {"text", "a readable terminal report (the default)", PrintText},
}};

}  // namespace

std::span<const PrinterEntry> AllPrinters() { return kPrinters; }

const PrinterEntry* FindPrinter(std::string_view name) {
  for (const PrinterEntry& printer : kPrinters)
    if (printer.name == name) return &printer;
  return nullptr;
}

}  // namespace dataaudit
