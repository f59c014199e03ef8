#include "rules/glob.h"

#include <vector>

namespace dataaudit {
namespace {

// Matches one path segment: '*' any run of bytes, '?' one byte. The classic wildcard
// walk with one backtrack point is exact when each pattern byte consumes one text byte.
bool SegmentMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      while (p < pattern.size() && pattern[p] == '*') ++p;
      star_p = p;
      star_t = t;
    } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (star_p != std::string_view::npos) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Splits into `out`, reusing its storage: globs run for every member of every input, and
// a fresh vector per call made allocation the biggest cost of auditing small files.
void Segments(std::string_view path, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string_view::npos ? slash : slash - start));
    if (slash == std::string_view::npos) return;
    start = slash + 1;
  }
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view text) {
  // The same walk one level up: a "**" segment is the star, and every other pattern
  // segment consumes exactly one text segment.
  thread_local std::vector<std::string_view> p, t;
  Segments(pattern, p);
  Segments(text, t);
  std::size_t pi = 0, ti = 0, star_p = std::string_view::npos, star_t = 0;
  while (ti < t.size()) {
    if (pi + 1 == p.size() && p[pi] != "**" && p[pi].find("**") != std::string_view::npos &&
        SegmentMatch(p[pi], text.substr(static_cast<std::size_t>(t[ti].data() - text.data()))))
      return true;  // a last segment like "**.json" matches the rest of the path, '/' included
    if (pi < p.size() && p[pi] == "**") {
      star_p = ++pi;
      star_t = ti;
    } else if (pi < p.size() && SegmentMatch(p[pi], t[ti])) {
      ++pi;
      ++ti;
    } else if (star_p != std::string_view::npos) {
      pi = star_p;
      ti = ++star_t;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == "**") ++pi;
  return pi == p.size();
}

bool MatchesMemberPath(std::string_view pattern, std::string_view member_path) {
  const std::size_t bang = member_path.rfind('!');
  if (bang != std::string_view::npos) member_path = member_path.substr(bang + 1);
  // Quick reject: unless the pattern ends in a "**" segment, its last segment must match
  // the member's file name, whatever suffix of the path is tried.
  const std::size_t pattern_slash = pattern.rfind('/');
  const std::string_view last = pattern.substr(pattern_slash == std::string_view::npos ? 0 : pattern_slash + 1);
  if (last.find("**") == std::string_view::npos) {
    const std::size_t path_slash = member_path.rfind('/');
    const std::string_view name = member_path.substr(path_slash == std::string_view::npos ? 0 : path_slash + 1);
    if (!SegmentMatch(last, name)) return false;
  }
  std::size_t start = 0;
  while (true) {
    if (GlobMatch(pattern, member_path.substr(start))) return true;
    const std::size_t slash = member_path.find('/', start);
    if (slash == std::string_view::npos) return false;
    start = slash + 1;
  }
}

std::string_view FileNameOf(std::string_view member_path) {
  const std::size_t cut = member_path.find_last_of("/!");
  return cut == std::string_view::npos ? member_path : member_path.substr(cut + 1);
}

MemberGlob::MemberGlob(std::string pattern) : pattern_(std::move(pattern)) {
  const std::string_view last = FileNameOf(pattern_);
  if (last.find_first_of("*?") == std::string_view::npos) literal_name_ = std::string(last);
}

bool MemberGlob::Matches(std::string_view member_path, std::string_view file_name) const {
  if (!literal_name_.empty() && file_name != literal_name_) return false;
  return MatchesMemberPath(pattern_, member_path);
}

}  // namespace dataaudit
