#pragma once
// What FieldTable tells about the values it classifies, to whoever counts more than the
// field statistics (the headlines, headlines/document_headlines.h). An interface of its
// own so that fields/ does not depend on what observes it.
//
// Calls, per document: AddField once per field, in the order of FieldTable's slots
// (numbered from 0); BeginRecord/EndRecord around records; Value for every non-blank
// value with the rule that claimed it (or none); Finish once at the end.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "documents/document_sink.h"
#include "text/field_name.h"

namespace dataaudit {

struct Rule;

class ValueObserver {
 public:
  virtual ~ValueObserver() = default;

  /// The next field: its name, its path segments (root's child first) and parent node.
  virtual void AddField(const FieldName& name, std::span<const std::string_view> segments, NodeId parent) = 0;
  virtual void BeginRecord() = 0;
  virtual void EndRecord() = 0;
  /// One value of field `field` claimed by `rule` (nullptr: no rule); `hash` is its
  /// DistinctCounter::Hash.
  virtual void Value(std::uint32_t field, const Rule* rule, std::string_view text, ValueType type,
                     std::uint64_t hash) = 0;
  /// The end of the document; `path_of(field)` names a field by its path.
  virtual void Finish(const std::function<std::string(std::uint32_t)>& path_of) = 0;
};

}  // namespace dataaudit
