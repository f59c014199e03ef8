#include "cli/list_command.h"

#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/selection.h"
#include "cli/suggest.h"
#include "detect/detector.h"
#include "print/printer.h"
#include "print/table.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr int kPass = 0, kError = 2;

const std::vector<std::string> kLists = {"categories", "detectors", "kinds", "platforms", "printers"};

constexpr const char* kUsage =
    "usage: dataaudit list platforms|detectors|categories|kinds|printers [--rules DIR]... [--no-default-rules]\n";

std::vector<TableRow> Platforms(const RuleSet& rules) {
  std::vector<TableRow> rows;
  for (const PlatformInfo& p : rules.platforms()) rows.push_back({p.name, p.display});
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::vector<TableRow> Detectors() {
  std::vector<TableRow> rows;
  for (const Detector& d : AllDetectors()) rows.push_back({std::string(d.name), std::string(d.description)});
  return rows;
}

// Each category with its kinds, in report order.
std::vector<TableRow> CategoryRows(const RuleSet& rules) {
  std::vector<TableRow> rows;
  for (const std::string& category : CategoryNames()) {
    std::vector<std::string> kinds;
    for (const KindInfo& k : rules.kinds())
      if (k.category == category) kinds.push_back(k.name);
    std::sort(kinds.begin(), kinds.end());
    if (category == "unclassified") kinds = {"values that no rule claims"};
    rows.push_back({category, fmt::format("{}", fmt::join(kinds, ", "))});
  }
  return rows;
}

std::vector<TableRow> Kinds(const RuleSet& rules) {
  std::vector<TableRow> rows;
  for (const KindInfo& k : rules.kinds()) rows.push_back({k.name, k.category, k.description});
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::vector<TableRow> Printers() {
  std::vector<TableRow> rows;
  for (const PrinterEntry& p : AllPrinters()) rows.push_back({std::string(p.name), std::string(p.description)});
  return rows;
}

}  // namespace

int RunListCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << "dataaudit list: what to list? " << kUsage;
    return kError;
  }
  const std::string& what = args.front();
  if (what == "-h" || what == "--help") {
    out << kUsage;
    return kPass;
  }
  if (std::find(kLists.begin(), kLists.end(), what) == kLists.end()) {
    err << "dataaudit list: " << UnknownNameMessage("list", what, kLists) << '\n' << kUsage;
    return kError;
  }
  CLI::App app{fmt::format("dataaudit list {}", what), fmt::format("dataaudit list {}", what)};
  std::vector<std::string> dirs;
  bool defaults = true;
  app.add_option("--rules", dirs, "Also load the *.toml rule files in DIR (repeatable)")->type_name("DIR");
  app.add_flag("!--no-default-rules", defaults, "Leave out the default rules");
  std::vector<std::string> reversed(args.rbegin(), args.rend() - 1);
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return app.exit(error, out, err) == 0 ? kPass : kError;
  }
  RuleSet rules;
  std::vector<std::string> errors;
  if (!rules.Load(defaults, dirs, &errors)) {
    for (const std::string& e : errors) err << "dataaudit list: error: " << e << '\n';
    return kError;
  }
  if (what == "platforms") PrintTable(Platforms(rules), out);
  else if (what == "detectors") PrintTable(Detectors(), out);
  else if (what == "categories") PrintTable(CategoryRows(rules), out);
  else if (what == "kinds") PrintTable(Kinds(rules), out);
  else PrintTable(Printers(), out);
  return kPass;
}

}  // namespace dataaudit
