#pragma once
// Reads `[[headline]]` tables of rule files into HeadlineSpecs (the rule parser hands
// them over; see rules/headlines.toml for the format).

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "rules/headline_spec.h"

namespace dataaudit {

/// Reads one [[headline]] table into `out`. Returns false and appends
/// "origin:line:col: message" to `errors` on any problem (unknown members included, so
/// that a misspelt condition is not silently ignored).
bool ReadHeadline(const toml::table& table, std::string_view origin, HeadlineSpec* out,
                  std::vector<std::string>* errors);

}  // namespace dataaudit
