#pragma once
// Glob matching for rule file patterns: '*' matches within one path segment, '**'
// across segments, '?' one byte. MatchesMemberPath tries the pattern against the member
// path and every suffix of it that starts after a '/', so "ads/ads_interests.json"
// matches however deep the export root sits (re-zipped or nested archives).

#include <string_view>

namespace dataaudit {

bool GlobMatch(std::string_view pattern, std::string_view text);
bool MatchesMemberPath(std::string_view pattern, std::string_view member_path);

}  // namespace dataaudit
