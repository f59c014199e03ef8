#include "fields/mojibake.h"

#include <cstdint>
#include <cstring>

namespace dataaudit {
namespace {

// Length of a valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t len = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  std::uint32_t cp = b0 & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t Load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

bool IsValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size() && (Load8(s.data() + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    const std::size_t len = Utf8Length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

bool RepairMojibake(std::string_view text, std::string* repaired) {
  // One pass: ASCII runs are copied eight bytes at a time; C2/C3 pairs (U+0080..U+00FF)
  // become the byte they stand for; any other lead byte means a code point above U+00FF,
  // which Meta's escaping never produces, so the text is left alone.
  const std::size_t n = text.size();
  const char* in = text.data();
  std::size_t i = 0;
  while (i + 8 <= n && (Load8(in + i) & kHighBits) == 0) i += 8;
  while (i < n && static_cast<unsigned char>(in[i]) < 0x80) ++i;
  if (i == n) return false;  // pure ASCII
  repaired->resize(n);  // the repair never lengthens text
  char* out = repaired->data();
  std::memcpy(out, in, i);
  char* o = out + i;
  while (i < n) {
    if (i + 8 <= n && (Load8(in + i) & kHighBits) == 0) {
      std::memcpy(o, in + i, 8);
      o += 8;
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
      ++i;
      continue;
    }
    if ((c != 0xC2 && c != 0xC3) || i + 1 >= n || (static_cast<unsigned char>(in[i + 1]) & 0xC0) != 0x80)
      return false;
    *o++ = static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3F));
    i += 2;
  }
  repaired->resize(static_cast<std::size_t>(o - out));
  return IsValidUtf8(*repaired);
}

}  // namespace dataaudit
