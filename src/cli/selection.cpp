#include "cli/selection.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/suggest.h"

namespace dataaudit {
namespace {

bool Known(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Checks every name of `typed` against `known`.
bool CheckNames(std::string_view what, const std::vector<std::string>& typed, const std::vector<std::string>& known,
                std::string* error) {
  for (const std::string& name : typed)
    if (!Known(known, name)) {
      *error = UnknownNameMessage(what, name, known);
      return false;
    }
  return true;
}

bool CheckPlatform(const std::string& platform, const RuleSet& rules, std::string* error) {
  if (platform.empty() || rules.FindPlatform(platform) != nullptr) return true;
  std::vector<std::string> names;
  for (const PlatformInfo& p : rules.platforms()) names.push_back(p.name);
  *error = UnknownNameMessage("platform", platform, names);
  return false;
}

// The category of kind `kind` ("unclassified" for itself).
std::string CategoryOfKind(const std::string& kind, const RuleSet& rules) {
  if (kind == "unclassified") return kind;
  const KindInfo* info = rules.FindKind(kind);
  return info != nullptr ? info->category : "";
}

}  // namespace

std::vector<std::string> CategoryNames() {
  std::vector<std::string> names = Categories();
  names.push_back("unclassified");
  return names;
}

std::vector<std::string> KindNames(const RuleSet& rules) {
  std::vector<std::string> names;
  for (const KindInfo& kind : rules.kinds()) names.push_back(kind.name);
  std::sort(names.begin(), names.end());
  names.push_back("unclassified");
  return names;
}

bool ParseFailOnTerm(const std::string& term, const RuleSet& rules, FailOnTerm* out, std::string* error) {
  const std::vector<std::string> categories = CategoryNames(), kinds = KindNames(rules);
  const std::size_t colon = term.find(':');
  if (colon == std::string::npos) {
    if (Known(categories, term)) *out = {term, ""};
    else if (Known(kinds, term)) *out = {"", term};
    else {
      std::vector<std::string> both = categories;
      both.insert(both.end(), kinds.begin(), kinds.end());
      const std::string guess = ClosestMatch(term, both);
      *error = fmt::format("--fail-on: unknown category or kind '{}'{}; see `dataaudit list categories` and "
                           "`dataaudit list kinds`",
                           term, guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess));
      return false;
    }
    return true;
  }
  FailOnTerm parsed{term.substr(0, colon), term.substr(colon + 1)};
  if (!CheckNames("category", {parsed.category}, categories, error) || !CheckNames("kind", {parsed.kind}, kinds, error)) {
    *error = "--fail-on: " + *error;
    return false;
  }
  const std::string kind_category = CategoryOfKind(parsed.kind, rules);
  if (kind_category != parsed.category) {
    *error = fmt::format("--fail-on: kind '{}' is in category '{}', not '{}' (write {}:{})", parsed.kind,
                         kind_category, parsed.category, kind_category, parsed.kind);
    return false;
  }
  *out = std::move(parsed);
  return true;
}

bool ResolveSelection(const CommandLine& cli, const RuleSet& rules, Selection* out, std::string* error) {
  if (!CheckPlatform(cli.platform, rules, error)) return false;
  if (!CheckNames("category", cli.categories, CategoryNames(), error)) return false;
  if (!CheckNames("kind", cli.kinds, KindNames(rules), error)) return false;
  out->filter.categories = cli.categories;
  out->filter.kinds = cli.kinds;
  if (!cli.min_confidence.empty()) {
    out->filter.min_confidence = ParseConfidence(cli.min_confidence);
    if (!out->filter.min_confidence) {
      *error = fmt::format("--min-confidence must be low, medium or high, not '{}'", cli.min_confidence);
      return false;
    }
  }
  for (const std::string& term : cli.fail_on) {
    FailOnTerm parsed;
    if (!ParseFailOnTerm(term, rules, &parsed, error)) return false;
    out->fail_on.push_back(std::move(parsed));
  }
  return true;
}

}  // namespace dataaudit
