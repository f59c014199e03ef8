#pragma once
// Aggregates the values of one document into per-field statistics.
//
// It is the DocumentSink that parsers write to. For each path it plans classification
// once, then per value counts, estimates distinct values, asks the classifier which
// rule claims the value, and dates the field by the timestamp of the enclosing record:
// a record's fields take its time when it has one, or pass to the enclosing record.
// Empty strings and nulls are ignored: they hold no data.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "classify/classifier.h"
#include "classify/sensitive_matcher.h"
#include "documents/document_sink.h"
#include "fields/field_stats.h"
#include "fields/path_tree.h"
#include "fields/timeline.h"
#include "fields/top_values.h"
#include "fields/value_memo.h"
#include "fields/value_observer.h"

namespace dataaudit {

class FieldTable final : public DocumentSink {
 public:
  /// `plans` (optional) shares field plans with the other members of the input;
  /// `platforms` (optional) are the member's platforms (MemberContext);
  /// `max_path_bytes` bounds the length of a field's path (PathTree).
  FieldTable(std::string file, const Classifier& classifier, std::size_t max_paths = 100000,
             PlanCache* plans = nullptr, std::optional<std::vector<std::string>> platforms = std::nullopt,
             std::size_t max_path_bytes = 1024);

  NodeId Child(NodeId parent, std::string_view segment) override;
  void BeginRecord() override;
  void EndRecord() override;
  void Value(NodeId node, std::string_view text, ValueType type) override;

  /// Closes records left open (a truncated document) and returns the fields, ordered by
  /// first appearance, with their paths filled in.
  std::vector<FieldStats> Finish();

  /// True when the document had more distinct paths than max_paths.
  bool overflowed() const { return tree_.overflowed(); }
  /// True when a path was cut at max_path_bytes.
  bool path_cut() const { return tree_.path_cut(); }

  /// Also feeds every record and classified value to `headlines` (which must outlive the
  /// table); set before the first value. Finish() then names its fields.
  void FeedHeadlines(ValueObserver* headlines) { headlines_ = headlines; }

  /// Also counts every dated record in `timeline` (which must outlive the table), once
  /// per category of the fields in it (timestamps aside; a field no rule has claimed yet
  /// is "unclassified"); set before the first value.
  void FeedTimeline(Timeline* timeline) { timeline_ = timeline; }

 private:
  // Value memos of one document may hold this many entries in all (16 bytes each).
  static constexpr std::size_t kMemoBudget = std::size_t{1} << 18;

  struct Slot {
    NodeId node;
    FieldPlan plan;
    FieldStats stats;
    std::uint64_t record_serial = 0;
    ValueMemo memo;  // the rule that claimed each distinct value, while categorical
    // What the rule that claimed the last value asks for, kept so that the rule's kind
    // is not compared per value (a field's values are almost always claimed by one rule).
    const Rule* traits_rule = nullptr;
    bool dates_record = false;      // its values are the record's time
    bool checks_sensitive = false;  // its values are matched against the sensitive lexicons
    std::uint32_t series = kNoSeries;  // its category's timeline series
    TopValues top;
    // The counters of its values since its record was last dated, to date them with it.
    static constexpr std::size_t kPending = 8;
    std::array<std::pair<std::uint32_t, std::uint64_t>, kPending> pending{};
    std::uint8_t pending_count = 0;
  };
  static constexpr std::uint32_t kNoSeries = 0xFFFFFFFF;
  struct Record {
    std::uint64_t serial;
    std::optional<std::int64_t> earliest, latest;
    std::vector<std::uint32_t> slots;
  };

  // The slot of `node`, made (and its plan found) on the node's first value.
  Slot& SlotFor(NodeId node) {
    if (node < slot_of_node_.size() && slot_of_node_[node] != kNoSlot) return slots_[slot_of_node_[node]];
    return NewSlot(node);
  }
  Slot& NewSlot(NodeId node);
  static constexpr std::uint32_t kNoSlot = 0xFFFFFFFF;
  const Rule* ClassifyValue(Slot& slot, std::string_view text, ValueType type, std::uint64_t hash);
  void Tally(Slot& slot, const Rule* rule, std::string_view value);
  void LearnTraits(Slot& slot, const Rule& rule);
  static void AddPending(Slot& slot, std::uint32_t counter, std::uint64_t hash);
  void DateRecord(const Record& record);
  void FlagSensitive(FieldStats& stats, std::string_view value, std::uint64_t hash);
  const SensitiveLexicon* MatchSensitive(std::string_view value, std::uint64_t hash);
  // Hands a classified value to the headlines: the value itself, or for a keyed rule the
  // field's last path segment, which is the record (a username keying a date).
  void FeedHeadline(NodeId node, const Rule* rule, std::string_view text, ValueType type, std::uint64_t hash);
  void JoinRecord(std::uint32_t slot_index, Record& record);
  static void DateField(FieldStats& stats, std::int64_t earliest, std::int64_t latest);

  std::string file_;
  const Classifier& classifier_;
  MemberContext member_;
  PlanCache* plans_;
  SensitiveMatcher sensitive_;
  // The lexicon (or none) of recently matched values, by hash, direct-mapped: interests and
  // inferred activity types repeat, and matching words against every lexicon is costly.
  struct SensitiveMemo {
    std::uint64_t hash = 0;
    const SensitiveLexicon* lexicon = nullptr;
    bool valid = false;
  };
  std::array<SensitiveMemo, 256> sensitive_memo_{};
  PathTree tree_;
  std::vector<std::uint32_t> slot_of_node_;
  std::vector<Slot> slots_;
  std::vector<Record> records_;  // reused: only the first record_depth_ are open
  std::size_t record_depth_ = 0;
  std::uint64_t next_serial_ = 1;
  std::size_t memo_budget_ = kMemoBudget;
  ValueObserver* headlines_ = nullptr;  // fields are registered in slot order
  Timeline* timeline_ = nullptr;
};

}  // namespace dataaudit
