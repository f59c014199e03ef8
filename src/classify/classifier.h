#pragma once
// Decides which rule claims each value of a field.
//
// Work is split so that the hot path stays cheap: Plan() runs once per field (key
// tokens, context and file globs are fixed for a field) and keeps only the rules that
// could apply, best first; Classify() runs per value and only evaluates value
// conditions: the detector or pattern, the JSON type, and the value's shape
// (detect/value_shape.h). When the best candidate takes every value (no value condition,
// every shape), every value of the field gets it, and Classify() returns at once.
//
// Ranking, best first, by tier: (3) a key phrase and a value condition both hold;
// (2) a high-confidence value condition alone (an email under "sender" is an email);
// (1) a key phrase alone; (0) context-only and weaker value-only rules; (-1) fallbacks
// whose only condition is the shape (a flag, a count, a placeholder). Within a tier:
// the longest key phrase, a value condition, a file glob (a named file is more specific
// than any folder context), the longest context phrase, confidence, and the rule id.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "documents/document_sink.h"
#include "text/field_name.h"
#include "rules/rule_set.h"

namespace dataaudit {

struct FieldPlan {
  std::vector<const Rule*> candidates;  ///< Rules whose field conditions hold, best first.
};

class Classifier;

/// What planning needs to know about one member, worked out once per member: which
/// rules' `files` globs match it (globs are the costly part of planning), and which
/// rules its platforms put in scope.
class MemberContext {
 public:
  /// `platforms`: the sorted names of the platforms the member belongs to (a rule with
  /// `platforms` applies when one is among them); nullopt when the caller does not know
  /// them (rule examples, tests): then every rule is in scope.
  MemberContext(const Classifier& classifier, std::string_view file,
                std::optional<std::vector<std::string>> platforms = std::nullopt);
  std::string_view file() const { return file_; }
  bool FilesMatch(std::size_t rule_index) const { return files_match_[rule_index]; }
  bool InScope(std::size_t rule_index) const { return in_scope_.empty() || in_scope_[rule_index]; }
  /// What planning depends on besides the field: the indices of the rules with `files`
  /// globs that match, and the member's platforms, e.g. "3,17,@google," ("" for none).
  const std::string& signature() const { return signature_; }

 private:
  std::string file_;
  std::vector<bool> files_match_;
  std::vector<bool> in_scope_;  // empty: every rule
  std::string signature_;
};

/// Plans shared between the members of one input: members of the same shape (20,000
/// files named item_NNNNN.json) plan each field once. Not thread-safe: one per audit.
class PlanCache {
 public:
  static constexpr std::size_t kMaxEntries = 200000;
  const FieldPlan* Find(const std::string& key) const;
  void Insert(std::string key, FieldPlan plan);
  /// The cache key of a field: what Plan() depends on.
  static std::string Key(const MemberContext& member, const FieldName& name);

 private:
  std::unordered_map<std::string, FieldPlan> plans_;
};

/// Why a rule is a candidate for a field, for `dataaudit explain` (read-only: the audit
/// never builds these).
struct CandidateReason {
  const Rule* rule = nullptr;
  int tier = 0;                  ///< 3 key and value, 2 high-confidence value, 1 key, 0 other, -1 shape fallback.
  std::size_t key_words = 0;     ///< Words of the longest key phrase that matched.
  std::size_t context_words = 0;
  bool files_match = false;      ///< A `files` glob named the member.
  bool planned = true;           ///< False when a better candidate claims every value: it is never tried.
  std::optional<bool> value_holds;  ///< Whether its value conditions hold for the value asked about.
};

class Classifier {
 public:
  explicit Classifier(const RuleSet& rules) : rules_(rules) {}

  FieldPlan Plan(const MemberContext& member, const FieldName& name) const;
  FieldPlan Plan(std::string_view file, const FieldName& name) const { return Plan(MemberContext(*this, file), name); }

  /// The rule that claims `value`, or nullptr. Empty and null values are never claimed.
  static const Rule* Classify(const FieldPlan& plan, std::string_view value, ValueType type);

  /// Plans the field of `example` and classifies its value (rule examples and tests).
  const Rule* ClassifyExample(const RuleExample& example) const;

  const RuleSet& rules() const { return rules_; }

  /// Every rule whose field conditions hold for the field at `pointer` ("/a/*/b") of
  /// `file`, ranked as Plan() ranks them, with what ranked each; with a value, whether
  /// each one's value conditions hold (the first that holds is the one that claims it).
  std::vector<CandidateReason> Explain(std::string_view file, std::string_view pointer,
                                       std::optional<std::string> value = std::nullopt) const;

 private:
  const RuleSet& rules_;
};

}  // namespace dataaudit
