#include "rules/rule.h"

namespace dataaudit {

std::string_view ConfidenceName(Confidence c) {
  switch (c) {
    case Confidence::kLow: return "low";
    case Confidence::kMedium: return "medium";
    case Confidence::kHigh: return "high";
  }
  return "medium";
}

const std::vector<std::string>& Categories() {
  static const std::vector<std::string> categories = {
      "financial", "location", "contact", "behavioural", "identity", "content", "technical"};
  return categories;
}

}  // namespace dataaudit
