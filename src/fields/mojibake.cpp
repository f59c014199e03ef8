#include "fields/mojibake.h"

#include <cstdint>
#include <cstring>

#include "documents/byte_scan.h"

namespace dataaudit {
namespace {

// Checks the repaired bytes as UTF-8 while they are written (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), so that no second pass is needed.
class Utf8Checker {
 public:
  bool Add(unsigned char b) {
    if (need_ == 0) {
      if (b < 0x80) return true;
      if (b >= 0xC2 && b <= 0xDF) return Expect(1, 0x80, 0xBF);
      if (b >= 0xE0 && b <= 0xEF) return Expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
      if (b >= 0xF0 && b <= 0xF4) return Expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
      return false;
    }
    if (b < low_ || b > high_) return false;
    --need_;
    low_ = 0x80, high_ = 0xBF;  // only the first continuation byte is narrowed
    return true;
  }
  bool complete() const { return need_ == 0; }

 private:
  bool Expect(int need, unsigned char low, unsigned char high) {
    need_ = need, low_ = low, high_ = high;
    return true;
  }
  int need_ = 0;
  unsigned char low_ = 0x80, high_ = 0xBF;
};

}  // namespace

bool RepairMojibake(std::string_view text, std::string* repaired) {
  // One pass: ASCII runs are copied whole; C2/C3 pairs (U+0080..U+00FF) become the byte
  // they stand for; any other lead byte means a code point above U+00FF, which Meta's
  // escaping never produces, so the text is left alone.
  const char* in = text.data();
  const char* end = in + text.size();
  const char* p = SkipAscii(in, end);
  if (p == end) return false;  // pure ASCII
  repaired->resize(text.size());  // the repair never lengthens text
  char* out = repaired->data();
  std::memcpy(out, in, static_cast<std::size_t>(p - in));
  char* o = out + (p - in);
  Utf8Checker utf8;
  while (p < end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (!utf8.complete()) return false;  // a sequence cut short by ASCII
      const char* q = SkipAscii(p, end);
      std::memcpy(o, p, static_cast<std::size_t>(q - p));
      o += q - p;
      p = q;
      continue;
    }
    if ((c != 0xC2 && c != 0xC3) || end - p < 2 || (static_cast<unsigned char>(p[1]) & 0xC0) != 0x80) return false;
    const auto byte = static_cast<unsigned char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(p[1]) & 0x3F));
    if (!utf8.Add(byte)) return false;
    *o++ = static_cast<char>(byte);
    p += 2;
  }
  if (!utf8.complete()) return false;
  repaired->resize(static_cast<std::size_t>(o - out));
  return true;
}

}  // namespace dataaudit
