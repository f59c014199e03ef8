#include "platforms/glob_index.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

namespace dataaudit {
namespace {

using Ids = std::vector<std::uint32_t>;

Ids CandidatesOf(const GlobIndex& index, std::string_view path) {
  Ids out;
  index.Candidates(path, &out);
  return out;
}

TEST_SUITE("platforms/glob_index") {
  TEST_CASE("a member meets the globs filed under its segments and those without a literal segment") {
    GlobIndex index;
    index.Add("Takeout/**", 1);
    index.Add("Je activiteit/*.txt", 2);
    index.Add("*user_data_tiktok*.json", 3);
    index.Add("Location History/Records.json", 4);  // filed under its longest literal segment
    index.Add("*/*/events-????" "-?????" "-of-?????.json", 5);  // split so that no "??-" (a trigraph) is written
    CHECK(CandidatesOf(index, "notes/readme.txt") == Ids{3, 5});
    CHECK(CandidatesOf(index, "export/Takeout/Chrome/History.json") == Ids{1, 3, 5});
    CHECK(CandidatesOf(index, "TikTok/Je activiteit/Kijkgeschiedenis.txt") == Ids{2, 3, 5});
    CHECK(CandidatesOf(index, "Takeout/Location History/Records.json") == Ids{1, 3, 4, 5});
    CHECK(CandidatesOf(index, "Takeout/Takeout/x") == Ids{1, 3, 5});  // each id once
  }

  TEST_CASE("only the part after the last '!' of a nested member's path counts") {
    GlobIndex index;
    index.Add("Takeout/**", 1);
    CHECK(CandidatesOf(index, "Takeout.zip!inner/a.json").empty());
    CHECK(CandidatesOf(index, "outer.zip!Takeout/a.json") == Ids{1});
  }
}

}  // namespace
}  // namespace dataaudit
