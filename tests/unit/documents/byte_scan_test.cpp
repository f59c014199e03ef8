#include "documents/byte_scan.h"

#include <doctest/doctest.h>

#include <string>

namespace dataaudit {
namespace {

// The byte-at-a-time definitions the vector scans must agree with.
const char* SlowSkipSpace(const char* p, const char* end) {
  while (p < end && IsJsonSpace(*p)) ++p;
  return p;
}
const char* SlowFindQuoteOrBackslash(const char* p, const char* end) {
  while (p < end && *p != '"' && *p != '\\') ++p;
  return p;
}

TEST_SUITE("documents/byte_scan") {
  TEST_CASE("the scans stop where the byte-wise loops stop, at every start and length") {
    std::string text;
    std::uint32_t seed = 7;
    const std::string alphabet = std::string(" \n\r\t\"\\ab\x80\xff") + std::string(1, '\0');
    for (int i = 0; i < 300; ++i) {
      seed = seed * 1664525u + 1013904223u;
      // Runs of one byte, so that whole 16-byte blocks are skipped too.
      text.append(1 + (seed >> 27), alphabet[(seed >> 8) % alphabet.size()]);
    }
    for (std::size_t start = 0; start < text.size(); start += 3) {
      for (std::size_t len : {0ul, 1ul, 15ul, 16ul, 17ul, 40ul, 1000ul}) {
        const char* p = text.data() + start;
        const char* end = text.data() + std::min(text.size(), start + len);
        CHECK(SkipJsonSpace(p, end) == SlowSkipSpace(p, end));
        CHECK(FindQuoteOrBackslash(p, end) == SlowFindQuoteOrBackslash(p, end));
      }
    }
  }

  TEST_CASE("SameShortString agrees with == on every length and every differing byte") {
    const std::string base = "abcdefghijklmnopqrstuvwxyz";
    for (std::size_t n = 0; n <= base.size(); ++n) {
      const std::string a = base.substr(0, n);
      CHECK(SameShortString(a, a));
      if (n > 0) CHECK_FALSE(SameShortString(a, base.substr(0, n - 1)));
      for (std::size_t i = 0; i < n; ++i) {
        std::string b = a;
        b[i] = '#';
        CAPTURE(b);
        CHECK_FALSE(SameShortString(a, b));
      }
    }
  }

  TEST_CASE("an all-space or plain run is scanned to its end") {
    const std::string spaces(100, ' ');
    CHECK(SkipJsonSpace(spaces.data(), spaces.data() + spaces.size()) == spaces.data() + spaces.size());
    const std::string plain(100, 'x');
    CHECK(FindQuoteOrBackslash(plain.data(), plain.data() + plain.size()) == plain.data() + plain.size());
  }
}

}  // namespace
}  // namespace dataaudit
