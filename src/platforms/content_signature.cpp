#include "platforms/content_signature.h"

#include <algorithm>

#include <fmt/format.h>

#include "documents/byte_scan.h"
#include "platforms/json_key_paths.h"
#include "rules/glob.h"

namespace dataaudit {
namespace {

bool HasWildcard(std::string_view glob) { return glob.find_first_of("*?") != std::string_view::npos; }

// The last segment of a glob when it is a plain key: every path it matches ends in it.
std::string_view LiteralTail(std::string_view glob) {
  const std::size_t slash = glob.rfind('/');
  const std::string_view tail = glob.substr(slash == std::string_view::npos ? 0 : slash + 1);
  return HasWildcard(tail) ? std::string_view{} : tail;
}

bool EndsWithSegment(std::string_view path, std::string_view tail) {
  if (path.size() < tail.size() || path.substr(path.size() - tail.size()) != tail) return false;
  return path.size() == tail.size() || path[path.size() - tail.size() - 1] == '/';
}

}  // namespace

ContentSample::ContentSample(std::string_view head) {
  head = head.substr(0, kSniffBytes);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  const char* start = SkipJsonSpace(head.data(), head.data() + head.size());
  text_ = head.substr(static_cast<std::size_t>(start - head.data()));
}

const std::vector<std::string>& ContentSample::Paths() const {
  if (!paths_) {
    const char first = text_.empty() ? ' ' : text_.front();
    const bool json_or_js = first == '{' || first == '[' || (first >= 'A' && first <= 'z');
    paths_ = json_or_js ? JsonKeyPaths(text_.substr(0, kKeySniffBytes)) : std::vector<std::string>{};
    for (const std::string& path : *paths_) {
      exact_.insert(path);
      const std::size_t slash = path.rfind('/');
      tails_.insert(std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1));
    }
  }
  return *paths_;
}

const std::unordered_set<std::string_view>& ContentSample::Tails() const {
  Paths();
  return tails_;
}

bool ContentSample::HasKeyPath(const std::string& glob) const {
  const auto& paths = Paths();
  if (!HasWildcard(glob)) return exact_.count(glob) > 0;
  const std::string_view tail = LiteralTail(glob);
  return std::any_of(paths.begin(), paths.end(), [&](const std::string& path) {
    return (tail.empty() || EndsWithSegment(path, tail)) && GlobMatch(glob, path);
  });
}

void KeyTails::Add(const std::string& glob) {
  const std::size_t slash = glob.rfind('/');
  const std::string tail = glob.substr(slash == std::string::npos ? 0 : slash + 1);
  if (HasWildcard(tail)) wildcard_.push_back(tail);
  else literal_.insert(tail);
}

bool KeyTails::AnyIn(const ContentSample& sample) const {
  for (const std::string_view tail : sample.Tails()) {
    if (literal_.count(std::string(tail)) > 0) return true;
    for (const std::string& pattern : wildcard_)
      if (GlobMatch(pattern, tail)) return true;
  }
  return false;
}

ContentMatcher::ContentMatcher(const ContentSignature& signature) : signature_(&signature) {
  for (const std::string& key : signature.keys) key_globs_.push_back(KeyPathGlob(key));
}

bool ContentMatcher::Matches(std::string_view member_path, std::string_view file_name,
                             const ContentSample& sample) const {
  const ContentSignature& s = *signature_;
  if (!s.file_globs.empty() && std::none_of(s.file_globs.begin(), s.file_globs.end(), [&](const MemberGlob& glob) {
        return glob.Matches(member_path, file_name);
      }))
    return false;
  if (!s.prefix.empty() && sample.text().substr(0, s.prefix.size()) != s.prefix) return false;
  for (const std::string& needle : s.contains)
    if (!sample.Contains(needle)) return false;
  return std::all_of(key_globs_.begin(), key_globs_.end(),
                     [&](const std::string& glob) { return sample.HasKeyPath(glob); });
}

std::string ContentMatcher::Describe() const {
  const ContentSignature& s = *signature_;
  std::vector<std::string> parts;
  if (!s.prefix.empty()) parts.push_back(fmt::format("starts with {}", s.prefix));
  for (const std::string& needle : s.contains) parts.push_back(needle);
  for (const std::string& key : s.keys) parts.push_back(key);
  return fmt::format("content: {}", fmt::join(parts, ", "));
}

std::string ContentMatcher::Identity() const {
  const ContentSignature& s = *signature_;
  return fmt::format("content\x1f{}\x1f{}\x1f{}\x1f{}", s.prefix, fmt::join(s.contains, "\x1e"),
                     fmt::join(s.keys, "\x1e"), fmt::join(s.files, "\x1e"));
}

}  // namespace dataaudit
