#pragma once
// Reads rule files (TOML): `[[kind]]` tables declare kinds, `[[platform]]` tables
// declare platforms and their signature paths, `[[sensitive]]` tables hold the term
// lists of special categories, `[[headline]]` tables define the headlines
// (rules/headline_spec.h), `[[rule]]` tables declare rules with their `match` and
// `no_match` examples. Every problem is
// reported as "file:line:col: message", and a file with any problem yields no rules.

#include <string>
#include <string_view>
#include <vector>

#include "rules/headline_spec.h"
#include "rules/rule.h"

namespace dataaudit {

struct RuleFile {
  std::vector<Rule> rules;
  std::vector<KindInfo> kinds;
  std::vector<PlatformInfo> platforms;
  std::vector<SensitiveLexicon> sensitive;
  std::vector<HeadlineSpec> headlines;
};

/// Parses one rule file. `origin` names it in messages. Returns false and fills
/// `errors` on any problem, an unknown key included (rules/rule_schema.h). A file whose
/// only problem is unknown keys is still read into `out`, and so is every file when
/// `keep_on_error` is set (what could be read of it), so that `rules lint` checks the
/// rest of it in the same pass; RuleSet::AddText discards a file that fails either way.
bool ParseRuleFile(std::string_view text, std::string_view origin, RuleFile* out,
                   std::vector<std::string>* errors, bool keep_on_error = false);

}  // namespace dataaudit
