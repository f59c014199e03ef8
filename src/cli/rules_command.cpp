#include "cli/rules_command.h"

#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/suggest.h"
#include "print/table.h"
#include "classify/rule_check.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr int kPass = 0, kFail = 1, kError = 2;

struct RulesArgs {
  std::vector<std::string> dirs;
  bool default_rules = true;
};

const std::vector<std::string> kActions = {"list", "test", "lint"};

constexpr const char* kUsage =
    "usage: dataaudit rules list|test|lint [--no-default-rules] [DIR...]\n"
    "  list  every rule in force: the defaults, then the *.toml files of each DIR\n"
    "  test  run every rule's match and no_match examples; exit 1 when one fails\n"
    "  lint  check the rule files of each DIR (without DIR: the default rule files);\n"
    "        exit 1 on a problem\n";

bool Load(const RulesArgs& a, RuleSet* rules, std::ostream& err) {
  std::vector<std::string> errors;
  if (rules->Load(a.default_rules, a.dirs, &errors)) return true;
  for (const std::string& e : errors) err << "dataaudit rules: error: " << e << '\n';
  return false;
}

int List(const RulesArgs& a, std::ostream& out, std::ostream& err) {
  RuleSet rules;
  if (!Load(a, &rules, err)) return kError;
  std::vector<TableRow> rows{{"id", "category", "kind", "confidence", "file"}};
  for (const Rule& rule : rules.rules())
    rows.push_back({rule.id, rule.category, rule.kind, std::string(ConfidenceName(rule.confidence)), rule.origin});
  std::sort(rows.begin() + 1, rows.end());
  PrintTable(rows, out);
  return kPass;
}

int Test(const RulesArgs& a, std::ostream& out, std::ostream& err) {
  RuleSet rules;
  if (!Load(a, &rules, err)) return kError;
  const ExampleCheck check = CheckRuleExamples(rules);
  for (const std::string& failure : check.failures) out << "FAIL: " << failure << '\n';
  out << fmt::format("rules test: {} rules, {} examples, {} failures\n", check.rules, check.examples,
                     check.failures.size());
  return check.failures.empty() ? kPass : kFail;
}

int Lint(const RulesArgs& a, std::ostream& out, std::ostream& err) {
  std::vector<RuleFileText> files;
  RuleSet base;
  if (a.dirs.empty()) {
    if (a.default_rules) files = DefaultRuleFiles();
  } else {
    for (const std::string& dir : a.dirs)
      if (std::string error; !ReadRuleDirectory(dir, &files, &error)) {
        err << "dataaudit rules: error: " << error << '\n';
        return kError;
      }
    if (a.default_rules && !Load({{}, true}, &base, err)) return kError;
  }
  if (files.empty()) {
    err << "dataaudit rules: error: no rule files to lint\n";
    return kError;
  }
  const LintResult result = LintRuleFiles(files, base);
  for (const std::string& error : result.errors) out << "error: " << error << '\n';
  for (const std::string& note : result.notes) out << "note: " << note << '\n';
  out << fmt::format("rules lint: {} files, {} rules, {} problems\n", result.files, result.rules,
                     result.errors.size());
  return result.errors.empty() ? kPass : kFail;
}

// Parses the arguments after the action; returns -1 to go on, else the exit status.
int Parse(const std::string& action, const std::vector<std::string>& args, RulesArgs* out, std::ostream& o,
          std::ostream& e) {
  CLI::App app{fmt::format("dataaudit rules {}", action), fmt::format("dataaudit rules {}", action)};
  app.add_option("dir", out->dirs, "Directories of *.toml rule files, loaded after the defaults")->type_name("DIR");
  app.add_flag("!--no-default-rules", out->default_rules, "Leave out the default rules");
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return app.exit(error, o, e) == 0 ? kPass : kError;
  }
  return -1;
}

}  // namespace

int RunRulesCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << "dataaudit rules: missing command (list, test or lint); to audit a file or folder named 'rules', "
           "write ./rules\n"
        << kUsage;
    return kError;
  }
  const std::string& action = args.front();
  if (action == "-h" || action == "--help") {
    out << kUsage;
    return kPass;
  }
  if (std::find(kActions.begin(), kActions.end(), action) == kActions.end()) {
    err << "dataaudit rules: " << UnknownNameMessage("command", action, kActions) << '\n' << kUsage;
    return kError;
  }
  RulesArgs parsed;
  if (const int status = Parse(action, {args.begin() + 1, args.end()}, &parsed, out, err); status >= 0) return status;
  if (action == "list") return List(parsed, out, err);
  if (action == "test") return Test(parsed, out, err);
  return Lint(parsed, out, err);
}

}  // namespace dataaudit
