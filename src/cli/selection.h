#pragma once
// Checks the names that the command line gives to --platform, --category, --kind,
// --min-confidence and --fail-on against the loaded rules, and turns them into the
// report filter and the --fail-on terms. An unknown name is an error whose message
// suggests the closest known name.

#include <string>
#include <vector>

#include "cli/command_line.h"
#include "report/filter.h"
#include "rules/rule_set.h"

namespace dataaudit {

struct Selection {
  FieldFilter filter;
  std::vector<FailOnTerm> fail_on;
};

/// Returns false with a message in `error` on the first unknown or inconsistent name.
bool ResolveSelection(const CommandLine& cli, const RuleSet& rules, Selection* out, std::string* error);

/// Parses one --fail-on term: CATEGORY, KIND or CATEGORY:KIND. "unclassified" is both a
/// category and a kind.
bool ParseFailOnTerm(const std::string& term, const RuleSet& rules, FailOnTerm* out, std::string* error);

/// The category names a filter accepts: the rule categories, then "unclassified".
std::vector<std::string> CategoryNames();
/// The kind names a filter accepts: the loaded kinds, sorted, then "unclassified".
std::vector<std::string> KindNames(const RuleSet& rules);

}  // namespace dataaudit
