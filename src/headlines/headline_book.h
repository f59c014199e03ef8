#pragma once
// The headline definitions in force, indexed for the hot path: which headlines each kind
// of value feeds, and in which role. Built once per input from the RuleSet; read-only
// afterwards, so it is safe to share between threads.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/sensitive_matcher.h"
#include "text/field_name.h"
#include "rules/headline_spec.h"

namespace dataaudit {

class RuleSet;

/// A set of headlines, one bit per index into HeadlineBook::specs().
using HeadlineMask = std::uint64_t;
inline constexpr std::size_t kMaxHeadlines = 64;

/// What the values of one kind are to each headline.
struct HeadlineFeeds {
  HeadlineMask whole = 0;      ///< counted as a whole (after normalising)
  HeadlineMask in_text = 0;    ///< searched for addresses or numbers written inside
  HeadlineMask latitude = 0;   ///< one half of a position
  HeadlineMask longitude = 0;  ///< the other half
  HeadlineMask except = 0;     ///< values that do not count where they appear (except_kinds)

  bool empty() const { return (whole | in_text | latitude | longitude | except) == 0; }
  HeadlineFeeds Only(HeadlineMask mask) const {
    return {whole & mask, in_text & mask, latitude & mask, longitude & mask, except & mask};
  }
};

class HeadlineBook {
 public:
  /// The "kind" of values no rule claims, as `in_text_of` names it.
  static constexpr std::string_view kUnclassified = "unclassified";

  /// Uses the first kMaxHeadlines definitions (RuleSet::Validate reports more).
  HeadlineBook(const std::vector<HeadlineSpec>& specs, const std::vector<SensitiveLexicon>& lexicons);
  explicit HeadlineBook(const RuleSet& rules);

  const std::vector<HeadlineSpec>& specs() const { return specs_; }
  const HeadlineSpec& spec(std::size_t index) const { return specs_[index]; }

  /// The roles of values of `kind` (kUnclassified for values no rule claims).
  HeadlineFeeds Feeds(std::string_view kind) const;

  /// The headlines that may count values of the field named `name`: those without
  /// key/context conditions, and those whose conditions the name meets.
  HeadlineMask Selects(const FieldName& name) const;

  const SensitiveMatcher& sensitive() const { return sensitive_; }

  /// The headlines whose unit is records.
  HeadlineMask records() const { return records_; }

 private:
  std::vector<HeadlineSpec> specs_;
  std::unordered_map<std::string, HeadlineFeeds> by_kind_;
  HeadlineMask in_any_text_ = 0;  // in_text_of = ["*"]
  HeadlineMask conditional_ = 0;  // with key/context conditions
  HeadlineMask records_ = 0;      // unit = "records"
  SensitiveMatcher sensitive_;
};

}  // namespace dataaudit
