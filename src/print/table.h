#pragma once
// Plain text tables: columns padded to their widest cell (in display columns) and
// two spaces apart; the last column is not padded. Used by the summary printer and by
// the `rules list` and `list` commands. Cells are printed as given: sanitise text that
// comes from an archive first.

#include <ostream>
#include <string>
#include <vector>

namespace dataaudit {

using TableRow = std::vector<std::string>;

void PrintTable(const std::vector<TableRow>& rows, std::ostream& out);

/// The same rows as a JSON array of objects, one per row after the first, keyed by the
/// cells of the first (the header), for `--format json` of the listing commands.
void PrintTableJson(const std::vector<TableRow>& rows, std::ostream& out);

}  // namespace dataaudit
