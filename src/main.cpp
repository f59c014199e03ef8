// dataaudit: the command-line entry point. It tells the commands apart (dispatch.h) and
// runs one: `explain` (explain_command.h), an audit (audit_command.h, which chooses the exit status: 0 success, 1 a
// --fail-on term matched, 2 an input, the rules or the command line failed), `rules`
// (rules_command.h) or `list` (list_command.h).

#include <clocale>
#include <iostream>
#include <string>
#include <vector>

#include "cli/audit_command.h"
#include "cli/command_line.h"
#include "cli/dispatch.h"
#include "cli/explain_command.h"
#include "cli/list_command.h"
#include "cli/rules_command.h"

int main(int argc, char** argv) {
  using namespace dataaudit;
  // libarchive converts member names through the C library's character set: under the
  // default "C" locale every non-ASCII name (Meine Aktivitäten/...) came back empty.
  if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr) std::setlocale(LC_CTYPE, "");
  const std::vector<std::string> args(argv + 1, argv + argc);
  switch (CommandOf(args)) {
    case Command::kRules: return RunRulesCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
    case Command::kList: return RunListCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
    case Command::kExplain: return RunExplainCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
    case Command::kAudit: break;
  }
  CommandLine cli;
  const int parsed = ParseCommandLine(argc, argv, &cli);
  if (parsed >= 0) return parsed;
  return RunAudit(cli);
}
