#pragma once
// Feeds the headlines from the values of one document, as FieldTable classifies them.
//
// FieldTable calls AddField once per field (in the order of its slots), brackets records
// with BeginRecord/EndRecord, and calls Value for every non-blank value with the rule
// that claimed it (or none). The values of each headline go straight into the input's
// HeadlineTallies, so nothing is kept per document but the open records and one small
// entry per field. Per value:
//  - whole values of a headline's kinds count once normalised (headlines/normalise.h),
//    if their shape is one the headline takes (placeholders, flags and notices never);
//  - string values of its `in_text_of` kinds are searched for e-mail addresses or phone
//    numbers (headlines/text_finder.h);
//  - a latitude and a longitude pair up when they are siblings (same parent node), or
//    when each sits in a Meta label record of one enclosing record;
//  - records: a value marks its record. A record counts once for a headline however many
//    of its fields (and of the records nested in it) hold one. A label record
//    ({"label": "Name", "value": ...}) is part of the record around it, not a record of
//    its own. An element of an array of values (["a", "b"]) is an item of its own. A
//    top-level object that is no array element (`{"searches": [...]}`) is a container,
//    not a record: each record or item in it counts, and its own values (a title beside
//    the list) count as one record only when it holds none. Values outside any record
//    count one each, unless the document has records (then they are its title and
//    preamble).
// Values at a "label" key (and the "title" of a Meta label_values item) name the value
// beside them and never count.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "documents/document_sink.h"
#include "fields/value_observer.h"
#include "headlines/headline_book.h"
#include "headlines/headline_tally.h"
#include "headlines/positions.h"
#include "headlines/seen_values.h"

namespace dataaudit {

struct Rule;

class DocumentHeadlines final : public ValueObserver {
 public:
  /// Writes into `tallies` (sized to the book's headlines if it is not yet). `file` names
  /// the member in the tallies' field lists.
  DocumentHeadlines(const HeadlineBook& book, HeadlineTallies& tallies, std::string file);

  /// Registers the next field (numbered from 0): its name, its path segments (root's
  /// child first) and its parent node.
  void AddField(const FieldName& name, std::span<const std::string_view> segments, NodeId parent) override;

  void BeginRecord() override;
  void EndRecord() override;

  /// One value of field `field`, trimmed or not, claimed by `rule` (nullptr: no rule);
  /// `hash` is its DistinctCounter::Hash (values are known by it in SeenValues).
  void Value(std::uint32_t field, const Rule* rule, std::string_view text, ValueType type,
             std::uint64_t hash) override;

  /// Closes the records left open and adds the fields that fed each headline to its
  /// tally, named by `path_of(field)`.
  void Finish(const std::function<std::string(std::uint32_t)>& path_of) override;

 private:
  // The fields' SeenValues of one document may hold this many entries in all (8 bytes each).
  static constexpr std::size_t kMemoBudget = std::size_t{1} << 18;

  struct Field {
    HeadlineMask selects = 0;  // headlines whose key/context conditions it meets
    NodeId parent = kRootNode;
    bool label = false;        // a Meta "label": names the value beside it
    bool top_array = false;    // its path starts in a top-level array
    bool item = false;         // an element of an array of values: an item of its own
    bool known = false;        // `feeds` holds the feeds of `rule`
    const Rule* rule = nullptr;
    HeadlineFeeds feeds;
    HeadlineMask fed = 0;      // headlines it fed
    SeenValues seen;           // values taken in already; the bit: it counts for records
  };
  static constexpr NodeId kLoose = 0xFFFFFFFF;  // a half that left its label record
  struct Half {
    std::uint8_t headline;
    bool latitude;
    NodeId parent;
    double degrees;
    std::uint32_t field;
  };
  struct Frame {  // the document (index 0), then each open record
    HeadlineMask direct = 0;           // headlines with values in the record itself
    HeadlineMask nested_mask = 0;      // headlines counted in records nested in it
    std::vector<std::uint64_t> nested;  // those counts, by headline
    bool label = false;
    bool top_array = false;
    bool holds_records = false;
    std::vector<Half> halves;  // latitudes and longitudes waiting for their other half
  };

  void Halves(std::uint32_t field, const HeadlineFeeds& feeds, std::string_view text, ValueType type);
  void Whole(std::size_t headline, std::uint32_t field, std::string_view text);
  void Distinct(std::size_t headline, std::uint32_t field, std::string_view part);
  void InText(std::size_t headline, std::uint32_t field, std::string_view text, bool bare_number);
  void Count(std::size_t headline, std::uint32_t field, const std::optional<NormalValue>& value);
  void CountEmail(std::size_t headline, std::uint32_t field, std::string_view address);  // as FindEmails found it
  void Mark(std::size_t headline, std::uint32_t field);
  void Except(std::size_t headline, std::string_view text);  // a value of its except_kinds
  void Hit(std::size_t headline, bool item);
  void AddHalf(Frame& frame, Half half);
  bool AddPosition(std::size_t headline, Position position);  // false: no place (0,0, out of range)
  void CloseRecord(Frame& record, Frame& parent, bool nested);
  static void Reset(Frame& frame);

  const HeadlineBook& book_;
  HeadlineTallies& tallies_;
  std::string file_;
  std::vector<Field> fields_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 1;  // open frames, the document's included
  std::size_t memo_budget_ = kMemoBudget;
  std::string scratch_;  // an e-mail key being made
};

}  // namespace dataaudit
