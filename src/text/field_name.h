#pragma once
// How a field is named for classification.
//
// A field's path can end in a generic key ("value", "href", "timestamp") or an array
// element ("*"), which says nothing by itself: Instagram writes
// `string_map_data/IP Address/value`. The meaningful name is then the nearest ancestor
// that is neither generic nor "*", with the generic leaf word appended ("ip address
// value"). The context is every other ancestor plus the member's folders and file name,
// so a rule can say "any text under ads_interests.json".
//
// Every rule is matched against these tokens once per field, so their number is capped:
// a segment gives at most kMaxSegmentTokens tokens and the context at most
// kMaxContextTokens (real keys have a handful; a hostile key of a kilobyte of words would
// otherwise cost milliseconds per field, tens of seconds for a file of distinct keys).

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

inline constexpr std::size_t kMaxSegmentTokens = 16;
inline constexpr std::size_t kMaxContextTokens = 96;

struct FieldName {
  std::vector<std::string> key;      ///< Tokens that name the field.
  std::vector<std::string> context;  ///< Ancestor and file tokens; "" between segments.
};

/// True for keys that carry no meaning of their own ("value", "href", ...).
bool IsGenericKey(std::string_view segment);

/// Names the field at `segments` (root to leaf, without the root) in member `file`.
FieldName DescribeField(std::string_view file, std::span<const std::string_view> segments);

/// Splits a normalised path "/a/*/b" into its segments (unescaping ~1 and ~0).
std::vector<std::string> SplitPointer(std::string_view pointer);

}  // namespace dataaudit
