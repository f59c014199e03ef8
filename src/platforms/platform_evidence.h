#pragma once
// One thing a platform detection rested on: what the detector returns and the audit
// result carries to the report.

#include <string>

namespace dataaudit {

/// e.g. {"name: Location History/**", "Takeout/Location History/Records.json"},
/// {"content: locations[].latitudeE7", "records.json"} or {"declared: --platform x", ""}.
struct PlatformEvidence {
  std::string signature;
  std::string member;  ///< The least member path that matched it; empty for a declaration.
};

}  // namespace dataaudit
