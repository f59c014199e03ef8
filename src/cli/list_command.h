#pragma once
// `dataaudit list platforms|detectors|categories|kinds|printers [--rules DIR]...
// [--no-default-rules]`: what dataaudit knows, one name per line with a description
// after it (the first column is the name, for scripts and shell completion). Platforms
// and kinds come from the rules, so --rules and --no-default-rules apply as in an audit.
//
// Exit status: 0; 2 on an unknown word (with a "did you mean"), rules that do not load
// or a wrong command line.

#include <ostream>
#include <string>
#include <vector>

namespace dataaudit {

/// `args` are the arguments after "list". The list goes to `out`, errors to `err`.
int RunListCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace dataaudit
