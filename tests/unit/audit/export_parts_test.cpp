#include "audit/export_parts.h"

#include <doctest/doctest.h>

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

  TEST_CASE("parts of one export become one sorted group; others stay alone, in order") {
    CHECK(GroupExportParts({"x.zip", "takeout-20240516T230250Z-002.zip", "y/", "takeout-20240516T230250Z-001.zip",
                            "takeout-20990101T000000Z-001.zip"}) ==
          Groups{{"x.zip"},
                 {"takeout-20240516T230250Z-001.zip", "takeout-20240516T230250Z-002.zip"},
                 {"y/"},
                 {"takeout-20990101T000000Z-001.zip"}});
  }
}

}  // namespace
}  // namespace dataaudit
