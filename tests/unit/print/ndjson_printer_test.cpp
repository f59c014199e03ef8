#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "print/printer.h"
#include "print/sample_report.h"

namespace dataaudit {
namespace {

using Json = nlohmann::json;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_SUITE("print/ndjson_printer") {
  TEST_CASE("one complete JSON object per archive and line, in order") {
    Report report = testing::SampleReport();
    report.archives.push_back(testing::SampleArchive());
    report.archives[1].input = "second.tar.gz";
    std::ostringstream out;
    PrintNdjson(report, PrintStyle{}, out);
    CHECK(out.str().ends_with("\n"));
    const std::vector<std::string> lines = Lines(out.str());
    REQUIRE(lines.size() == 2);
    for (const std::string& line : lines) REQUIRE(Json::accept(line));
    CHECK(Json::parse(lines[0])["input"] == "takeout.zip");
    CHECK(Json::parse(lines[1])["input"] == "second.tar.gz");
  }

  TEST_CASE("a line is the JSON report's archive object with schema_version first") {
    const Report report = testing::SampleReport();
    std::ostringstream ndjson, json;
    PrintNdjson(report, PrintStyle{}, ndjson);
    PrintJson(report, PrintStyle{}, json);
    const Json document = Json::parse(json.str());
    Json line = Json::parse(Lines(ndjson.str()).at(0));
    CHECK(ndjson.str().starts_with("{\"schema_version\":1,"));
    CHECK(line["schema_version"] == document["schema_version"]);
    line.erase("schema_version");
    CHECK(line == document["archives"][0]);
  }

  TEST_CASE("a failed input is a line with its error") {
    ArchiveReport failed;
    failed.input = "broken.zip";
    failed.failed = true;
    failed.error = "truncated zip archive";
    std::ostringstream out;
    PrintNdjsonArchive(failed, PrintStyle{}, out);
    const Json line = Json::parse(out.str());
    CHECK(line["input"] == "broken.zip");
    CHECK(line["error"] == "truncated zip archive");
    CHECK(line["fields"].empty());
  }

  TEST_CASE("newlines and invalid UTF-8 in archive text never break a line") {
    ArchiveReport a = testing::SampleArchive();
    a.fields[0].path = "/multi\nline\r\n";
    a.fields[0].sample = "bad \xff\xfe bytes";
    std::ostringstream out;
    PrintNdjsonArchive(a, PrintStyle{}, out);
    const std::vector<std::string> lines = Lines(out.str());
    REQUIRE(lines.size() == 1);
    CHECK(Json::accept(lines[0]));
  }
}

}  // namespace
}  // namespace dataaudit
