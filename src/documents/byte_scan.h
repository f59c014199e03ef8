#pragma once
// Byte scans on the readers' hot paths, 16 bytes at a time where SSE2 is available
// (every x86-64 CPU) and one byte at a time elsewhere. Both forms return the same
// position: the unit tests compare them on every alignment.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dataaudit {

/// JSON's four whitespace bytes.
inline bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/// The first byte at or after `p` that is not JSON whitespace, or `end`.
inline const char* SkipJsonSpace(const char* p, const char* end) {
  if (p < end && !IsJsonSpace(*p)) return p;  // the common cases: nothing to skip,
  if (end - p >= 2 && !IsJsonSpace(p[1])) return p + 1;  // or one space, as in `"key" : 1`
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i space = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(space)) & 0xFFFFu;
    if (other != 0) return p + __builtin_ctz(other);
    p += 16;
  }
#endif
  while (p < end && IsJsonSpace(*p)) ++p;
  return p;
}

/// The first '"' or '\\' at or after `p`, or `end`: where a JSON string's plain run stops.
inline const char* FindQuoteOrBackslash(const char* p, const char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const unsigned hits = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))));
    if (hits != 0) return p + __builtin_ctz(hits);
    p += 16;
  }
#endif
  while (p < end && *p != '"' && *p != '\\') ++p;
  return p;
}

/// The first byte at or after `p` that is not ASCII (0x80 or above), or `end`.
inline const char* SkipAscii(const char* p, const char* end) {
#if defined(__SSE2__)
  while (end - p >= 16) {
    const unsigned high =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
    if (high != 0) return p + __builtin_ctz(high);
    p += 16;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) < 0x80) ++p;
  return p;
}

/// a == b, inline for the short strings that keys are (a memcmp call per key showed
/// in the profile of the JSON reader).
inline bool SameShortString(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16) return a == b;
  if (n >= 8) {  // two overlapping 8-byte words
    std::uint64_t a0, b0, a1, b1;
    std::memcpy(&a0, a.data(), 8), std::memcpy(&b0, b.data(), 8);
    std::memcpy(&a1, a.data() + n - 8, 8), std::memcpy(&b1, b.data() + n - 8, 8);
    return a0 == b0 && a1 == b1;
  }
  if (n >= 4) {
    std::uint32_t a0, b0, a1, b1;
    std::memcpy(&a0, a.data(), 4), std::memcpy(&b0, b.data(), 4);
    std::memcpy(&a1, a.data() + n - 4, 4), std::memcpy(&b1, b.data() + n - 4, 4);
    return a0 == b0 && a1 == b1;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace dataaudit
