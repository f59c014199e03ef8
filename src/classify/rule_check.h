#pragma once
// Checks of rule files, shared by the unit tests and `dataaudit rules test|lint`.
//
// CheckRuleExamples runs every rule's own examples against the whole rule set: each
// `match` example must be classified as the rule's kind (by this rule or a sibling of
// the same kind, so that no rule of another kind shadows it), at least one of them by the
// rule itself (a rule always beaten is dead), and the rule must claim no `no_match`
// example. Then the rule is run alone, as a classifier of one: it must claim each of its
// `match` examples and none of its `no_match` ones by its own conditions. A rule without
// both kinds of examples fails too.
//
// LintRuleFiles checks files without running them: the TOML schema (no unknown keys,
// required keys, types), unique rule ids, kind and platform names across the files,
// known categories and detectors, kinds declared with the rule's category, value
// patterns that compile, and match and no_match examples on every rule. Nothing here
// prints: results are returned for the caller to show.

#include <cstddef>
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace dataaudit {

struct ExampleCheck {
  std::size_t rules = 0;
  std::size_t examples = 0;
  std::vector<std::string> failures;  ///< "origin: rule 'id': what went wrong"
};

ExampleCheck CheckRuleExamples(const RuleSet& rules);

struct RuleFileText {
  std::string origin;  ///< Names the file in messages.
  std::string text;
};

struct LintResult {
  std::size_t files = 0;
  std::size_t rules = 0;
  std::vector<std::string> errors;
  std::vector<std::string> notes;  ///< Not problems: rules that replace a rule of `base`.
};

/// Lints `files` as they would be loaded after `base` (the rules they build on, such as
/// the defaults; may be empty): kinds may come from either.
LintResult LintRuleFiles(const std::vector<RuleFileText>& files, const RuleSet& base);

/// The default rule files compiled into the binary.
std::vector<RuleFileText> DefaultRuleFiles();

/// Appends the *.toml files of `dir`, sorted by name, to `out`. Returns false with a
/// message in `error` when the directory cannot be read.
bool ReadRuleDirectory(const std::string& dir, std::vector<RuleFileText>* out, std::string* error);

}  // namespace dataaudit
