#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "print/printer.h"
#include "print/sample_report.h"

namespace dataaudit {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_SUITE("print/summary_printer") {
  TEST_CASE("a header, then one row per archive with fields/values per category") {
    Report report = testing::SampleReport();
    ArchiveReport failed = testing::SampleArchive();
    failed.input = "broken.zip";
    failed.platform = "facebook";
    failed.platforms = {"facebook", "instagram"};
    failed.failed = true;
    failed.error = "truncated";
    failed.files.errors = 2;
    report.archives.push_back(failed);
    std::ostringstream out;
    PrintSummary(report, PrintStyle{}, out);
    const std::vector<std::string> lines = Lines(out.str());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          "input        platform            financial  location  contact  behavioural  identity  content  technical  "
          "unclassified  errors");
    CHECK(lines[1] ==
          "takeout.zip  unknown             0/0        0/0       1/3      0/0          0/0       0/0      0/0        "
          "1/9           0");
    CHECK(lines[2].starts_with("broken.zip   facebook+instagram  "));
    CHECK(lines[2].ends_with("  2; input failed: truncated"));
  }

  TEST_CASE("text from the archive cannot act on the terminal") {
    Report report = testing::SampleReport();
    report.archives[0].input = "evil\x1b[2J.zip";
    std::ostringstream out;
    PrintSummary(report, PrintStyle{}, out);
    CHECK(out.str().find('\x1b') == std::string::npos);
  }
}

}  // namespace
}  // namespace dataaudit
