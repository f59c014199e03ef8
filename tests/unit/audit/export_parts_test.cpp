#include "audit/export_parts.h"

#include <doctest/doctest.h>

#include <map>

namespace dataaudit {
namespace {

using Groups = std::vector<std::vector<std::string>>;

TEST_SUITE("audit/export_parts") {
  TEST_CASE("Takeout part names of both generations share a stem") {
    CHECK(ExportPartStem("dl/takeout-20240516T230250Z-001.zip") == "dl/takeout-20240516T230250Z");
    CHECK(ExportPartStem("takeout-20250921T101010Z-3-009.zip") == "takeout-20250921T101010Z");
    CHECK(ExportPartStem("takeout-20240516T230250Z-001.tgz") == "takeout-20240516T230250Z");
    CHECK(ExportPartStem("meta-jane_part2.zip") == "meta-jane");
    CHECK(ExportPartStem("facebook-jane-2024-05-01-AbCd-1.zip") == "facebook-jane-2024-05-01-AbCd");
    CHECK(ExportPartStem("instagram-jane (2).zip") == "instagram-jane");
    CHECK(ExportPartStem("mydata~1712345678-2.zip") == "mydata~1712345678");
  }

  TEST_CASE("names that are not parts have no stem") {
    CHECK(ExportPartStem("takeout.zip") == "");
    CHECK(ExportPartStem("facebook-jane-2024.zip") == "");
    CHECK(ExportPartStem("export-1.zip") == "");
    CHECK(ExportPartStem("facebook-jane-2024.zip") == "");        // a year, not a part number
    CHECK(ExportPartStem("facebook-jane-2024-05-01.zip") == "");  // a date, not a part number
    CHECK(ExportPartStem("takeout-20240516T230250Z-01.zip") == "");
  }

  // Platforms by input name, as DetectInputPlatform would find them; "" for unknown.
  PlatformOf Platforms(std::map<std::string, std::string> known) {
    return [known](const std::string& input) {
      const auto it = known.find(input);
      return it == known.end() ? std::string() : it->second;
    };
  }

  TEST_CASE("parts of one export become one sorted group; others stay alone, in order") {
    CHECK(GroupExportParts({"x.zip", "takeout-20240516T230250Z-002.zip", "y/", "takeout-20240516T230250Z-001.zip",
                            "takeout-20990101T000000Z-001.zip"},
                           Platforms({{"takeout-20240516T230250Z-001.zip", "google"}})) ==
          Groups{{"x.zip"},
                 {"takeout-20240516T230250Z-001.zip", "takeout-20240516T230250Z-002.zip"},
                 {"y/"},
                 {"takeout-20990101T000000Z-001.zip"}});
  }

  TEST_CASE("two people's exports named alike stay apart when their platforms differ") {
    const PlatformOf platforms = Platforms({{"alice-part1.zip", "facebook"}, {"alice-part2.zip", "tiktok"}});
    CHECK(GroupExportParts({"alice-part1.zip", "alice-part2.zip"}, platforms) ==
          Groups{{"alice-part1.zip"}, {"alice-part2.zip"}});
    // The same platform: one export in two parts.
    CHECK(GroupExportParts({"bob-part2.zip", "bob-part1.zip"},
                           Platforms({{"bob-part1.zip", "facebook"}, {"bob-part2.zip", "facebook"}})) ==
          Groups{{"bob-part1.zip", "bob-part2.zip"}});
  }

  TEST_CASE("a part whose platform cannot be told goes with the parts that share its stem") {
    CHECK(GroupExportParts({"takeout-20240516T230250Z-001.zip", "takeout-20240516T230250Z-002.zip",
                            "takeout-20240516T230250Z-003.zip"},
                           Platforms({{"takeout-20240516T230250Z-002.zip", "google"}})) ==
          Groups{{"takeout-20240516T230250Z-001.zip", "takeout-20240516T230250Z-002.zip",
                  "takeout-20240516T230250Z-003.zip"}});
  }

  TEST_CASE("--merge makes one report of everything, --no-merge one per input, in order") {
    const PlatformOf none = Platforms({});
    CHECK(GroupExportParts({"b.zip", "a.zip"}, none, MergeMode::kAll) == Groups{{"a.zip", "b.zip"}});
    CHECK(GroupExportParts({"x-part2.zip", "x-part1.zip"}, none, MergeMode::kNone) ==
          Groups{{"x-part2.zip"}, {"x-part1.zip"}});
  }

  TEST_CASE("platforms are asked only about inputs named like parts of one export with others") {
    std::vector<std::string> asked;
    const PlatformOf spy = [&](const std::string& input) {
      asked.push_back(input);
      return std::string();
    };
    GroupExportParts({"a.zip", "b-part1.zip", "takeout-20240516T230250Z-001.zip"}, spy);
    CHECK(asked.empty());
  }
}

}  // namespace
}  // namespace dataaudit
