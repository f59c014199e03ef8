#include <doctest/doctest.h>

#include <regex>
#include <sstream>
#include <string>

#include "print/html_assets.h"
#include "print/html_writer.h"
#include "print/printer.h"
#include "print/sample_report.h"

namespace dataaudit {
namespace {

std::string Print(const Report& report) {
  std::ostringstream out;
  PrintHtml(report, PrintStyle{}, out);
  return out.str();
}

bool Has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::size_t CountOf(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_SUITE("print/html_printer") {
  TEST_CASE("the page forbids every network load and allows its one script by hash") {
    const std::string page = Print(testing::SampleReport());
    const HtmlAssets& assets = EmbeddedHtmlAssets();
    CHECK(page.starts_with("<!DOCTYPE html>"));
    CHECK(Has(page, "default-src 'none'"));
    CHECK(Has(page, "script-src '" + std::string(assets.js_hash) + "'"));
    CHECK(assets.js_hash.starts_with("sha256-"));
    CHECK(assets.js_hash.size() == 7 + 44);  // 32 bytes in base64
    CHECK(Has(page, "<script>" + std::string(assets.js) + "</script>"));
    CHECK(CountOf(page, "<script") == 1);
    // Nothing that would load: no src or href to anywhere but the page itself, no url().
    CHECK_FALSE(std::regex_search(page, std::regex(R"((src|href)\s*=\s*"(?!#))")));
    CHECK_FALSE(Has(page, "url("));
    CHECK_FALSE(Has(page, "@import"));
  }

  TEST_CASE("the page holds the identity, headlines, fields, values, timeline, map and diagnostics") {
    const std::string page = Print(testing::SampleReport());
    CHECK(Has(page, "<h1>dataaudit report: takeout.zip</h1>"));
    CHECK(Has(page, "4 total, 2 parsed, 1 skipped, 1 unrecognised, 0 errors"));
    CHECK(Has(page, "<dt>dates</dt><dd>2023-11-14 to 2024-03-09</dd>"));
    CHECK(Has(page, "profile.json#/emails/*"));
    CHECK(Has(page, "<table class=\"values sortable\" data-kind=\"email\">"));
    CHECK(Has(page, "j•••@example.org"));
    CHECK(Has(page, "Values are redacted. To see them in full, run <code>dataaudit --show-values"));
    CHECK(CountOf(page, "<circle class=\"mark\"") == 2);
    CHECK(CountOf(page, "<svg class=\"timeline contact\"") == 1);
    CHECK(Has(page, "data-first=\"2023-11-01\" data-last=\"2024-03-01\""));
    CHECK(CountOf(page, "<rect class=\"bar\"") == 2);
    CHECK(Has(page, "broken.json: json parse error: invalid JSON at byte 7"));
    CHECK(Has(page, "What this report leaves out"));
  }

  TEST_CASE("the timeline has a slot for every period between the first and the last") {
    const std::string page = Print(testing::SampleReport());
    // November to March: five months, bars in the first and the last.
    CHECK(Has(page, "data-period=\"2023-11-01\""));
    CHECK(Has(page, "data-period=\"2024-03-01\""));
    CHECK(Has(page, "x=\"820.00\" y="));  // the fifth of five slots of 200, less its margin
  }

  TEST_CASE("archive text is escaped everywhere") {
    Report report = testing::SampleReport();
    ArchiveReport& a = report.archives[0];
    a.input = "<script>alert(1)</script>.zip";
    a.fields[0].path = "/\"><img src=x onerror=alert(1)>";
    a.kind_values[0].top[0].value = "</td><script>x</script>";
    a.diagnostics[0].message = "bad & <b>worse</b>";
    const std::string page = Print(report);
    CHECK(CountOf(page, "<script") == 1);
    CHECK_FALSE(Has(page, "<img"));
    CHECK(Has(page, "&lt;script&gt;alert(1)&lt;/script&gt;.zip"));
    CHECK(Has(page, "bad &amp; &lt;b&gt;worse&lt;/b&gt;"));
  }

  TEST_CASE("a report without positions or dates says so instead of drawing") {
    Report report = testing::SampleReport();
    report.archives[0].map = MapReport{};
    report.archives[0].timeline = TimelineReport{};
    const std::string page = Print(report);
    CHECK(Has(page, "No GPS position in this export."));
    CHECK(Has(page, "No dated record in this export."));
    CHECK_FALSE(Has(page, "<svg"));
  }

  TEST_CASE("the map draws the coasts that meet its frame") {
    Report report = testing::SampleReport();
    const std::string page = Print(report);  // France: the Atlantic and Mediterranean coasts
    CHECK(Has(page, "<path class=\"coast\""));
  }

  TEST_CASE("HtmlEscape escapes markup and quotes and drops control characters") {
    CHECK(HtmlEscape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(HtmlEscape(std::string("x\x01y\x7fz", 5)) == "x y z");
    CHECK(HtmlEscape("tab\tline\n") == "tab\tline\n");
  }

  TEST_CASE("HtmlDegrees writes degrees as a person reads them") {
    CHECK(HtmlDegrees(0.00005) == "0.00005");
    CHECK(HtmlDegrees(0.1) == "0.1");
    CHECK(HtmlDegrees(2) == "2");
  }
}

}  // namespace
}  // namespace dataaudit
