#pragma once
// How wide text is on a terminal, in columns: a CJK character takes two, a combining
// accent none, an ANSI colour sequence none (utf8proc's character widths, never a count
// of bytes or code points). Used to fit the text report, the progress line and --help
// to the terminal.

#include <cstddef>
#include <string>
#include <string_view>

namespace dataaudit {

/// Columns `text` takes; an invalid byte counts as one (it is shown as a replacement).
std::size_t DisplayWidth(std::string_view text);

/// The longest start of `text` that fits in `width` columns (no character split).
std::string CutToWidth(std::string_view text, std::size_t width);

/// `text` when it fits in `width` columns; else its start (a third of the width) and
/// its end (two thirds) around "…", so that the file and field of a long path stay readable.
std::string ShortenMiddle(std::string_view text, std::size_t width);

/// `text` broken at spaces into lines of at most `width` columns, each line preceded by
/// `indent` spaces, lines joined by '\n' (no
/// trailing newline). A word longer than a line is cut; a number is kept on the line of
/// the word after it.
std::string WrapText(std::string_view text, std::size_t width, std::size_t indent);

/// `text` padded with spaces on the right to `width` columns (display columns).
std::string PadRight(std::string_view text, std::size_t width);

}  // namespace dataaudit
