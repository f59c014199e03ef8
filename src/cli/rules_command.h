#pragma once
// `dataaudit rules list|test|lint [--no-default-rules] [DIR...]`: the rule tooling.
//
//   list  every rule in force (the defaults, then DIR...): id, category, kind,
//         confidence and the file it comes from;
//   test  runs every rule's own match/no_match examples (CheckRuleExamples);
//   lint  checks the rule files of DIR... (or, without DIR, the default rule files)
//         without running them (LintRuleFiles).
//
// Exit status: 0 pass; 1 an example failed or lint found a problem; 2 the rules could
// not be loaded (test, list), a DIR could not be read, or the command line is wrong.

#include <ostream>
#include <string>
#include <vector>

namespace dataaudit {

/// `args` are the arguments after "rules". The result goes to `out`, errors to `err`.
int RunRulesCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace dataaudit
