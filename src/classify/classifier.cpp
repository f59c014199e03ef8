#include "classify/classifier.h"

#include <algorithm>
#include <tuple>

#include <re2/re2.h>

#include "detect/detector.h"
#include "fields/key_tokens.h"
#include "rules/glob.h"

namespace dataaudit {
namespace {

struct Scored {
  const Rule* rule;
  std::size_t key_len;
  std::size_t context_len;
};

// Evidence tiers: a key and a validated value together; a high-confidence validated
// value alone (an email under "sender" is still an email); a key alone; the rest.
int Tier(const Scored& s) {
  const bool value = s.rule->has_value_condition();
  if (value && s.key_len > 0) return 3;
  if (value && s.rule->confidence == Confidence::kHigh) return 2;
  if (s.key_len > 0) return 1;
  return 0;
}

auto RankKey(const Scored& s) {
  return std::make_tuple(Tier(s), s.key_len, s.rule->has_value_condition(), !s.rule->files.empty(),
                         s.context_len, s.rule->confidence);
}

// Scores `rule` against the field, or returns false when a field condition fails.
bool ScoreRule(const Rule& rule, std::string_view file, const FieldName& name, Scored* out) {
  out->rule = &rule;
  out->key_len = LongestPhraseMatch(rule.keys, name.key);
  if (!rule.keys.empty() && out->key_len == 0) return false;
  out->context_len = LongestPhraseMatch(rule.context, name.context);
  if (!rule.context.empty() && out->context_len == 0) return false;
  if (LongestPhraseMatch(rule.not_keys, name.key) > 0) return false;
  if (LongestPhraseMatch(rule.not_context, name.context) > 0) return false;
  if (!rule.files.empty() &&
      std::none_of(rule.files.begin(), rule.files.end(),
                   [&](const std::string& glob) { return MatchesMemberPath(glob, file); }))
    return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool ValueConditionHolds(const Rule& rule, std::string_view value, ValueType type) {
  if (rule.strings_only && type != ValueType::kString) return false;
  if (rule.detector != nullptr && !rule.detector->matches(value)) return false;
  if (rule.value_pattern != nullptr && !RE2::FullMatch(value, *rule.value_pattern)) return false;
  return true;
}

}  // namespace

FieldPlan Classifier::Plan(std::string_view file, const FieldName& name) const {
  std::vector<Scored> scored;
  for (const Rule& rule : rules_.rules()) {
    Scored s{};
    if (ScoreRule(rule, file, name, &s)) scored.push_back(s);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    const auto ka = RankKey(a), kb = RankKey(b);
    if (ka != kb) return ka > kb;
    return a.rule->id < b.rule->id;
  });
  FieldPlan plan;
  for (const Scored& s : scored) {
    plan.candidates.push_back(s.rule);
    if (!s.rule->has_value_condition() && !s.rule->strings_only) break;  // claims everything left
  }
  return plan;
}

const Rule* Classifier::Classify(const FieldPlan& plan, std::string_view value, ValueType type) {
  if (type == ValueType::kNull) return nullptr;
  value = Trim(value);
  if (value.empty()) return nullptr;
  for (const Rule* rule : plan.candidates)
    if (ValueConditionHolds(*rule, value, type)) return rule;
  return nullptr;
}

const Rule* Classifier::ClassifyExample(const RuleExample& example) const {
  const std::vector<std::string> segments = SplitPointer(example.path);
  const std::vector<std::string_view> views(segments.begin(), segments.end());
  const FieldPlan plan = Plan(example.file, DescribeField(example.file, views));
  return Classify(plan, example.value, example.type);
}

}  // namespace dataaudit
