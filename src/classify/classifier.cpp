#include "classify/classifier.h"

#include <algorithm>
#include <tuple>

#include <re2/re2.h>

#include "detect/detector.h"
#include "text/key_tokens.h"
#include "rules/glob.h"

namespace dataaudit {
namespace {

struct Scored {
  const Rule* rule;
  std::size_t key_len;
  std::size_t context_len;
};

// Evidence tiers: a key and a validated value together; a high-confidence validated
// value alone (an email under "sender" is still an email); a key alone; the rest; and
// last the shape-only fallbacks, which name what nothing else claimed.
int Tier(const Scored& s) {
  if (s.rule->shape_only()) return -1;
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
bool ScoreRule(const Rule& rule, bool files_match, const FieldName& name, Scored* out) {
  out->rule = &rule;
  out->key_len = LongestPhraseMatch(rule.keys, name.key);
  if (!rule.keys.empty() && out->key_len == 0) return false;
  out->context_len = LongestPhraseMatch(rule.context, name.context);
  if (!rule.context.empty() && out->context_len == 0) return false;
  if (LongestPhraseMatch(rule.not_keys, name.key) > 0) return false;
  if (LongestPhraseMatch(rule.not_context, name.context) > 0) return false;
  return rule.files.empty() || files_match;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool ValueConditionHolds(const Rule& rule, std::string_view value, ValueType type, ValueShape shape) {
  if (rule.strings_only && type != ValueType::kString) return false;
  if (!rule.accepts(shape)) return false;
  if (rule.detector != nullptr && !rule.detector->matches(value)) return false;
  if (rule.value_pattern != nullptr) {
    if (rule.has_value_range && (value < rule.value_min || value > rule.value_max)) return false;
    if (!RE2::FullMatch(value, *rule.value_pattern)) return false;
  }
  return true;
}

}  // namespace

MemberContext::MemberContext(const Classifier& classifier, std::string_view file,
                             std::optional<std::vector<std::string>> platforms)
    : file_(file) {
  const auto& rules = classifier.rules().rules();
  const std::size_t count = rules.size();
  const std::string_view name = FileNameOf(file);
  files_match_.resize(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& globs = rules[i].file_globs;
    if (globs.empty()) continue;
    files_match_[i] = std::any_of(globs.begin(), globs.end(),
                                  [&](const MemberGlob& glob) { return glob.Matches(file, name); });
    if (files_match_[i]) signature_ += std::to_string(i) + ",";
  }
  if (!platforms) return;
  in_scope_.resize(count, true);
  for (std::size_t i = 0; i < count; ++i)
    in_scope_[i] = rules[i].platforms.empty() ||
                   std::find_first_of(rules[i].platforms.begin(), rules[i].platforms.end(), platforms->begin(),
                                      platforms->end()) != rules[i].platforms.end();
  for (const std::string& platform : *platforms) signature_ += "@" + platform + ",";
}

const FieldPlan* PlanCache::Find(const std::string& key) const {
  const auto it = plans_.find(key);
  return it == plans_.end() ? nullptr : &it->second;
}

void PlanCache::Insert(std::string key, FieldPlan plan) {
  if (plans_.size() < kMaxEntries) plans_.emplace(std::move(key), std::move(plan));
}

std::string PlanCache::Key(const MemberContext& member, const FieldName& name) {
  std::string key = member.signature();
  key += '\x1f';
  for (const std::string& t : name.key) key += t, key += ' ';
  key += '\x1f';
  for (const std::string& t : name.context) key += t, key += ' ';
  return key;
}

FieldPlan Classifier::Plan(const MemberContext& member, const FieldName& name) const {
  std::vector<Scored> scored;
  const auto& rules = rules_.rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    Scored s{};
    if (member.InScope(i) && ScoreRule(rules[i], member.FilesMatch(i), name, &s)) scored.push_back(s);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    const auto ka = RankKey(a), kb = RankKey(b);
    if (ka != kb) return ka > kb;
    return a.rule->id < b.rule->id;
  });
  FieldPlan plan;
  for (const Scored& s : scored) {
    plan.candidates.push_back(s.rule);
    if (s.rule->claims_every_value()) break;  // nothing after it could claim a value
  }
  return plan;
}

const Rule* Classifier::Classify(const FieldPlan& plan, std::string_view value, ValueType type) {
  if (type == ValueType::kNull) return nullptr;
  value = Trim(value);
  if (value.empty()) return nullptr;
  const ValueShape shape = ShapeOf(value, type);
  for (const Rule* rule : plan.candidates)
    if (ValueConditionHolds(*rule, value, type, shape)) return rule;
  return nullptr;
}

std::vector<CandidateReason> Classifier::Explain(std::string_view file, std::string_view pointer,
                                                 std::optional<std::string> value) const {
  const std::vector<std::string> segments = SplitPointer(pointer);
  const std::vector<std::string_view> views(segments.begin(), segments.end());
  const FieldName name = DescribeField(file, views);
  const MemberContext member(*this, file);
  const FieldPlan plan = Plan(member, name);
  std::vector<CandidateReason> reasons;
  const auto& rules = rules_.rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    Scored s{};
    if (!ScoreRule(rules[i], member.FilesMatch(i), name, &s)) continue;
    CandidateReason r{s.rule, Tier(s), s.key_len, s.context_len, member.FilesMatch(i)};
    r.planned = std::find(plan.candidates.begin(), plan.candidates.end(), s.rule) != plan.candidates.end();
    if (value) {
      const std::string_view v = Trim(*value);
      r.value_holds = !v.empty() && ValueConditionHolds(*s.rule, v, ValueType::kString, ShapeOf(v, ValueType::kString));
    }
    reasons.push_back(r);
  }
  std::stable_sort(reasons.begin(), reasons.end(), [](const CandidateReason& a, const CandidateReason& b) {
    const Scored sa{a.rule, a.key_words, a.context_words}, sb{b.rule, b.key_words, b.context_words};
    const auto ka = RankKey(sa), kb = RankKey(sb);
    if (ka != kb) return ka > kb;
    return a.rule->id < b.rule->id;
  });
  return reasons;
}

const Rule* Classifier::ClassifyExample(const RuleExample& example) const {
  const std::vector<std::string> segments = SplitPointer(example.path);
  const std::vector<std::string_view> views(segments.begin(), segments.end());
  const FieldPlan plan = Plan(example.file, DescribeField(example.file, views));
  return Classify(plan, example.value, example.type);
}

}  // namespace dataaudit
