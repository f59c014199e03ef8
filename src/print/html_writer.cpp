#include "print/html_writer.h"

#include <fmt/format.h>

#include "text/timestamp.h"

namespace dataaudit {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F) out += ' ';
        else out += c;
    }
  }
  return out;
}

std::string HtmlDegrees(double degrees) {
  std::string text = fmt::format("{:.6f}", degrees);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string HtmlDate(const std::optional<std::int64_t>& time) { return time ? FormatDate(*time) : std::string(); }

}  // namespace dataaudit
