#pragma once
// `dataaudit explain FILE#PATH [VALUE] [--rules DIR]... [--no-default-rules]`:
// which rules competed for a field and why the winner won. The field is named as the
// report names it (a member path, '#', a JSON pointer with '*' for array indices, a CSV
// column '/<header>'). Rules scoped to platforms are all taken as in scope. Nothing is
// read but the rules. Exit status: 0, or 2 on a bad command line or rules that do not load.

#include <ostream>
#include <string>
#include <vector>

namespace dataaudit {

int RunExplainCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace dataaudit
