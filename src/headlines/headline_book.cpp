#include "headlines/headline_book.h"

#include <algorithm>

#include "text/key_tokens.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr std::string_view kAnyKind = "*";

bool HasConditions(const HeadlineSpec& spec) {
  return !spec.keys.empty() || !spec.not_keys.empty() || !spec.context.empty() || !spec.not_context.empty();
}

bool MeetsConditions(const HeadlineSpec& spec, const FieldName& name) {
  if (!spec.keys.empty() && LongestPhraseMatch(spec.keys, name.key) == 0) return false;
  if (!spec.context.empty() && LongestPhraseMatch(spec.context, name.context) == 0) return false;
  if (LongestPhraseMatch(spec.not_keys, name.key) > 0) return false;
  return LongestPhraseMatch(spec.not_context, name.context) == 0;
}

}  // namespace

HeadlineBook::HeadlineBook(const std::vector<HeadlineSpec>& specs, const std::vector<SensitiveLexicon>& lexicons)
    : specs_(specs.begin(), specs.begin() + static_cast<std::ptrdiff_t>(std::min(specs.size(), kMaxHeadlines))),
      sensitive_(lexicons) {
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const HeadlineSpec& spec = specs_[i];
    const HeadlineMask bit = HeadlineMask{1} << i;
    for (const std::string& kind : spec.kinds) by_kind_[kind].whole |= bit;
    for (const std::string& kind : spec.latitude_kinds) by_kind_[kind].latitude |= bit;
    for (const std::string& kind : spec.longitude_kinds) by_kind_[kind].longitude |= bit;
    for (const std::string& kind : spec.except_kinds) by_kind_[kind].except |= bit;
    for (const std::string& kind : spec.in_text_of) {
      if (kind == kAnyKind) in_any_text_ |= bit;
      else by_kind_[kind].in_text |= bit;
    }
    if (HasConditions(spec)) conditional_ |= bit;
    if (spec.unit == HeadlineUnit::kRecords) records_ |= bit;
  }
}

HeadlineBook::HeadlineBook(const RuleSet& rules) : HeadlineBook(rules.headlines(), rules.sensitive()) {}

HeadlineFeeds HeadlineBook::Feeds(std::string_view kind) const {
  HeadlineFeeds feeds;
  if (const auto it = by_kind_.find(std::string(kind)); it != by_kind_.end()) feeds = it->second;
  feeds.in_text |= in_any_text_;
  return feeds;
}

HeadlineMask HeadlineBook::Selects(const FieldName& name) const {
  HeadlineMask mask = ~conditional_;
  for (std::size_t i = 0; i < specs_.size(); ++i)
    if ((conditional_ >> i & 1) != 0 && MeetsConditions(specs_[i], name)) mask |= HeadlineMask{1} << i;
  return mask;
}

}  // namespace dataaudit
