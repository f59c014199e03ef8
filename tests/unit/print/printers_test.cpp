#include <doctest/doctest.h>

#include <algorithm>

#include "print/printer.h"

namespace dataaudit {
namespace {

TEST_SUITE("print/printers") {
  TEST_CASE("printers are sorted by name, unique, and found by name") {
    const auto printers = AllPrinters();
    REQUIRE(!printers.empty());
    CHECK(std::is_sorted(printers.begin(), printers.end(),
                         [](const PrinterEntry& a, const PrinterEntry& b) { return a.name < b.name; }));
    CHECK(std::adjacent_find(printers.begin(), printers.end(), [](const PrinterEntry& a, const PrinterEntry& b) {
            return a.name == b.name;
          }) == printers.end());
    for (const PrinterEntry& p : printers) {
      CAPTURE(p.name);
      CHECK(FindPrinter(p.name) == &p);
      CHECK(static_cast<bool>(p.print));
      CHECK(!p.description.empty());
    }
    CHECK(FindPrinter("xml") == nullptr);
  }

  TEST_CASE("only ndjson streams, and the JSON printers are for programs") {
    CHECK(static_cast<bool>(FindPrinter("ndjson")->print_archive));
    CHECK_FALSE(static_cast<bool>(FindPrinter("json")->print_archive));
    CHECK_FALSE(static_cast<bool>(FindPrinter("text")->print_archive));
    CHECK(FindPrinter("json")->for_programs);
    CHECK(FindPrinter("ndjson")->for_programs);
    CHECK_FALSE(FindPrinter("text")->for_programs);
    CHECK_FALSE(FindPrinter("summary")->for_programs);
  }
}

}  // namespace
}  // namespace dataaudit
