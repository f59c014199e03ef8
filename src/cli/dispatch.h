#pragma once
// Which command a command line holds. `rules`, `list` and `explain` are commands only as the very
// first argument, and then always, whatever files exist (a source tree has a rules/
// folder); to audit a file or folder of that name, write ./rules. Anything else is an
// audit, whose first argument may be an input path.

#include <string>
#include <vector>

namespace dataaudit {

enum class Command { kAudit, kRules, kList, kExplain };

Command CommandOf(const std::vector<std::string>& args);  ///< args: argv without argv[0].

/// When `input` does not exist and is a likely typo of a command name ("rule", "lsit"),
/// that command's name; otherwise "".
std::string MistypedCommand(const std::string& input);

}  // namespace dataaudit
