#include "text/display_width.h"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

namespace dataaudit {
namespace {

// One character (or escape sequence) at text[i]: its length in bytes and its columns.
struct Glyph {
  std::size_t bytes;
  std::size_t columns;
};

Glyph GlyphAt(std::string_view text, std::size_t i) {
  if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {  // CSI ... final byte
    std::size_t end = i + 2;
    while (end < text.size() && !(text[end] >= 0x40 && text[end] <= 0x7e)) ++end;
    return {std::min(end + 1, text.size()) - i, 0};
  }
  utf8proc_int32_t code_point = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
  const utf8proc_ssize_t length = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
  if (length <= 0) return {1, 1};
  const int width = utf8proc_charwidth(code_point);
  return {static_cast<std::size_t>(length), static_cast<std::size_t>(width < 0 ? 0 : width)};
}

constexpr std::string_view kEllipsis = "\u2026";

bool IsNumber(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::size_t DisplayWidth(std::string_view text) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size();) {
    const Glyph g = GlyphAt(text, i);
    columns += g.columns;
    i += g.bytes;
  }
  return columns;
}

std::string CutToWidth(std::string_view text, std::size_t width) {
  std::size_t columns = 0, i = 0;
  while (i < text.size()) {
    const Glyph g = GlyphAt(text, i);
    if (columns + g.columns > width) break;
    columns += g.columns;
    i += g.bytes;
  }
  return std::string(text.substr(0, i));
}

std::string ShortenMiddle(std::string_view text, std::size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  const std::size_t room = width - 1;  // the ellipsis takes one column
  // The end of a path says most (the file and the field): it gets two thirds.
  const std::size_t tail_width = room * 2 / 3;
  std::string head = CutToWidth(text, room - tail_width);
  // The tail: walk back from the end while it fits.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); i += GlyphAt(text, i).bytes) starts.push_back(i);
  std::size_t columns = 0, tail_start = text.size();
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    const std::size_t c = GlyphAt(text, *it).columns;
    if (columns + c > tail_width) break;
    columns += c;
    tail_start = *it;
  }
  // Columns left over by a wide character that did not fit go to the head.
  head = CutToWidth(text, room - columns);
  return head + std::string(kEllipsis) + std::string(text.substr(tail_start));
}

std::string WrapText(std::string_view text, std::size_t width, std::size_t indent) {
  const std::string pad(indent, ' ');
  const std::size_t room = width > indent + 10 ? width - indent : 10;
  std::string out, line;
  std::size_t line_width = 0;
  auto flush = [&] {
    if (!out.empty()) out += '\n';
    out += pad + line;
    line.clear();
    line_width = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    // A number stays with the word after it ("0 errors", "12 total"): a line never ends
    // with a bare count.
    if (IsNumber(text.substr(i, end - i)) && end + 1 < text.size() && text[end + 1] != ' ') {
      const std::size_t next = text.find(' ', end + 1);
      end = next == std::string_view::npos ? text.size() : next;
    }
    std::string word(text.substr(i, end - i));
    i = end;
    std::size_t word_width = DisplayWidth(word);
    if (line_width > 0 && line_width + 1 + word_width > room) flush();
    while (word_width > room) {  // a word longer than a line: cut it
      std::string piece = CutToWidth(word, room - line_width - (line_width > 0 ? 1 : 0));
      if (piece.empty()) { flush(); continue; }
      line += (line_width > 0 ? " " : "") + piece;
      word.erase(0, piece.size());
      word_width = DisplayWidth(word);
      flush();
    }
    if (word.empty()) continue;
    if (line_width > 0) line += ' ', ++line_width;
    line += word;
    line_width += word_width;
  }
  if (!line.empty() || out.empty()) flush();
  return out;
}

std::string PadRight(std::string_view text, std::size_t width) {
  const std::size_t columns = DisplayWidth(text);
  std::string out(text);
  if (columns < width) out.append(width - columns, ' ');
  return out;
}

}  // namespace dataaudit
