#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace dataaudit {

std::size_t DecodeUtf8(std::string_view s, std::size_t i, char32_t* code_point) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *code_point = b0;
    return 1;
  }
  const std::size_t len = (b0 >= 0xC2 && b0 <= 0xDF)   ? 2
                          : (b0 >= 0xE0 && b0 <= 0xEF) ? 3
                          : (b0 >= 0xF0 && b0 <= 0xF4) ? 4
                                                       : 0;
  if (len == 0 || i + len > s.size()) return 0;
  char32_t value = b0 & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  const bool overlong = (len == 3 && value < 0x800) || (len == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *code_point = value;
  return len;
}

bool IsValidUtf8(std::string_view s) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {  // ASCII eight bytes at a time
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      if ((word & kHighBits) == 0) {
        i += 8;
        continue;
      }
    }
    char32_t cp;
    const std::size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::size_t FirstCharLength(std::string_view s) {
  if (s.empty()) return 0;
  char32_t cp;
  const std::size_t len = DecodeUtf8(s, 0, &cp);
  return len == 0 ? 1 : len;
}

}  // namespace dataaudit
