#include "fields/field_table.h"

#include <algorithm>
#include <limits>

#include "text/timestamp.h"
#include "rules/rule.h"

namespace dataaudit {
namespace {

constexpr std::size_t kMaxSampleBytes = 200;

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view Clip(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

FieldTable::FieldTable(std::string file, const Classifier& classifier, std::size_t max_paths, PlanCache* plans,
                       std::optional<std::vector<std::string>> platforms, std::size_t max_path_bytes)
    : file_(std::move(file)), classifier_(classifier), member_(classifier, file_, std::move(platforms)), plans_(plans),
      sensitive_(classifier.rules().sensitive()), tree_(max_paths, max_path_bytes) {}

NodeId FieldTable::Child(NodeId parent, std::string_view segment) {
  return tree_.Child(parent, segment);
}

void FieldTable::BeginRecord() {
  if (headlines_ != nullptr) headlines_->BeginRecord();
  if (record_depth_ == records_.size()) records_.emplace_back();
  Record& record = records_[record_depth_++];
  record.serial = next_serial_++;
  record.earliest.reset();
  record.latest.reset();
  record.slots.clear();
}

void FieldTable::EndRecord() {
  if (record_depth_ == 0) return;
  if (headlines_ != nullptr) headlines_->EndRecord();
  Record& record = records_[--record_depth_];
  if (record.earliest) {
    DateRecord(record);
  } else if (record_depth_ > 0) {
    for (std::uint32_t index : record.slots) JoinRecord(index, records_[record_depth_ - 1]);
  } else {
    for (std::uint32_t index : record.slots) slots_[index].pending_count = 0;  // never dated
  }
}

// Dates the record's fields and the values they took in it, and counts the record once
// per category in the timeline.
void FieldTable::DateRecord(const Record& record) {
  std::uint64_t series_mask = 0;
  for (std::uint32_t index : record.slots) {
    Slot& slot = slots_[index];
    DateField(slot.stats, *record.earliest, *record.latest);
    for (std::uint8_t i = 0; i < slot.pending_count; ++i)
      slot.top.Date(slot.pending[i].first, slot.pending[i].second, *record.earliest, *record.latest);
    slot.pending_count = 0;
    if (slot.series < 64) series_mask |= std::uint64_t{1} << slot.series;
  }
  for (std::uint32_t series = 0; series_mask != 0; ++series, series_mask >>= 1)
    if ((series_mask & 1) != 0) timeline_->Add(series, *record.earliest);
}

void FieldTable::AddPending(Slot& slot, std::uint32_t counter, std::uint64_t hash) {
  if (slot.pending_count > 0 && slot.pending[slot.pending_count - 1].first == counter &&
      slot.pending[slot.pending_count - 1].second == hash)
    return;
  if (slot.pending_count == Slot::kPending) {  // keep the latest: drop the oldest
    std::move(slot.pending.begin() + 1, slot.pending.end(), slot.pending.begin());
    --slot.pending_count;
  }
  slot.pending[slot.pending_count++] = {counter, hash};
}

void FieldTable::Value(NodeId node, std::string_view text, ValueType type) {
  if (type == ValueType::kNull || IsBlank(text)) return;
  Slot& slot = SlotFor(node);
  slot.stats.count++;
  const std::uint64_t hash = DistinctCounter::Hash(text);
  slot.stats.distinct.AddHash(hash);
  if (const std::uint32_t counter = slot.top.Add(hash, text); counter != TopValues::kNone) AddPending(slot, counter, hash);
  const Rule* rule = ClassifyValue(slot, text, type, hash);
  Tally(slot, rule, text);
  if (rule != nullptr && rule != slot.traits_rule) LearnTraits(slot, *rule);
  else if (rule == nullptr && slot.series == kNoSeries && timeline_ != nullptr) slot.series = timeline_->SeriesOf("unclassified");
  const bool claimed = rule != nullptr;
  if (claimed && slot.checks_sensitive) FlagSensitive(slot.stats, text, hash);
  if (headlines_ != nullptr) FeedHeadline(node, rule, text, type, hash);
  if (record_depth_ == 0) return;
  Record& record = records_[record_depth_ - 1];
  if (slot.record_serial != record.serial) JoinRecord(slot_of_node_[node], record);
  if (claimed && slot.dates_record) {
    if (const auto time = ParseTimestamp(text)) {
      record.earliest = std::min(record.earliest.value_or(*time), *time);
      record.latest = std::max(record.latest.value_or(*time), *time);
    }
  }
}

void FieldTable::LearnTraits(Slot& slot, const Rule& rule) {
  slot.traits_rule = &rule;
  slot.dates_record = rule.kind == "timestamp";
  slot.checks_sensitive = SensitiveMatcher::Checks(rule.kind);
  slot.series = timeline_ != nullptr && !slot.dates_record ? timeline_->SeriesOf(rule.category) : kNoSeries;
}

std::vector<FieldStats> FieldTable::Finish() {
  while (record_depth_ > 0) EndRecord();
  if (headlines_ != nullptr) headlines_->Finish([&](std::uint32_t slot) { return tree_.Pointer(slots_[slot].node); });
  std::vector<FieldStats> fields;
  fields.reserve(slots_.size());
  for (Slot& slot : slots_) {
    slot.stats.file = file_;
    slot.stats.path = tree_.Pointer(slot.node);
    slot.stats.top_values = slot.top.Sorted();
    if (slot.stats.top_values.size() > kReportedTopValues) slot.stats.top_values.resize(kReportedTopValues);
    fields.push_back(std::move(slot.stats));
  }
  slots_.clear();
  return fields;
}

FieldTable::Slot& FieldTable::NewSlot(NodeId node) {
  if (node >= slot_of_node_.size()) slot_of_node_.resize(tree_.size(), kNoSlot);
  std::uint32_t& index = slot_of_node_[node];
  if (index == kNoSlot) {
    const std::vector<std::string_view> segments = tree_.Segments(node);
    Slot slot;
    slot.node = node;
    const FieldName name = DescribeField(file_, segments);
    if (plans_ == nullptr) {
      slot.plan = classifier_.Plan(member_, name);
    } else {
      std::string key = PlanCache::Key(member_, name);
      if (const FieldPlan* cached = plans_->Find(key)) {
        slot.plan = *cached;
      } else {
        slot.plan = classifier_.Plan(member_, name);
        plans_->Insert(std::move(key), slot.plan);
      }
    }
    if (headlines_ != nullptr) headlines_->AddField(name, segments, tree_.parent(node));
    slots_.push_back(std::move(slot));
    index = static_cast<std::uint32_t>(slots_.size() - 1);
  }
  return slots_[index];
}

const Rule* FieldTable::ClassifyValue(Slot& slot, std::string_view text, ValueType type, std::uint64_t hash) {
  const auto& candidates = slot.plan.candidates;
  if (candidates.empty()) return nullptr;
  if (candidates.size() == 1 && candidates[0]->claims_every_value()) return candidates[0];  // the field's one rule claims every value
  if (slot.memo.gave_up()) return Classifier::Classify(slot.plan, text, type);
  const Rule* rule = nullptr;
  if (slot.memo.Find(hash, type, &rule)) return rule;
  rule = Classifier::Classify(slot.plan, text, type);
  slot.memo.Remember(hash, type, rule, memo_budget_);
  return rule;
}

void FieldTable::Tally(Slot& slot, const Rule* rule, std::string_view value) {
  FieldStats& stats = slot.stats;
  if (rule == nullptr) {
    if (stats.unclassified++ == 0) stats.unclassified_sample = Clip(value, kMaxSampleBytes);
    return;
  }
  if (!stats.tallies.empty() && stats.tallies.front().rule == rule) {  // the usual case
    stats.tallies.front().count++;
    return;
  }
  for (RuleTally& tally : stats.tallies) {
    if (tally.rule == rule) {
      tally.count++;
      return;
    }
  }
  stats.tallies.push_back(RuleTally{rule, 1, std::string(Clip(value, kMaxSampleBytes))});
}

void FieldTable::FeedHeadline(NodeId node, const Rule* rule, std::string_view text, ValueType type,
                              std::uint64_t hash) {
  const std::uint32_t field = slot_of_node_[node];
  if (rule == nullptr || !rule->keyed) return headlines_->Value(field, rule, text, type, hash);
  const std::string_view key = tree_.segment(node);
  headlines_->Value(field, rule, key, ValueType::kString, DistinctCounter::Hash(key));
}

const SensitiveLexicon* FieldTable::MatchSensitive(std::string_view value, std::uint64_t hash) {
  SensitiveMemo& memo = sensitive_memo_[hash % sensitive_memo_.size()];
  if (!memo.valid || memo.hash != hash) memo = {hash, sensitive_.Match(value), true};
  return memo.lexicon;
}

void FieldTable::FlagSensitive(FieldStats& stats, std::string_view value, std::uint64_t hash) {
  constexpr std::size_t kMaxSensitiveValues = 100;
  const SensitiveLexicon* lexicon = MatchSensitive(value, hash);
  if (lexicon == nullptr) return;
  stats.sensitive_counts[lexicon->category]++;
  const std::string_view clipped = Clip(value, kMaxSampleBytes);
  if (stats.sensitive_values.size() < kMaxSensitiveValues &&
      std::find(stats.sensitive_values.begin(), stats.sensitive_values.end(), clipped) == stats.sensitive_values.end())
    stats.sensitive_values.emplace_back(clipped);
}

void FieldTable::JoinRecord(std::uint32_t slot_index, Record& record) {
  Slot& slot = slots_[slot_index];
  if (slot.record_serial == record.serial) return;
  slot.record_serial = record.serial;
  record.slots.push_back(slot_index);
}

void FieldTable::DateField(FieldStats& stats, std::int64_t earliest, std::int64_t latest) {
  stats.first_seen = std::min(stats.first_seen.value_or(earliest), earliest);
  stats.last_seen = std::max(stats.last_seen.value_or(latest), latest);
}

}  // namespace dataaudit
