#include "fields/mojibake.h"

#include "fields/utf8.h"

#include <cstdint>
#include <cstring>

namespace dataaudit {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t Load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
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
