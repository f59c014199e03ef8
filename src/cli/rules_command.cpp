#include "cli/rules_command.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/command_line.h"
#include "cli/options.h"
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
  std::string format = "text";
};

const std::vector<std::string> kActions = {"list", "test", "lint"};

constexpr const char* kUsage =
    "usage: dataaudit rules list|test|lint [--no-default-rules] [--rules DIR]... [DIR...]\n"
    "  list  every rule in force: the defaults, then the *.toml files of each DIR;\n"
    "        --format json for a JSON array\n"
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
  if (a.format == "json") PrintTableJson(rows, out);
  else PrintTable(rows, out);
  return kPass;
}

// A directory that cannot be read is an error (exit 2); a rule file that does not load
// (an unknown kind, a bad pattern) is a failure of the rules under test (exit 1).
int Test(const RulesArgs& a, std::ostream& out, std::ostream& err) {
  for (const std::string& dir : a.dirs) {
    std::vector<RuleFileText> files;
    if (std::string error; !ReadRuleDirectory(dir, &files, &error)) {
      err << "dataaudit rules: error: " << error << '\n';
      return kError;
    }
  }
  RuleSet rules;
  std::vector<std::string> errors;
  if (!rules.Load(a.default_rules, a.dirs, &errors)) {
    for (const std::string& e : errors) out << "FAIL: " << e << '\n';
    out << fmt::format("rules test: the rules do not load, {} failures\n", errors.size());
    return kFail;
  }
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
  // $DATAAUDIT_RULES's folders first, then DIR and --rules DIR in the order given.
  out->dirs = RuleDirsFromEnvironment();
  OptionParser parser("dataaudit rules " + action);
  parser.Add(TextList("--rules", "DIR", "", "", &out->dirs));
  parser.Add(Flag("--no-default-rules", "", "", [out] { out->default_rules = false; }));
  parser.Add(Choice("-f,--format", "FORMAT", "", "", {"text", "json"}, [out](const std::string& v) { out->format = v; }));
  parser.Add(Flag("-h,--help", "", "", [&o] { o << kUsage; }));
  std::vector<std::string> dirs;
  if (std::string error = parser.Parse(args, &dirs); !error.empty()) {
    e << "dataaudit rules: error: " << error << '\n' << kUsage;
    return kError;
  }
  if (std::find(args.begin(), args.end(), "--help") != args.end() || std::find(args.begin(), args.end(), "-h") != args.end())
    return kPass;
  out->dirs.insert(out->dirs.end(), dirs.begin(), dirs.end());
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
