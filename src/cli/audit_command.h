#pragma once
// `dataaudit [options] INPUT...`: loads the rules, audits every input (several at once
// with --jobs), filters each archive's report, and hands it to the chosen printer:
// streaming printers (ndjson) get each archive as soon as it and the ones before it are
// audited, the others the whole report at the end. Only here are exit statuses chosen.

#include "cli/command_line.h"

namespace dataaudit {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  ///< A --fail-on term matched (and nothing failed).
inline constexpr int kExitError = 2;     ///< An input, the rules, the output or the command line failed.

int RunAudit(const CommandLine& cli);

}  // namespace dataaudit
