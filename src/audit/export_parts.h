#pragma once
// Groups command-line inputs that are parts of one export, so they give one report:
// Google Takeout's `takeout-<time>-001.zip`, `-002.zip` and the newer
// `takeout-<time>-3-009.zip`; any `<name>-part1.zip`, `<name>_part2.zip`; and the
// numbered zips of Meta and Snapchat exports (`facebook-jane-2024-AbCd-1.zip`,
// `instagram-jane (2).zip`, `mydata~1712345678-2.zip`).
// Other inputs stay alone. Groups keep the order of their first part; parts are sorted.

#include <string>
#include <vector>

namespace dataaudit {

std::vector<std::vector<std::string>> GroupExportParts(const std::vector<std::string>& inputs);

/// The name shared by the parts of an export ("takeout-20240516T230250Z"), or "" when
/// `input` is not named like a part.
std::string ExportPartStem(const std::string& input);

}  // namespace dataaudit
