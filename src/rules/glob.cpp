#include "rules/glob.h"

namespace dataaudit {

bool GlobMatch(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point per star kind; linear enough for short
  // patterns and never recursive.
  std::size_t p = 0, t = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  bool star_crosses = false;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_crosses = p + 1 < pattern.size() && pattern[p + 1] == '*';
      p += star_crosses ? 2 : 1;
      star_p = p;
      star_t = t;
    } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t]) &&
               !(pattern[p] == '?' && text[t] == '/')) {
      ++p;
      ++t;
    } else if (star_p != std::string_view::npos && (star_crosses || text[star_t] != '/')) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool MatchesMemberPath(std::string_view pattern, std::string_view member_path) {
  const std::size_t bang = member_path.rfind('!');
  if (bang != std::string_view::npos) member_path = member_path.substr(bang + 1);
  std::size_t start = 0;
  while (true) {
    if (GlobMatch(pattern, member_path.substr(start))) return true;
    const std::size_t slash = member_path.find('/', start);
    if (slash == std::string_view::npos) return false;
    start = slash + 1;
  }
}

}  // namespace dataaudit
