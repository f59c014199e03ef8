#pragma once
// Flags ad interests and inferences that touch a GDPR Article 9 special category
// (health, religion, politics, sexual orientation, ethnicity, trade union), by whole-word
// match against the lexicons in rules/sensitive.toml. A hit means "possibly sensitive":
// a person decides.

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace dataaudit {

class SensitiveMatcher {
 public:
  explicit SensitiveMatcher(const std::vector<SensitiveLexicon>& lexicons) : lexicons_(lexicons) {}

  /// The lexicon one of whose terms occurs in `value` as whole words, or nullptr.
  const SensitiveLexicon* Match(std::string_view value) const;

  /// True for the kinds whose values are checked (ad interests and inferences).
  static bool Checks(std::string_view kind);

 private:
  const std::vector<SensitiveLexicon>& lexicons_;
};

}  // namespace dataaudit
