#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "print/printer.h"
#include "print/sample_report.h"
#include "text/display_width.h"

namespace dataaudit {
namespace {

std::string Print(const Report& report, bool color = false, std::size_t top_fields = 5) {
  PrintStyle style;
  style.color = color;
  style.top_fields = top_fields;
  std::ostringstream out;
  PrintText(report, style, out);
  return out.str();
}

bool Has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST_SUITE("print/text_printer") {
  TEST_CASE("the report names the input, the file counts and each category with data") {
    const std::string text = Print(testing::SampleReport());
    CHECK(Has(text, "dataaudit report: takeout.zip\n"));
    CHECK(Has(text, "4 total, 2 parsed, 1 skipped, 1 unrecognised, 0 errors"));
    CHECK(Has(text, "CONTACT  1 field, 3 values\n"));
    CHECK(Has(text, "e-mail addresses"));
    CHECK(Has(text, "    profile.json#/emails/*\n      email: 3 values, 3 distinct, 2023-11-14..2024-03-09, e.g. j•••@example.org\n"));
    CHECK(Has(text, "UNCLASSIFIED  1 field, 9 values\n"));
    CHECK(Has(text, "DIAGNOSTICS  1\n"));
    CHECK(Has(text, "error: broken.json: json parse error: invalid JSON at byte 7\n"));
  }

  TEST_CASE("without colour the output holds no escape character") {
    const std::string text = Print(testing::SampleReport(), false);
    CHECK_FALSE(Has(text, "\x1b"));
  }

  TEST_CASE("with colour headings are painted") {
    const std::string text = Print(testing::SampleReport(), true);
    CHECK(Has(text, "\x1b[1mdataaudit report: takeout.zip\x1b[0m"));
    CHECK(Has(text, "\x1b[1;36mCONTACT\x1b[0m"));
    CHECK(Has(text, "\x1b[31merror\x1b[0m"));
  }

  TEST_CASE("escape sequences from the archive are shown escaped, even with colour") {
    Report report = testing::SampleReport();
    ArchiveReport& a = report.archives[0];
    a.input = "evil\x1b]0;pwned\x07.zip";
    a.fields[0].file = "dir\x1b[2J/profile.json";
    a.fields[0].path = "/\xE2\x80\xAE" "liame";
    a.fields[0].sample = "\x1b[31mred";
    a.diagnostics[0].file = "bad\x1b[Kname.json";
    a.diagnostics[0].message = "parse error near \x1b[1A";
    for (bool color : {false, true}) {
      CAPTURE(color);
      const std::string text = Print(report, color);
      CHECK(Has(text, "evil\\x1B]0;pwned\\x07.zip"));
      CHECK(Has(text, "dir\\x1B[2J/profile.json#/\\u{202E}liame"));
      CHECK(Has(text, "e.g. \\x1B[31mred"));
      CHECK(Has(text, "bad\\x1B[Kname.json: parse error near \\x1B[1A"));
      CHECK_FALSE(Has(text, "\x07"));
      CHECK_FALSE(Has(text, "\xE2\x80\xAE"));
      CHECK_FALSE(Has(text, "\x1b]"));
      CHECK_FALSE(Has(text, "\x1b[2J"));
    }
  }

  TEST_CASE("a failed input shows its error, sanitised") {
    Report report = testing::SampleReport();
    report.archives[0].failed = true;
    report.archives[0].error = "cannot read\x1b[0m";
    CHECK(Has(Print(report), "  error     cannot read\\x1B[0m\n"));
  }

  TEST_CASE("only the largest fields of a category are listed, up to the limit") {
    Report report = testing::SampleReport();
    ArchiveReport& a = report.archives[0];
    a.fields.push_back(testing::SampleField("b.json", "/small", "contact", "email", 1, "s•••"));
    a.fields.push_back(testing::SampleField("c.json", "/big", "contact", "email", 50, "b•••"));
    const std::string text = Print(report, false, 2);
    CHECK(Has(text, "c.json#/big\n      email: 50 values"));
    CHECK(Has(text, "profile.json#/emails/*\n      email: 3 values"));
    CHECK_FALSE(Has(text, "b.json#/small"));
    CHECK(text.find("c.json#/big") < text.find("profile.json#/emails/*"));
  }

  TEST_CASE("archives are separated by a blank line") {
    Report report = testing::SampleReport();
    report.archives.push_back(testing::SampleArchive());
    report.archives[1].input = "second.zip";
    const std::string text = Print(report);
    CHECK(Has(text, "\n\ndataaudit report: second.zip\n"));
    CHECK(text.starts_with("dataaudit report: takeout.zip\n"));
  }

  TEST_CASE("an empty report prints nothing") { CHECK(Print(Report{}).empty()); }

  TEST_CASE("one value, one field, one error: singular; more: plural") {
    Report report = testing::SampleReport();
    ArchiveReport& a = report.archives[0];
    a.fields.push_back(testing::SampleField("one.json", "/x", "contact", "email", 1, "o•••"));
    a.files.errors = 1;
    const std::string text = Print(report);
    CHECK(Has(text, "email: 1 value, 1 distinct"));
    CHECK(Has(text, "1 unrecognised, 1 error\n"));
    CHECK_FALSE(Has(text, "1 values"));
  }

  TEST_CASE("a category left out by --category is not printed, not even as 0 fields") {
    Report report = testing::SampleReport();
    for (CategoryTotals& totals : report.archives[0].summary) totals.selected = totals.category == "contact";
    const std::string text = Print(report);
    CHECK(Has(text, "CONTACT  1 field"));
    CHECK_FALSE(Has(text, "FINANCIAL"));
    CHECK_FALSE(Has(text, "LOCATION"));
  }

  TEST_CASE("an input that could not be read prints nothing: its error goes to standard error") {
    Report report;
    ArchiveReport missing;
    missing.input = "missing.zip";
    missing.failed = true;
    missing.error = "no such file or directory";
    report.archives.push_back(missing);
    CHECK(Print(report).empty());
  }

  TEST_CASE("every line fits the width, in display columns; long paths keep both ends") {
    Report report = testing::SampleReport();
    ArchiveReport& a = report.archives[0];
    a.fields[0].file = "\u30e1\u30c3\u30bb\u30fc\u30b8/\u53d7\u4fe1\u7bb1/very_long_folder_name_of_a_friend_1234567890";
    a.fields[0].path = "/\u9023\u7d61\u5148/*/email";
    PrintStyle style;
    style.width = 40;
    std::ostringstream out;
    PrintText(report, style, out);
    const std::string text = out.str();
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      CAPTURE(line);
      CHECK(DisplayWidth(line) <= 40);
    }
    CHECK(Has(text, "\u2026"));
    CHECK(Has(text, "/email\n"));
  }

  TEST_CASE("the text printer is registered and printers are sorted by name") {
    const PrinterEntry* printer = FindPrinter("text");
    REQUIRE(printer != nullptr);
    CHECK((printer->print == &PrintText));
    const auto all = AllPrinters();
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].name < all[i].name);
  }

  TEST_CASE("--values lists each kind's top values with counts and dates, and says they are redacted") {
    PrintStyle style;
    style.values = true;
    std::ostringstream out;
    PrintText(testing::SampleReport(), style, out);
    const std::string text = out.str();
    CHECK(Has(text, "  values of email (redacted; --show-values shows them)\n"));
    CHECK(Has(text, "           2   j•••@example.org  2023-11-14..2024-03-09\n"));
    CHECK(Has(text, "           1   s•••@example.org  2023-11-14..2023-11-14\n"));
    CHECK_FALSE(Has(Print(testing::SampleReport()), "values of"));
  }
}

}  // namespace
}  // namespace dataaudit
