#pragma once
// "Did you mean": the known name closest to one that was mistyped, by edit distance.
// Shared by the command line (options, platforms, categories) and the rule-file checks
// (categories, kinds, keys, confidences), which must agree on what is close enough.

#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

/// The candidate closest to `typed` by edit distance, if it is close enough to be a
/// likely typo (at most a third of its length, and at most 3 edits); otherwise "".
std::string ClosestMatch(std::string_view typed, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" when ClosestMatch finds x, else "".
std::string DidYouMean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace dataaudit
