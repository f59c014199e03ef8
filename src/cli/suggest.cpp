#include "cli/suggest.h"

#include <fmt/format.h>

namespace dataaudit {

std::string UnknownNameMessage(std::string_view what, std::string_view typed, const std::vector<std::string>& known) {
  return fmt::format("unknown {} '{}'{}; known: {}", what, typed, DidYouMean(typed, known), fmt::join(known, ", "));
}

}  // namespace dataaudit
