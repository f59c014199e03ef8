#include "audit/export_parts.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

namespace dataaudit {

std::string ExportPartStem(const std::string& input) {
  const std::size_t slash = input.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : input.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? input : input.substr(slash + 1);
  // takeout-20240516T230250Z-001.zip, takeout-20250921T101010Z-3-009.tgz
  static const RE2 takeout(R"((takeout-\d{8}T\d{6}Z)(?:-\d+)?-\d{3}\.(?:zip|tgz|tar\.gz))");
  // anything-part1.zip, anything_part02.tar.gz
  static const RE2 part(R"((.+?)[-_ ]part\d+\.(?:zip|tgz|tar\.gz|tar))", RE2::Latin1);
  // Meta and Snapchat deliver big exports as several numbered zips of one name:
  // facebook-jane-2024-05-01-AbCd-1.zip, instagram-jane_2.zip, mydata~1712345678 (2).zip.
  static const RE2 numbered(R"(((?:facebook|instagram|messenger|meta|snapchat|mydata~)[^/]*?)(?:[-_]| \()\d{1,2}\)?\.zip)",
                            RE2::Latin1);
  static const RE2 ends_in_year_month(R"(.*\d{4}-\d{2})");  // "...-2024-05-01.zip" is a date
  std::string stem;
  if (RE2::FullMatch(name, takeout, &stem) || RE2::FullMatch(name, part, &stem)) return dir + stem;
  if (RE2::FullMatch(name, numbered, &stem) && !RE2::FullMatch(stem, ends_in_year_month)) return dir + stem;
  return "";
}

namespace {

// True when every part whose platform can be told names the same one.
bool PartsAgree(const std::vector<std::string>& parts, const PlatformOf& platform_of) {
  std::string seen;
  for (const std::string& part : parts) {
    const std::string platform = platform_of(part);
    if (platform.empty()) continue;
    if (!seen.empty() && platform != seen) return false;
    seen = platform;
  }
  return true;
}

// Groups by shared stem, in the order of each group's first input.
std::vector<std::vector<std::string>> GroupByStem(const std::vector<std::string>& inputs) {
  std::vector<std::vector<std::string>> groups;
  std::map<std::string, std::size_t> group_of_stem;
  for (const std::string& input : inputs) {
    const std::string stem = ExportPartStem(input);
    if (stem.empty()) {
      groups.push_back({input});
      continue;
    }
    const auto [it, fresh] = group_of_stem.try_emplace(stem, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(input);
  }
  return groups;
}

}  // namespace

std::vector<std::vector<std::string>> GroupExportParts(const std::vector<std::string>& inputs,
                                                       const PlatformOf& platform_of, MergeMode mode) {
  if (inputs.empty()) return {};
  if (mode == MergeMode::kAll) {
    std::vector<std::string> all = inputs;
    std::sort(all.begin(), all.end());
    return {all};
  }
  std::vector<std::vector<std::string>> groups;
  if (mode == MergeMode::kNone) {
    for (const std::string& input : inputs) groups.push_back({input});
    return groups;
  }
  for (std::vector<std::string>& group : GroupByStem(inputs)) {
    std::sort(group.begin(), group.end());
    if (group.size() > 1 && PartsAgree(group, platform_of)) {
      groups.push_back(std::move(group));
      continue;
    }
    for (std::string& part : group) groups.push_back({std::move(part)});
  }
  return groups;
}

}  // namespace dataaudit
