#include "headlines/document_headlines.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "detect/value_shape.h"
#include "headlines/positions.h"
#include "headlines/text_finder.h"
#include "rules/rule.h"

namespace dataaudit {
namespace {

// Meta's label_values items name their value: {"label": "Name", "value": ...}, and an
// item that groups others carries a "title" ({"dict": [...], "title": "Name"}).
constexpr std::string_view kLabelKey = "label";
constexpr std::string_view kTitleKey = "title";
constexpr std::string_view kLabelledArrays[] = {"label_values", "dict", "vec"};

bool IsLabel(std::span<const std::string_view> segments) {
  if (segments.empty()) return false;
  if (segments.back() == kLabelKey) return true;
  if (segments.back() != kTitleKey || segments.size() < 3) return false;
  const std::string_view array = segments[segments.size() - 3];
  return segments[segments.size() - 2] == "*" &&
         std::find(std::begin(kLabelledArrays), std::end(kLabelledArrays), array) != std::end(kLabelledArrays);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// Calls `each(index)` for every headline in `mask`.
template <typename F>
void ForEach(HeadlineMask mask, F each) {
  for (; mask != 0; mask &= mask - 1) each(static_cast<std::size_t>(std::countr_zero(mask)));
}

std::optional<NormalValue> Normalise(HeadlineNormaliser normaliser, std::string_view value) {
  switch (normaliser) {
    case HeadlineNormaliser::kEmail: return NormaliseEmail(value);
    case HeadlineNormaliser::kPhone: return NormalisePhone(value);
    case HeadlineNormaliser::kIp: return NormaliseIp(value);
    case HeadlineNormaliser::kCard: return NormaliseCard(value);
    case HeadlineNormaliser::kText: break;
  }
  return NormaliseText(value);
}

}  // namespace

DocumentHeadlines::DocumentHeadlines(const HeadlineBook& book, HeadlineTallies& tallies, std::string file)
    : book_(book), tallies_(tallies), file_(std::move(file)), frames_(1) {
  if (tallies_.size() < book_.specs().size()) tallies_.resize(book_.specs().size());
  frames_[0].nested.assign(book_.specs().size(), 0);
}

void DocumentHeadlines::AddField(const FieldName& name, std::span<const std::string_view> segments, NodeId parent) {
  Field field;
  field.selects = book_.Selects(name);
  field.parent = parent;
  field.label = IsLabel(segments);
  field.top_array = !segments.empty() && segments.front() == "*";
  field.item = !segments.empty() && segments.back() == "*";
  fields_.push_back(field);
}

void DocumentHeadlines::BeginRecord() {
  frames_[depth_ - 1].holds_records = true;
  if (depth_ == frames_.size()) {
    frames_.emplace_back();
    frames_.back().nested.assign(book_.specs().size(), 0);
  }
  ++depth_;
}

void DocumentHeadlines::EndRecord() {
  if (depth_ <= 1) return;
  Frame& record = frames_[depth_ - 1];
  CloseRecord(record, frames_[depth_ - 2], depth_ > 2);
  Reset(record);
  --depth_;
}

// A value marks its record; an element of an array of values (`item`), and a value
// outside any record, is an item of its own.
void DocumentHeadlines::Hit(std::size_t headline, bool item) {
  Frame& frame = frames_[depth_ - 1];
  if (item || depth_ == 1) {
    frame.nested[headline]++;
    frame.nested_mask |= HeadlineMask{1} << headline;
  } else {
    frame.direct |= HeadlineMask{1} << headline;
  }
}

// A label record hands everything to its parent. Any other record counts once for each
// headline it (or an item inside it) holds, except a top-level object that is no array
// element: a container (`{"searches": [...]}`), which passes on the count of the items
// inside it; its own values (a title beside the list) count as one only without items.
void DocumentHeadlines::CloseRecord(Frame& record, Frame& parent, bool nested) {
  if (record.label && depth_ > 2) {
    parent.direct |= record.direct;
    ForEach(record.nested_mask, [&](std::size_t h) { parent.nested[h] += record.nested[h]; });
    parent.nested_mask |= record.nested_mask;
    for (Half half : record.halves) {
      half.parent = kLoose;
      AddHalf(parent, half);
    }
    return;
  }
  const bool container = !nested && !record.top_array;
  ForEach(record.direct | record.nested_mask, [&](std::size_t h) {
    const std::uint64_t count = container && record.nested[h] > 0 ? record.nested[h] : 1;
    if (nested) {
      parent.nested[h] += count;
      parent.nested_mask |= HeadlineMask{1} << h;
    } else {
      tallies_[h].records += count;
    }
  });
}

void DocumentHeadlines::Reset(Frame& frame) {
  ForEach(frame.nested_mask, [&](std::size_t h) { frame.nested[h] = 0; });
  frame.direct = frame.nested_mask = 0;
  frame.label = frame.top_array = frame.holds_records = false;
  frame.halves.clear();
}

void DocumentHeadlines::Value(std::uint32_t field_index, const Rule* rule, std::string_view text, ValueType type,
                              std::uint64_t hash) {
  Field& field = fields_[field_index];
  if (field.label) {
    frames_[depth_ - 1].label = true;
    return;
  }
  if (!field.known || field.rule != rule) {
    field.known = true;
    field.rule = rule;
    field.feeds = book_.Feeds(rule != nullptr ? std::string_view(rule->kind) : HeadlineBook::kUnclassified)
                      .Only(field.selects);
  }
  if (field.feeds.empty()) return;
  if (depth_ > 1) frames_[1].top_array |= field.top_array;
  text = Trim(text);
  if (text.empty()) return;
  ForEach(field.feeds.except, [&](std::size_t h) { Except(h, text); });
  Halves(field_index, field.feeds, text, type);
  const HeadlineMask records = field.feeds.whole & book_.records();
  // A headline that takes the whole value need not search it as well.
  const HeadlineMask in_text = type == ValueType::kString ? field.feeds.in_text & ~field.feeds.whole : 0;
  const HeadlineMask once = (field.feeds.whole & ~records) | in_text;
  if (records == 0 && once == 0) return;
  // A value seen before in this field: counting it again for distinct values changes
  // nothing; a record only needs to know whether it counts.
  const std::uint64_t key = hash ^ (static_cast<std::uint64_t>(type) * 0x9E3779B97F4A7C15ULL);
  if (const std::optional<bool> counts = field.seen.Find(key)) {
    if (*counts) ForEach(records, [&](std::size_t h) { Hit(h, field.item); });
    return;
  }
  const HeadlineMask shaped = records | (once & field.feeds.whole);  // the shape decides for these
  const ShapeSet shape = shaped != 0 ? ShapeBit(ShapeOf(text, type)) : 0;
  HeadlineMask counted = 0;
  ForEach(records, [&](std::size_t h) {
    if ((book_.spec(h).shapes & shape) == 0) return;
    counted |= HeadlineMask{1} << h;
    Mark(h, field_index);
    Hit(h, field.item);
  });
  ForEach(once & field.feeds.whole, [&](std::size_t h) {
    if ((book_.spec(h).shapes & shape) != 0) Whole(h, field_index, text);
  });
  // A value no rule claims that is nothing but digits is an id or a number, not text
  // with a phone number in it.
  const bool bare_number = rule == nullptr && std::all_of(text.begin(), text.end(), IsDigit);
  ForEach(in_text, [&](std::size_t h) { InText(h, field_index, text, bare_number); });
  if (counted == 0 || counted == records) field.seen.Remember(key, counted != 0, memo_budget_);
}

// Latitudes and longitudes, value by value (not memoised: each may make a position with
// the other half beside it).
void DocumentHeadlines::Halves(std::uint32_t field, const HeadlineFeeds& feeds, std::string_view text, ValueType type) {
  if ((feeds.latitude | feeds.longitude) == 0) return;
  // Millions of these are JSON numbers: their shape is a number, or a placeholder when
  // zero, which ParseDegrees tells as well (0 degrees is no half of a place).
  const ShapeSet shape = ShapeBit(type == ValueType::kNumber ? ValueShape::kNumber : ShapeOf(text, type));
  const NodeId parent = fields_[field].parent;
  const auto half = [&](std::size_t h, bool latitude) {
    if ((book_.spec(h).shapes & shape) == 0) return;
    const auto degrees = ParseDegrees(text, latitude ? 90 : 180);
    if (degrees && *degrees != 0)
      AddHalf(frames_[depth_ - 1], Half{static_cast<std::uint8_t>(h), latitude, parent, *degrees, field});
  };
  ForEach(feeds.latitude, [&](std::size_t h) { half(h, true); });
  ForEach(feeds.longitude, [&](std::size_t h) { half(h, false); });
}

void DocumentHeadlines::Whole(std::size_t headline, std::uint32_t field, std::string_view text) {
  const HeadlineSpec& spec = book_.spec(headline);
  switch (spec.unit) {
    case HeadlineUnit::kRecords: return;  // Value counts records itself
    case HeadlineUnit::kPositions:
      if (const auto position = ParsePosition(text); position && AddPosition(headline, *position)) Mark(headline, field);
      return;
    case HeadlineUnit::kDistinct: break;
  }
  if (spec.split.empty()) return Distinct(headline, field, text);
  while (!text.empty()) {
    const std::size_t cut = text.find_first_of(spec.split);
    const std::string_view part = Trim(text.substr(0, cut));
    if (!part.empty()) Distinct(headline, field, part);
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + 1);
  }
}

void DocumentHeadlines::Distinct(std::size_t headline, std::uint32_t field, std::string_view part) {
  const HeadlineSpec& spec = book_.spec(headline);
  if (spec.sensitive) {
    const SensitiveLexicon* lexicon = book_.sensitive().Match(part);
    if (lexicon == nullptr) return;
    tallies_[headline].categories.insert(lexicon->category);
  }
  if (spec.normalise == HeadlineNormaliser::kEmail)  // "Jane <jane@example.org>" holds one
    return FindEmails(part, [&](std::string_view email) { CountEmail(headline, field, email); });
  Count(headline, field, Normalise(spec.normalise, part));
}

void DocumentHeadlines::InText(std::size_t headline, std::uint32_t field, std::string_view text, bool bare_number) {
  switch (book_.spec(headline).normalise) {
    case HeadlineNormaliser::kEmail:
      if (std::memchr(text.data(), '@', text.size()) != nullptr)
        FindEmails(text, [&](std::string_view email) { CountEmail(headline, field, email); });
      return;
    case HeadlineNormaliser::kPhone:
      if (bare_number) return;
      FindPhones(text, [&](std::string_view phone) { Count(headline, field, NormalisePhone(phone)); });
      return;
    default: return;
  }
}

void DocumentHeadlines::Count(std::size_t headline, std::uint32_t field, const std::optional<NormalValue>& value) {
  if (!value) return;
  tallies_[headline].distinct.Add(*value);
  Mark(headline, field);
}

void DocumentHeadlines::CountEmail(std::size_t headline, std::uint32_t field, std::string_view address) {
  const bool lower = std::none_of(address.begin(), address.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!lower) EmailKeyInto(address, scratch_);  // most are written in lower case already
  tallies_[headline].distinct.AddKey(lower ? address : std::string_view(scratch_));
  Mark(headline, field);
}

void DocumentHeadlines::Except(std::size_t headline, std::string_view text) {
  if (const auto value = Normalise(book_.spec(headline).normalise, text)) tallies_[headline].except.Add(value->key);
}

void DocumentHeadlines::Mark(std::size_t headline, std::uint32_t field) { fields_[field].fed |= HeadlineMask{1} << headline; }

// Pairs `half` with a waiting other half of the same headline beside it (same parent
// node, or both loose), or leaves it waiting in `frame`.
void DocumentHeadlines::AddHalf(Frame& frame, Half half) {
  for (std::size_t i = 0; i < frame.halves.size(); ++i) {
    const Half& other = frame.halves[i];
    if (other.headline != half.headline || other.latitude == half.latitude || other.parent != half.parent) continue;
    const Half& latitude = half.latitude ? half : other;
    const Half& longitude = half.latitude ? other : half;
    if (AddPosition(half.headline, {latitude.degrees, longitude.degrees})) {
      Mark(half.headline, half.field);
      Mark(half.headline, other.field);
    }
    frame.halves[i] = frame.halves.back();
    frame.halves.pop_back();
    return;
  }
  // A second half of one kind beside the first: the first lost its pair; keep the new one.
  std::erase_if(frame.halves, [&](const Half& other) {
    return other.headline == half.headline && other.latitude == half.latitude && other.parent == half.parent;
  });
  frame.halves.push_back(half);
}

bool DocumentHeadlines::AddPosition(std::size_t headline, Position position) {
  const auto cell = PositionCell(position, book_.spec(headline).grid_degrees);
  if (!cell) return false;
  tallies_[headline].distinct.AddHash(MixHash(*cell));
  MapGrid& map = tallies_[headline].map;
  if (map.positions() == 0) map = MapGrid(book_.spec(headline).grid_degrees);  // the headline's cells
  map.Add(position);
  return true;
}

void DocumentHeadlines::Finish(const std::function<std::string(std::uint32_t)>& path_of) {
  while (depth_ > 1) EndRecord();
  // Values outside any record are items, unless the document has records: then they are
  // its title and preamble (an HTML page's heading).
  Frame& document = frames_[0];
  if (!document.holds_records)
    ForEach(document.nested_mask, [&](std::size_t h) { tallies_[h].records += document.nested[h]; });
  Reset(document);
  for (std::uint32_t i = 0; i < fields_.size(); ++i) {
    if (fields_[i].fed == 0) continue;
    const std::string path = path_of(i);
    ForEach(fields_[i].fed, [&](std::size_t h) { tallies_[h].fields.emplace(file_, path); });
  }
}

}  // namespace dataaudit
