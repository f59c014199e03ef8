#include "platforms/glob_index.h"

#include <algorithm>

namespace dataaudit {
namespace {

bool IsLiteral(std::string_view segment) {
  return !segment.empty() && segment.find_first_of("*?") == std::string_view::npos;
}

// Calls `f` with each '/'-separated segment of `path`.
template <typename F>
void ForEachSegment(std::string_view path, F f) {
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = path.find('/', start);
    f(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) return;
    start = slash + 1;
  }
}

}  // namespace

void GlobIndex::Add(std::string_view glob, std::uint32_t id) {
  std::string_view key;
  ForEachSegment(glob, [&](std::string_view segment) {
    if (IsLiteral(segment) && segment.size() > key.size()) key = segment;  // the longest: fewest hits
  });
  if (key.empty()) always_.push_back(id);
  else by_segment_[std::string(key)].push_back(id);
}

void GlobIndex::Candidates(std::string_view member_path, std::vector<std::uint32_t>* out) const {
  out->assign(always_.begin(), always_.end());
  const std::size_t bang = member_path.rfind('!');
  if (bang != std::string_view::npos) member_path.remove_prefix(bang + 1);
  thread_local std::string key;
  ForEachSegment(member_path, [&](std::string_view segment) {
    key.assign(segment);
    const auto it = by_segment_.find(key);
    if (it != by_segment_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  });
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace dataaudit
