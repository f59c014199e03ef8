#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "print/printer.h"
#include "print/sample_report.h"

namespace dataaudit {
namespace {

using Json = nlohmann::json;

std::string Print(const Report& report) {
  std::ostringstream out;
  PrintJson(report, PrintStyle{}, out);
  return out.str();
}

Json PrintParsed(const Report& report) {
  const std::string text = Print(report);
  REQUIRE(Json::accept(text));
  return Json::parse(text);
}

TEST_SUITE("print/json_printer") {
  TEST_CASE("the document has the schema version, the tool and one entry per archive") {
    Report report = testing::SampleReport();
    report.archives.push_back(testing::SampleArchive());
    report.archives[1].input = "second.tar.gz";
    const Json doc = PrintParsed(report);
    CHECK(doc["schema_version"] == 1);
    CHECK(doc["tool"]["name"] == "dataaudit");
    CHECK(doc["tool"]["version"] == DATAAUDIT_VERSION);
    REQUIRE(doc["archives"].is_array());
    REQUIRE(doc["archives"].size() == 2);
    CHECK(doc["archives"][0]["input"] == "takeout.zip");
    CHECK(doc["archives"][1]["input"] == "second.tar.gz");
  }

  TEST_CASE("an archive has its documented members") {
    const Json a = PrintParsed(testing::SampleReport())["archives"][0];
    for (const char* member : {"input", "platform", "files", "summary", "fields", "diagnostics"}) {
      CAPTURE(std::string(member));
      CHECK(a.contains(member));
    }
    CHECK(a["platform"] == "unknown");
    CHECK_FALSE(a.contains("error"));
    CHECK(a["files"] == Json{{"total", 4}, {"parsed", 2}, {"skipped", 1}, {"unrecognised", 1}, {"errors", 0}});
  }

  TEST_CASE("the summary has every category and unclassified with fields and values") {
    const Json summary = PrintParsed(testing::SampleReport())["archives"][0]["summary"];
    CHECK(summary.size() == Categories().size() + 1);
    for (const std::string& category : Categories()) {
      CAPTURE(category);
      REQUIRE(summary.contains(category));
      CHECK(summary[category].contains("fields"));
      CHECK(summary[category].contains("values"));
    }
    CHECK(summary["contact"] == Json{{"fields", 1}, {"values", 3}});
    CHECK(summary["unclassified"] == Json{{"fields", 1}, {"values", 9}});
  }

  TEST_CASE("a field entry has its documented members and ISO times or null") {
    const Json fields = PrintParsed(testing::SampleReport())["archives"][0]["fields"];
    REQUIRE(fields.size() == 2);
    const Json& email = fields[0];
    CHECK(email["file"] == "profile.json");
    CHECK(email["path"] == "/emails/*");
    CHECK(email["category"] == "contact");
    CHECK(email["kind"] == "email");
    CHECK(email["rule"] == "contact.email.key");
    CHECK(email["confidence"] == "high");
    CHECK(email["count"] == 3);
    CHECK(email["distinct"] == 3);
    CHECK(email["first_seen"] == "2023-11-14T22:13:20Z");
    CHECK(email["last_seen"] == "2024-03-09T16:00:00Z");
    CHECK(email["sample"] == "j•••@example.org");
    CHECK(fields[1]["first_seen"].is_null());
    CHECK(fields[1]["last_seen"].is_null());
    CHECK(fields[1]["rule"] == "");
  }

  TEST_CASE("diagnostics carry file, severity and message") {
    const Json diagnostics = PrintParsed(testing::SampleReport())["archives"][0]["diagnostics"];
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0] == Json{{"file", "broken.json"}, {"severity", "error"},
                                 {"message", "json parse error: invalid JSON at byte 7"}});
  }

  TEST_CASE("a failed archive has an error member") {
    Report report = testing::SampleReport();
    report.archives[0].failed = true;
    report.archives[0].error = "no such file or directory";
    CHECK(PrintParsed(report)["archives"][0]["error"] == "no such file or directory");
  }

  TEST_CASE("invalid UTF-8 from the archive is replaced, not thrown") {
    Report report = testing::SampleReport();
    report.archives[0].fields[0].sample = "bad \xC3\x28 and \xFF end";
    report.archives[0].fields[0].path = "/\xE2\x82";
    report.archives[0].diagnostics[0].message = "\x80";
    std::string text;
    CHECK_NOTHROW(text = Print(report));
    REQUIRE(Json::accept(text));
    const Json field = Json::parse(text)["archives"][0]["fields"][0];
    const std::string sample = field["sample"];
    CHECK(sample.starts_with("bad "));
    CHECK(sample.ends_with(" end"));
    CHECK(sample.find("\xEF\xBF\xBD") != std::string::npos);
  }

  TEST_CASE("control characters and quotes in values are escaped in JSON") {
    Report report = testing::SampleReport();
    report.archives[0].fields[0].sample = "\x1b[31m\"quoted\"\n";
    const std::string text = Print(report);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(Json::parse(text)["archives"][0]["fields"][0]["sample"] == "\x1b[31m\"quoted\"\n");
  }

  TEST_CASE("an empty report is a valid document with no archives") {
    const Json doc = PrintParsed(Report{});
    CHECK(doc["archives"].is_array());
    CHECK(doc["archives"].empty());
  }

  TEST_CASE("the json printer is registered by name") {
    const PrinterEntry* printer = FindPrinter("json");
    REQUIRE(printer != nullptr);
    CHECK((printer->print == &PrintJson));
    CHECK(FindPrinter("xml") == nullptr);
  }
}

}  // namespace
}  // namespace dataaudit
