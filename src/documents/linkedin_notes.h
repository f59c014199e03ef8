#pragma once
// LinkedIn's CSV files may open with a "Notes:" paragraph before the header row
// (Connections.csv: "Notes:\n\"When exporting your connection data, ...\"\n\nFirst Name,...").
// The CSV reader hands the bytes after "Notes:" to a NotesPreamble until it says the
// paragraph is over: at the first line outside quotes that holds only blanks. Every '"'
// toggles quoting (doubled quotes toggle twice), so a quoted paragraph may hold blank lines.

#include <cstddef>
#include <string_view>

namespace dataaudit {

class NotesPreamble {
 public:
  /// What a file opens with when it has such a paragraph.
  static constexpr std::string_view kOpening = "Notes:";

  /// One byte of the paragraph (line ends as '\n'); true once the paragraph is over.
  /// `line` counts the lines read, for error messages.
  bool Feed(char c, std::size_t* line);

  /// Inside quotes, and the line the open quote began on (an unterminated quote at the
  /// end of the file is an error the reader reports).
  bool in_quote() const { return in_quote_; }
  std::size_t quote_line() const { return quote_line_; }

 private:
  bool in_quote_ = false;
  bool line_has_text_ = true;  // the "Notes:" line itself
  std::size_t quote_line_ = 0;
};

}  // namespace dataaudit
