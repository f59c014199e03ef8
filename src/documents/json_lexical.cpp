#include "documents/json_lexical.h"

namespace dataaudit::json {

bool IsJsonNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size() || !IsDigitChar(s[i])) return false;
  if (s[i] == '0') ++i;
  else
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  if (i < s.size() && s[i] == '.') {
    if (++i >= s.size() || !IsDigitChar(s[i])) return false;
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    if (++i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !IsDigitChar(s[i])) return false;
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  }
  return i == s.size();
}

}  // namespace dataaudit::json
