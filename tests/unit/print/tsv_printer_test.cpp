#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "print/printer.h"
#include "sample_report.h"

namespace dataaudit {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::size_t Tabs(const std::string& line) { return static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')); }

TEST_SUITE("print/tsv_printer") {
  TEST_CASE("a header row, then one row per field with as many cells") {
    Report report;
    report.archives.push_back(testing::SampleArchive());
    std::ostringstream out;
    PrintTsv(report, {}, out);
    const auto lines = Lines(out.str());
    REQUIRE(lines.size() == 1 + report.archives[0].fields.size());
    CHECK(lines[0].starts_with("input\tplatform\tfile\tpath\tcategory\tkind\t"));
    for (const std::string& line : lines) CHECK(Tabs(line) == Tabs(lines[0]));
    CHECK(lines[1].starts_with("takeout.zip\t"));
    CHECK(lines[1].find("\tprofile.json\t/emails/*\tcontact\temail\thigh\tcontact.email.key\t3\t3\t2023-11-14\t") !=
          std::string::npos);
  }

  TEST_CASE("tabs and newlines inside a cell never break a row; a failed input is a row with its error") {
    Report report;
    ArchiveReport a = testing::SampleArchive();
    a.fields[0].path = "/a\tb\nc";
    report.archives.push_back(a);
    ArchiveReport failed;
    failed.input = "missing.zip";
    failed.failed = true;
    failed.error = "no such file or directory";
    report.archives.push_back(failed);
    std::ostringstream out;
    PrintTsv(report, {}, out);
    const auto lines = Lines(out.str());
    REQUIRE(lines.size() == 1 + a.fields.size() + 1);
    for (const std::string& line : lines) CHECK(Tabs(line) == Tabs(lines[0]));
    CHECK(lines.back().starts_with("missing.zip\t"));
    CHECK(lines.back().ends_with("\tno such file or directory"));
  }
}

}  // namespace
}  // namespace dataaudit
