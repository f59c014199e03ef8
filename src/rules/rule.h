#pragma once
// A classification rule: which fields it claims, and what it calls them.
//
// A rule claims a value when all of its conditions hold:
//  - keys:      one of these phrases occurs in the field's name tokens;
//  - context:   one of these phrases occurs in the ancestors or the file name;
//  - files:     the member path matches one of these globs;
//  - detector / value: the value passes the named detector / matches the RE2 pattern;
//  - shapes:    the value's shape (detect/value_shape.h) is one of these. Absent, a rule
//               with a detector or pattern takes any shape but a placeholder, and a rule
//               of key words and context takes text and URLs only: words in a key never
//               make a flag, a setting, a count or a placeholder personal data;
//  - none of not_keys / not_context occurs;
//  - platforms: the member belongs to one of these platforms: the one declared with
//               --platform, one its own path or first bytes point to, or one detected
//               in the input so far (see src/platforms/platform_detector.h).
// Absent conditions hold. Rules are data (rules/*.toml); see man/dataaudit.1, RULE FILES.

#include <memory>
#include <string>
#include <vector>

#include "detect/value_shape.h"
#include "documents/document_sink.h"
#include "rules/glob.h"

namespace re2 {
class RE2;
}

namespace dataaudit {

struct Detector;

enum class Confidence : std::uint8_t { kLow, kMedium, kHigh };
std::string_view ConfidenceName(Confidence c);

using Phrase = std::vector<std::string>;

/// One example a rule ships with: a value at a path in a file.
struct RuleExample {
  std::string file;  ///< Member path; may be empty.
  std::string path;  ///< Normalised path, e.g. "/logins/*/ip".
  std::string value;
  ValueType type = ValueType::kString;
};

struct Rule {
  std::string id;
  std::string description;
  std::string category;
  std::string kind;
  Confidence confidence = Confidence::kMedium;
  std::vector<Phrase> keys, not_keys, context, not_context;
  std::vector<std::string> files;
  std::vector<MemberGlob> file_globs;  ///< `files`, prepared for matching (same order).
  std::vector<std::string> platforms;  ///< Platform names the rule is scoped to; empty: any.
  const Detector* detector = nullptr;
  std::shared_ptr<const re2::RE2> value_pattern;
  /// Every full match of value_pattern lies between these (RE2's PossibleMatchRange), a
  /// comparison that rejects most other values without running the pattern.
  std::string value_min, value_max;
  bool has_value_range = false;
  bool strings_only = false;  ///< Ignore JSON numbers, booleans and nulls.
  /// The field's last path segment is the record and the value only an attribute of it
  /// (Instagram's {"following": {"<username>": "<date>"}}): headlines count the segment.
  bool keyed = false;
  ShapeSet shapes = kAllShapes;  ///< The value shapes the rule accepts (see the top of this file).
  std::vector<RuleExample> must_match, must_not_match;
  std::string origin;  ///< The file the rule came from.
  std::string kind_at;  ///< "origin:line:column" of its `kind` key, for rule checks to point at.

  bool has_value_condition() const { return detector != nullptr || value_pattern != nullptr; }
  bool accepts(ValueShape shape) const { return (shapes & ShapeBit(shape)) != 0; }
  /// True when no value condition, type or shape limits the rule: it claims every value.
  bool claims_every_value() const { return !has_value_condition() && !strings_only && shapes == kAllShapes; }
  /// True for a rule whose only condition is the value's shape: the fallback that names
  /// what no key, context or detector claimed (a flag, a count, a placeholder).
  bool shape_only() const {
    return keys.empty() && context.empty() && files.empty() && !has_value_condition() && shapes != kAllShapes;
  }
};

/// A kind of data: what the report calls it and the one line that says what it holds.
struct KindInfo {
  std::string name;
  std::string category;
  std::string description;
};

/// A platform whose exports dataaudit recognises, with the member paths that give it
/// away. Detection sums the weights of the signatures that some member matches.
struct PlatformSignature {
  std::string glob;  ///< Matched against member paths like a rule's `files`.
  int weight = 1;
};

/// What the first bytes of a member hold (`[[platform.content]]`). Every condition given
/// must hold; a signature's weight counts once per input, like a path signature's.
struct ContentSignature {
  /// JSON key paths that must all occur, e.g. "locations[].latitudeE7", "[].title",
  /// "*.*.ProfileMap", "**.label_values" (grammar: src/platforms/json_key_paths.h).
  std::vector<std::string> keys;
  std::string prefix;                  ///< The member starts with this (after a BOM and blanks).
  std::vector<std::string> contains;   ///< Byte strings that must all occur.
  std::vector<std::string> files;      ///< Only members matching one of these globs; empty: any.
  std::vector<MemberGlob> file_globs;  ///< `files`, prepared for matching (same order).
  int weight = 1;
};

struct PlatformInfo {
  std::string name;     ///< e.g. "facebook"
  std::string display;  ///< e.g. "Facebook"
  std::string family;   ///< e.g. "meta": exports that share quirks such as mojibake
  std::vector<PlatformSignature> signatures;
  std::vector<ContentSignature> content;
};

/// Terms of one GDPR Article 9 special category (health, religion, politics...), matched
/// against ad interests and inferences to flag them as possibly sensitive.
struct SensitiveLexicon {
  std::string category;     ///< e.g. "health"
  std::string description;  ///< e.g. "health conditions and treatments"
  std::vector<std::string> terms;  ///< Lower case; matched as whole words.
};

/// The categories, in report order. "unclassified" is not a rule category.
const std::vector<std::string>& Categories();

}  // namespace dataaudit
