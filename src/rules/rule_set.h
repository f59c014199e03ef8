#pragma once
// The rules in force: the embedded defaults, then each --rules directory in order.
// A later rule with the id of an earlier one replaces it (that is how a user overrides
// a default rule); a later kind with the name of an earlier one replaces it likewise.

#include <string>
#include <vector>

#include "rules/headline_spec.h"
#include "rules/rule.h"

namespace dataaudit {

class RuleSet {
 public:
  /// Loads the defaults (unless `with_defaults` is false) and every *.toml file in each
  /// of `dirs`, sorted by name. Returns false with messages in `errors` on any problem.
  bool Load(bool with_defaults, const std::vector<std::string>& dirs,
            std::vector<std::string>* errors);

  /// Adds the rules and kinds of one file's text (used by Load and by tests).
  bool AddText(std::string_view text, std::string_view origin, std::vector<std::string>* errors);

  /// Checks cross-references: every rule's kind exists and agrees on the category, and
  /// every platform a rule is scoped to is declared by a [[platform]] table.
  bool Validate(std::vector<std::string>* errors) const;

  /// The most [[headline]] definitions in force (src/headlines/headline_book.h).
  static constexpr std::size_t kMaxHeadlineDefinitions = 64;

  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<KindInfo>& kinds() const { return kinds_; }
  const std::vector<PlatformInfo>& platforms() const { return platforms_; }
  const std::vector<SensitiveLexicon>& sensitive() const { return sensitive_; }
  /// Headline definitions in report order; a later one with an earlier one's id replaces it.
  const std::vector<HeadlineSpec>& headlines() const { return headlines_; }
  /// These kinds, platforms, lexicons and headlines with the one rule rules()[index]: a
  /// classifier of one rule, to prove the rule on its own examples.
  RuleSet WithOnlyRule(std::size_t index) const;
  const PlatformInfo* FindPlatform(std::string_view name) const;
  const KindInfo* FindKind(std::string_view name) const;

 private:
  bool ValidateHeadlines(std::vector<std::string>* errors) const;

  std::vector<Rule> rules_;
  std::vector<KindInfo> kinds_;
  std::vector<PlatformInfo> platforms_;
  std::vector<SensitiveLexicon> sensitive_;
  std::vector<HeadlineSpec> headlines_;
};

}  // namespace dataaudit
