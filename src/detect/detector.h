#pragma once
// Value detectors: small pure functions that say whether one value is of a kind.
//
// A detector looks at the whole value (trimmed by the caller), never at its key: key
// context is the business of rules, which combine a key pattern with a detector. Each
// detector validates beyond its pattern (Luhn and issuer prefixes for cards, mod-97 for
// IBANs, ranges for coordinates) so that platform IDs, timestamps and version strings
// are rejected. Detectors do no I/O and keep no state, so they are safe on any thread.

#include <span>
#include <string_view>

namespace dataaudit {

struct Detector {
  std::string_view name;         ///< kebab-case id used by rules, e.g. "card-number".
  std::string_view description;  ///< One line for `dataaudit list detectors`.
  bool (*matches)(std::string_view value);
};

/// Every detector, sorted by name (a unit test checks the order and uniqueness).
std::span<const Detector> AllDetectors();

/// The detector named `name`, or nullptr.
const Detector* FindDetector(std::string_view name);

}  // namespace dataaudit
