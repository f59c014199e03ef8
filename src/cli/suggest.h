#pragma once
// "Did you mean" for names the user mistyped (platforms, formats, categories).

#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

/// The candidate closest to `typed` by edit distance, if it is close enough to be a
/// likely typo (at most a third of its length, and at most 3 edits); otherwise "".
std::string ClosestMatch(std::string_view typed, const std::vector<std::string>& candidates);

/// "unknown WHAT 'typed' (did you mean 'x'?); known: a, b, c", the suggestion only when
/// ClosestMatch finds one.
std::string UnknownNameMessage(std::string_view what, std::string_view typed, const std::vector<std::string>& known);

}  // namespace dataaudit
