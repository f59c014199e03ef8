#include "documents/linkedin_notes.h"

namespace dataaudit {

bool NotesPreamble::Feed(char c, std::size_t* line) {
  if (c == '\n') {
    ++*line;
    if (in_quote_) return false;
    if (!line_has_text_) return true;
    line_has_text_ = false;
    return false;
  }
  if (c == '"') {
    if (!in_quote_) quote_line_ = *line;
    in_quote_ = !in_quote_;
  }
  if (c != ' ' && c != '\t') line_has_text_ = true;
  return false;
}

}  // namespace dataaudit
