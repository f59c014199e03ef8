#pragma once
// Narrows the name signatures a member path is tested against. A glob can only match a
// path that holds each of its literal segments (a segment without '*' or '?', such as
// "Takeout" in "Takeout/**" or "Je activiteit" in "Je activiteit/*.txt"), so each glob is
// filed under one of them, and a member meets only the globs filed under its own
// segments, plus the few with no literal segment ("*user_data_tiktok*.json"). With
// hundreds of localised signatures, that keeps detection cheap on exports of 20,000 files.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dataaudit {

class GlobIndex {
 public:
  /// Files `glob` (rules/glob.h syntax) under `id`.
  void Add(std::string_view glob, std::uint32_t id);

  /// The ids of the globs that may match `member_path` (as MatchesMemberPath reads it:
  /// after the last '!'), sorted, each once. The caller still matches each glob.
  void Candidates(std::string_view member_path, std::vector<std::uint32_t>* out) const;

 private:
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_segment_;
  std::vector<std::uint32_t> always_;  // globs without a literal segment
};

}  // namespace dataaudit
