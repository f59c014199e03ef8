#pragma once
// The lexical pieces of JSON (RFC 8259) that the streaming reader applies to its tokens:
// character classes, the number grammar, escapes and UTF-8 encoding. Inline where the
// reader calls them per byte.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dataaudit::json {

inline bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
inline bool IsLowerChar(char c) { return c >= 'a' && c <= 'z'; }

/// A byte that may appear in a number token (the grammar is checked by IsJsonNumber).
inline bool IsNumberChar(char c) {
  return IsDigitChar(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// The value of a hexadecimal digit, or -1.
inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool IsJsonNumber(std::string_view s);

/// The byte a one-letter escape (`\n`, `\"`...) stands for, or 0 when it is not one.
inline char SimpleEscape(char c) {
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'b': return '\b';
    case 'f': return '\f';
    case '"': case '\\': case '/': return c;
    default: return 0;
  }
}

/// Writes the UTF-8 encoding of `cp` (at most U+10FFFF) to `out`, which has 4 bytes of
/// room, and returns its length.
inline std::size_t EncodeUtf8(std::uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace dataaudit::json
