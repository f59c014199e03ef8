#include "cli/dispatch.h"

#include <filesystem>

#include "cli/suggest.h"

namespace dataaudit {

Command CommandOf(const std::vector<std::string>& args) {
  if (args.empty()) return Command::kAudit;
  if (args.front() == "rules") return Command::kRules;
  if (args.front() == "list") return Command::kList;
  if (args.front() == "explain") return Command::kExplain;
  return Command::kAudit;
}

std::string MistypedCommand(const std::string& input) {
  if (input.empty() || input.find_first_of("/.") != std::string::npos) return "";
  std::error_code ec;
  if (std::filesystem::exists(input, ec) || ec) return "";
  return ClosestMatch(input, {"explain", "list", "rules"});
}

}  // namespace dataaudit
