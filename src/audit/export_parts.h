#pragma once
// Groups command-line inputs that are parts of one export, so they give one report:
// Google Takeout's `takeout-<time>-001.zip`, `-002.zip` and the newer
// `takeout-<time>-3-009.zip`; any `<name>-part1.zip`, `<name>_part2.zip`; and the
// numbered zips of Meta and Snapchat exports (`facebook-jane-2024-AbCd-1.zip`,
// `instagram-jane (2).zip`, `mydata~1712345678-2.zip`).
// Other inputs stay alone. Groups keep the order of their first part; parts are sorted.
//
// A shared name is not enough: two people's exports can both be called `*-part1.zip`.
// Parts are merged only when they also agree on the platform their own contents point
// to; a part whose platform cannot be told on its own (Takeout's later parts often hold
// only media) goes with the others. Parts that disagree are each their own report.

#include <functional>
#include <string>
#include <vector>

namespace dataaudit {

/// --merge (every input one export), --no-merge (every input its own), or the default.
enum class MergeMode { kAuto, kAll, kNone };

/// The platform an input's own contents point to, or "" when they do not say.
using PlatformOf = std::function<std::string(const std::string& input)>;

/// `platform_of` is asked only about inputs named like parts of one export with others.
std::vector<std::vector<std::string>> GroupExportParts(const std::vector<std::string>& inputs,
                                                       const PlatformOf& platform_of,
                                                       MergeMode mode = MergeMode::kAuto);

/// The name shared by the parts of an export ("takeout-20240516T230250Z"), or "" when
/// `input` is not named like a part.
std::string ExportPartStem(const std::string& input);

}  // namespace dataaudit
