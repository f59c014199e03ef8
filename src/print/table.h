#pragma once
// Plain text tables: columns padded to their widest cell (counted in code points) and
// two spaces apart; the last column is not padded. Used by the summary printer and by
// the `rules list` and `list` commands. Cells are printed as given: sanitise text that
// comes from an archive first.

#include <ostream>
#include <string>
#include <vector>

namespace dataaudit {

using TableRow = std::vector<std::string>;

void PrintTable(const std::vector<TableRow>& rows, std::ostream& out);

}  // namespace dataaudit
