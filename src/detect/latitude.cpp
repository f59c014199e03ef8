// latitude: a signed decimal number of degrees in [-90, 90] with a decimal point and at
// least 3 decimals ("48.85661", "-33.868"). Meant for values under a latitude key.
// Rejects integers ("48") and coarse values ("48.8"), which are mostly counts, versions or
// ratings rather than GPS fixes; exponent forms ("1e5"); leading zeros ("048.123"); and
// values beyond 90 degrees. The range test works on the digits, so there is no rounding.
#include "detect/latitude.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool IsDecimalDegrees(std::string_view text, int limit_degrees, std::size_t min_decimals) {
  if (text.size() < 2 + min_decimals) return false;
  std::size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
  const std::size_t int_start = i;
  int whole = 0;
  while (i < text.size() && IsDigit(text[i])) {
    whole = whole * 10 + (text[i] - '0');
    if (++i - int_start > 3) return false;
  }
  const std::size_t int_len = i - int_start;
  if (int_len == 0 || (int_len > 1 && text[int_start] == '0')) return false;
  if (i == text.size() || text[i] != '.') return false;
  const std::size_t frac_start = ++i;
  bool frac_nonzero = false;
  for (; i < text.size(); ++i) {
    if (!IsDigit(text[i])) return false;
    frac_nonzero = frac_nonzero || text[i] != '0';
  }
  if (i - frac_start < min_decimals) return false;
  return whole < limit_degrees || (whole == limit_degrees && !frac_nonzero);
}

bool IsLatitude(std::string_view value) { return IsDecimalDegrees(value, 90, 3); }

}  // namespace dataaudit::detect
