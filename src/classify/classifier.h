#pragma once
// Decides which rule claims each value of a field.
//
// Work is split so that the hot path stays cheap: Plan() runs once per field (key
// tokens, context and file globs are fixed for a field) and keeps only the rules that
// could apply, best first; Classify() runs per value and only evaluates value
// conditions. When the best candidate has no value condition, every value of the field
// gets it, and Classify() returns at once.
//
// Ranking, best first, by tier: (3) a key phrase and a value condition both hold;
// (2) a high-confidence value condition alone (an email under "sender" is an email);
// (1) a key phrase alone; (0) context-only and weaker value-only rules. Within a tier:
// the longest key phrase, a value condition, a file glob (a named file is more specific
// than any folder context), the longest context phrase, confidence, and the rule id.

#include <string_view>
#include <vector>

#include "documents/document_sink.h"
#include "fields/field_name.h"
#include "rules/rule_set.h"

namespace dataaudit {

struct FieldPlan {
  std::vector<const Rule*> candidates;  ///< Rules whose field conditions hold, best first.
};

class Classifier {
 public:
  explicit Classifier(const RuleSet& rules) : rules_(rules) {}

  FieldPlan Plan(std::string_view file, const FieldName& name) const;

  /// The rule that claims `value`, or nullptr. Empty and null values are never claimed.
  static const Rule* Classify(const FieldPlan& plan, std::string_view value, ValueType type);

  /// Plans the field of `example` and classifies its value (rule examples and tests).
  const Rule* ClassifyExample(const RuleExample& example) const;

  const RuleSet& rules() const { return rules_; }

 private:
  const RuleSet& rules_;
};

}  // namespace dataaudit
