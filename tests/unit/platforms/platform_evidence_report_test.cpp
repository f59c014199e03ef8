// platform_evidence from the audit to the JSON report: member paths lose the top folder
// every member shares, as field paths do, so a zip, a tar.gz and a folder agree.

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "print/json_archive.h"
#include "report/build_report.h"

namespace dataaudit {
namespace {

TEST_SUITE("platforms/platform_evidence report") {
  TEST_CASE("evidence lines name the member as the report names files") {
    AuditResult result;
    result.input = "x.zip";
    result.platforms = {"google"};
    result.top_segments = {"jane-export"};
    result.platform_evidence = {{"content: locations[].latitudeE7", "jane-export/Takeout/Records.json"},
                                {"name: Takeout/**", "jane-export/Takeout/archive_browser.html"}};
    const ArchiveReport report = BuildArchiveReport(std::move(result), RuleSet{}, {});
    CHECK(report.platform == "google");
    CHECK(report.platform_evidence == std::vector<std::string>{
                                          "content: locations[].latitudeE7 in Takeout/Records.json",
                                          "name: Takeout/** in Takeout/archive_browser.html"});
    const auto json = ArchiveJson(report);
    REQUIRE(json.contains("platform_evidence"));
    CHECK(json["platform_evidence"].size() == 2);
  }

  TEST_CASE("a declared platform is its own evidence, and unknown has none") {
    AuditResult declared;
    declared.platforms = {"tiktok"};
    declared.platform_evidence = {{"declared: --platform tiktok", ""}};
    CHECK(BuildArchiveReport(std::move(declared), RuleSet{}, {}).platform_evidence ==
          std::vector<std::string>{"declared: --platform tiktok"});
    const ArchiveReport unknown = BuildArchiveReport(AuditResult{}, RuleSet{}, {});
    CHECK(unknown.platform == "unknown");
    CHECK(unknown.platform_evidence.empty());
    CHECK(ArchiveJson(unknown)["platform_evidence"].is_array());
  }
}

}  // namespace
}  // namespace dataaudit
