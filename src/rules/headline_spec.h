#pragma once
// A headline definition: one `[[headline]]` table of rules/headlines.toml.
//
// A headline is one fact the report leads with ("38 IP addresses, 2016 to 2024"). Its
// definition says which kinds of data it counts, in which unit, how values are
// normalised before they are compared, which fields of those kinds count, and how the
// line reads. Headline behaviour lives in that data, not in C++: the code only knows the
// units and normalisers below. The format is documented at the top of headlines.toml
// and in man/dataaudit.1 (RULE FILES); headline_reader.h reads it.

#include <string>
#include <string_view>
#include <vector>

#include "detect/value_shape.h"
#include "rules/rule.h"

namespace dataaudit {

/// What a headline counts.
enum class HeadlineUnit : std::uint8_t {
  kDistinct,   ///< distinct normalised values, across every field and file of the input
  kRecords,    ///< records (rows, array elements) holding at least one value of the kinds
  kPositions,  ///< distinct GPS positions (latitude/longitude pairs rounded to a grid)
};

/// How values are made comparable before they are counted (src/headlines/normalise.h).
enum class HeadlineNormaliser : std::uint8_t { kText, kEmail, kPhone, kIp, kCard };

struct HeadlineSpec {
  std::string id;                  ///< Stable JSON id, e.g. "ip_addresses".
  std::vector<std::string> kinds;  ///< Kinds whose values count as a whole.
  HeadlineUnit unit = HeadlineUnit::kDistinct;
  HeadlineNormaliser normalise = HeadlineNormaliser::kText;
  /// kPositions: the kinds holding one half of a position each; a latitude pairs with
  /// a longitude of the same record. `kinds` then hold both halves in one value.
  std::vector<std::string> latitude_kinds, longitude_kinds;
  double grid_degrees = 0.00005;  ///< kPositions: positions are rounded to this grid.
  /// Which fields of the kinds count, as a rule's conditions: one of `keys` in the
  /// field's name (when given), one of `context` around it (when given), none of the not_.
  std::vector<Phrase> keys, not_keys, context, not_context;
  /// Kinds whose string values are searched for this headline's values written inside
  /// text (kEmail and kPhone only). "unclassified" names the values no rule claims; "*"
  /// any value.
  std::vector<std::string> in_text_of;
  /// Values also seen under these kinds do not count: the account holder's own name and
  /// username are no connection of theirs, though they stand among a chat's participants.
  std::vector<std::string> except_kinds;
  ShapeSet shapes = 0;    ///< Value shapes that count as a whole (see ReadHeadline for the default).
  std::string split;      ///< Characters that separate several values written in one.
  bool sensitive = false;  ///< Count only values that a [[sensitive]] lexicon matches.
  std::string one, many;   ///< The noun, singular and plural.
  std::string text;        ///< The line: "{count} {noun}{years}", see report/headlines.h.
  std::string origin;      ///< The file the definition came from.
};

std::string_view HeadlineUnitName(HeadlineUnit unit);

}  // namespace dataaudit
