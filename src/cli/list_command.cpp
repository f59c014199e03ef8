#include "cli/list_command.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/command_line.h"
#include "cli/options.h"
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
    "usage: dataaudit list platforms|detectors|categories|kinds|printers [--rules DIR]... [--no-default-rules]\n"
    "       [--format text|json]\n";

std::vector<TableRow> Platforms(const RuleSet& rules) {
  std::vector<TableRow> rows;
  for (const PlatformInfo& p : rules.platforms()) rows.push_back({p.name, p.display});
  std::sort(rows.begin(), rows.end());
  rows.insert(rows.begin(), {"name", "display"});
  return rows;
}

std::vector<TableRow> Detectors() {
  std::vector<TableRow> rows{{"name", "description"}};
  for (const Detector& d : AllDetectors()) rows.push_back({std::string(d.name), std::string(d.description)});
  return rows;
}

// Each category with its kinds, in report order.
std::vector<TableRow> CategoryRows(const RuleSet& rules) {
  std::vector<TableRow> rows{{"category", "kinds"}};
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
  rows.insert(rows.begin(), {"name", "category", "description"});
  return rows;
}

std::vector<TableRow> Printers() {
  std::vector<TableRow> rows{{"name", "description"}};
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
  std::vector<std::string> dirs = RuleDirsFromEnvironment();
  bool defaults = true;
  std::string format = "text";
  OptionParser parser("dataaudit list " + what);
  parser.Add(TextList("--rules", "DIR", "", "", &dirs));
  parser.Add(Flag("--no-default-rules", "", "", [&] { defaults = false; }));
  parser.Add(Choice("-f,--format", "FORMAT", "", "", {"text", "json"}, [&](const std::string& v) { format = v; }));
  bool help = false;
  parser.Add(Flag("-h,--help", "", "", [&] { help = true; }));
  std::vector<std::string> extra;
  if (std::string error = parser.Parse({args.begin() + 1, args.end()}, &extra); !error.empty() || !extra.empty()) {
    err << "dataaudit list: error: " << (error.empty() ? "unexpected argument '" + extra.front() + "'" : error) << '\n'
        << kUsage;
    return kError;
  }
  if (help) {
    out << kUsage;
    return kPass;
  }
  RuleSet rules;
  std::vector<std::string> errors;
  if (!rules.Load(defaults, dirs, &errors)) {
    for (const std::string& e : errors) err << "dataaudit list: error: " << e << '\n';
    return kError;
  }
  std::vector<TableRow> rows;
  if (what == "platforms") rows = Platforms(rules);
  else if (what == "detectors") rows = Detectors();
  else if (what == "categories") rows = CategoryRows(rules);
  else if (what == "kinds") rows = Kinds(rules);
  else rows = Printers();
  if (format == "json") PrintTableJson(rows, out);
  else PrintTable({rows.begin() + 1, rows.end()}, out);  // the text lists have no header row
  return kPass;
}

}  // namespace dataaudit
