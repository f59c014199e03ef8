#pragma once
// The boundary between document parsers and field aggregation.
//
// A parser turns the bytes of one archive member into a stream of leaf values. Each
// value is attached to a node of a path tree: the parser asks the sink for the child of
// a node by segment name and gets back a small integer id, so that the hot path never
// builds path strings. Records (an element of a top-level array, a CSV row, a JSON Lines
// line, an HTML table row) are bracketed by BeginRecord/EndRecord, which lets the sink
// date every field of a record by the timestamp the record carries.

#include <cstdint>
#include <string_view>

namespace dataaudit {

/// The id of a node in a member's path tree. 0 is the root ("" path).
using NodeId = std::uint32_t;
inline constexpr NodeId kRootNode = 0;

/// The JSON type of a leaf value; CSV, HTML and text values are always kString.
enum class ValueType : std::uint8_t { kString, kNumber, kBool, kNull };

/// Receives the structure and values of one document.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;

  /// The id of the child of `parent` named `segment`, created on first use.
  /// Use "*" for array elements. `segment` need not outlive the call.
  virtual NodeId Child(NodeId parent, std::string_view segment) = 0;

  /// Brackets one record; records may nest (a record inside a record).
  virtual void BeginRecord() = 0;
  virtual void EndRecord() = 0;

  /// One leaf value at `node`. `text` is the value as written (numbers keep their
  /// spelling; strings are unescaped UTF-8) and need not outlive the call.
  virtual void Value(NodeId node, std::string_view text, ValueType type) = 0;
};

}  // namespace dataaudit
