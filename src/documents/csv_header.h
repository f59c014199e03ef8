#pragma once
// Whether the first row of a CSV file names its columns or is already data.
//
// Exports almost always start with a header row, but a hand-made or re-saved CSV may
// not; then its first row would become the field names, and a name is printed in full
// even in a redacted report. A row is data, not names, when one of its cells is a value
// no column name is: an e-mail address, a phone number, a card number, an IBAN, an IP
// address, a URL or coordinates (the value detectors of src/detect say so); or when at
// least half of its non-empty cells are numbers or dates. Cells are trimmed first.

#include <string>
#include <vector>

namespace dataaudit {

bool LooksLikeDataRow(const std::vector<std::string>& cells);

}  // namespace dataaudit
