#pragma once
// The shape of one value: what it looks like, before anyone asks what it means.
//
// Key words say what a field is about ("messages", "video", "connections"); the shape
// says whether a value can be data of that kind at all. "Everyone" under "Who can send
// me messages" is a setting, not a message; `false` under "IsFastLane" is a flag, not a
// connection; "N/A" and a zero timestamp are placeholders; a .jpg link is a media file,
// not a page the user visited. Rules name the shapes they accept (rules/*.toml,
// `shapes = [...]`); a value of any other shape passes them by.
//
// Shapes are exclusive: every value has exactly one. Pure functions, no state.

#include <cstdint>
#include <optional>
#include <string_view>

#include "documents/document_sink.h"

namespace dataaudit {

enum class ValueShape : std::uint8_t {
  kPlaceholder,  ///< "N/A", "None", "null", "-", "0", "[]": no data in the slot
  kBoolean,      ///< true/false, yes/no, on/off (JSON booleans and their spellings)
  kSetting,      ///< a setting or enum word: "Everyone", "Only me", "Default", "Enabled"
  kNotice,       ///< a platform notice: "You have no data in this section"
  kNumber,       ///< a number as written: "42", "-3.5", "1700000000123"
  kUrl,          ///< an http(s) URL that is not a media file
  kMedia,        ///< a media file: a path or URL of a photo, video, sound or document
  kText,         ///< anything else: words, names, sentences, ids
};

inline constexpr int kShapeCount = 8;

/// A set of shapes, one bit per ValueShape.
using ShapeSet = std::uint16_t;

constexpr ShapeSet ShapeBit(ValueShape shape) { return static_cast<ShapeSet>(1u << static_cast<unsigned>(shape)); }
inline constexpr ShapeSet kAllShapes = (1u << kShapeCount) - 1;

/// The shape of `value` (already trimmed, not empty) of JSON type `type`.
ValueShape ShapeOf(std::string_view value, ValueType type);

/// "placeholder", "boolean", ... (the names rules use).
std::string_view ShapeName(ValueShape shape);
std::optional<ValueShape> ShapeFromName(std::string_view name);

}  // namespace dataaudit
