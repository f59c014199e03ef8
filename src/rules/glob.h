#pragma once
// Glob matching for rule file patterns: '*' matches within one path segment, '**'
// across segments, '?' one byte. MatchesMemberPath tries the pattern against the member
// path and every suffix of it that starts after a '/', so "ads/ads_interests.json"
// matches however deep the export root sits (re-zipped or nested archives).

#include <string>
#include <string_view>

namespace dataaudit {

bool GlobMatch(std::string_view pattern, std::string_view text);
bool MatchesMemberPath(std::string_view pattern, std::string_view member_path);

/// The file name of a member path: what follows its last '/' (or '!').
std::string_view FileNameOf(std::string_view member_path);

/// A glob prepared for matching many member paths: when its last segment is a plain
/// name, a member with another file name is rejected by one comparison. Rules and
/// platform signatures are matched against every member of every input.
class MemberGlob {
 public:
  explicit MemberGlob(std::string pattern);
  /// Same answer as MatchesMemberPath(pattern, member_path); `file_name` is
  /// FileNameOf(member_path), computed once per member by the caller.
  bool Matches(std::string_view member_path, std::string_view file_name) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  std::string literal_name_;  // the last segment when it has no wildcard, else ""
};

}  // namespace dataaudit
