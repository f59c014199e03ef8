#pragma once
// "Did you mean" for names the user mistyped (platforms, formats, categories); the
// distance itself is text/closest_match.h's.

#include <string>
#include <string_view>
#include <vector>

#include "text/closest_match.h"

namespace dataaudit {

/// "unknown WHAT 'typed' (did you mean 'x'?); known: a, b, c", the suggestion only when
/// ClosestMatch finds one.
std::string UnknownNameMessage(std::string_view what, std::string_view typed, const std::vector<std::string>& known);

}  // namespace dataaudit
