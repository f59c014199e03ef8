// Tests for the streaming HTML reader. Every input is fed twice, whole and one byte at a
// time, and both runs must produce the same events: that proves chunk independence.
// The pages are small hand-written imitations of the export layouts, not corpus copies.

#include "documents/html_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

using Outcome = testing::ChunkedResult;

Outcome FeedInChunks(std::string_view input, std::size_t chunk, const ReaderLimits& limits) {
  return testing::FeedInChunks(MakeHtmlReader, input, chunk, limits);
}

// Reads `input` whole and byte by byte, checks both agree and neither fails, returns the
// whole-read result.
Outcome Read(std::string_view input, const ReaderLimits& limits = {}) {
  const Outcome whole = testing::ReadBothWays(MakeHtmlReader, input, limits);
  CHECK(whole.error.empty());
  return whole;
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

}  // namespace

TEST_SUITE("documents/html_reader") {
  TEST_CASE("Meta sections are records whose label cells key the value cells") {
    const std::string page =
        "<!DOCTYPE html><html><head><title>Your logins</title>"
        "<style>td{color:red}</style></head><body><main>"
        "<section class=\"_a6-g\"><h2 class=\"_a6-h\">Login</h2><div class=\"_2pin\">"
        "<table><tr><td class=\"_a6_q\">IP address</td><td class=\"_a6_r\">"
        "<div><div>203.0.113.9</div></div></td></tr>"
        "<tr><td class=\"_a6_q\">Browser:</td><td class=\"_a6_r\">Firefox</td></tr>"
        "</table></div><footer><div class=\"_a72d\">Jun 04, 2025 6:46:10 pm</div></footer>"
        "</section><section class=\"_a6-g\"><table><tr><td class=\"_a6_q\">IP address</td>"
        "<td class=\"_a6_r\">198.51.100.1</td></tr></table></section></main></body></html>";
    CHECK(Read(page).events ==
          Expect({"{", "/text=Login", "/IP address=203.0.113.9", "/Browser=Firefox",
                  "/text=Jun 04, 2025 6:46:10 pm", "}", "{", "/IP address=198.51.100.1", "}"}));
  }

  TEST_CASE("an Instagram colspan cell labels the value nested inside it") {
    const std::string page =
        "<div class=\"pam _3-95 _a6-g uiBoxWhite\"><div class=\"_a6-p\"><table>"
        "<tr><td colspan=\"2\" class=\"_a6_q\">URL<div><a href=\"https://www.instagram.com/p/x/\">"
        "link</a></div></td></tr>"
        "<tr><td colspan=\"2\" class=\"_a6_q\">Private Account<div><div>True</div></div></td></tr>"
        "</table></div><div class=\"_3-94 _a6-o\">jun. 07, 2024 5:44 am</div></div>";
    CHECK(Read(page).events ==
          Expect({"{", "/link=https://www.instagram.com/p/x/", "/URL=link",
                  "/Private Account=True", "/text=jun. 07, 2024 5:44 am", "}"}));
  }

  TEST_CASE("definition lists key each dd by the preceding dt") {
    CHECK(Read("<dl><dt>Email</dt><dd>ann@example.org</dd><dd>ann@work.example</dd>"
               "<dt>Phone <b>number</b>:</dt><dd>+1 555 0100</dd></dl><dl><dd>orphan</dd></dl>")
              .events == Expect({"/Email=ann@example.org", "/Email=ann@work.example",
                                 "/Phone number=+1 555 0100", "/text=orphan"}));
  }

  TEST_CASE("a header row of th cells names the columns of each later row") {
    CHECK(Read("<table><thead><tr><th>Name</th><th>Email</th><th>Name</th><th></th></tr>"
               "</thead><tbody><tr><td>Ann</td><td>a@x.org</td><td>A.</td><td>n1</td>"
               "<td>extra</td></tr><tr><th>Bob</th><td></td><td>B.</td></tr></tbody></table>")
              .events == Expect({"{", "/Name=Ann", "/Email=a@x.org", "/Name (2)=A.",
                                 "/column 4=n1", "/column 5=extra", "}", "{", "/Name=Bob",
                                 "/Name (2)=B.", "}"}));
  }

  TEST_CASE("rows outside records are records; single cells are free text") {
    CHECK(Read("<table><tr><th>Title</th></tr><tr><td>Email</td><td>a@x.org</td>"
               "<td>b@x.org</td></tr><tr><td>Empty</td><td></td></tr>"
               "<tr><th>Phone:</th></tr><tr><td>+1 555 0100</td></tr></table>")
              .events == Expect({"{", "/text=Title", "}", "{", "/Email=a@x.org",
                                 "/Email=b@x.org", "}", "{", "/Phone=+1 555 0100", "}"}));
  }

  TEST_CASE("links give web, mail and phone hrefs at /link") {
    CHECK(Read("<p>See <a href=\" HTTPS://example.com/a?b=1&amp;c=2 \">this</a>, "
               "<a href=\"mailto:ann@example.org\">mail</a> "
               "<a href=\"tel:+15550100\">call</a> <a href=\"javascript:void(0)\">js</a> "
               "<a href=\"../local.html\">local</a> <a>none</a></p>")
              .events == Expect({"/link=HTTPS://example.com/a?b=1&c=2",
                                 "/link=mailto:ann@example.org", "/link=tel:+15550100",
                                 "/text=See this, mail call js local none"}));
  }

  TEST_CASE("script, style, title and noscript content is ignored") {
    CHECK(Read("<html><head><title>T</title><script>var a = '<p>x</p>';</script></head>"
               "<body><style>p{}</style><p>kept</p><script>alert(1)</script>"
               "<noscript>enable js</noscript></body></html>")
              .events == Expect({"/text=kept"}));
  }

  TEST_CASE("Google My Activity outer cells are records with bold labels and dated lines") {
    const std::string entry =
        "<div class=\"outer-cell mdl-cell\"><div class=\"mdl-grid\">"
        "<div class=\"header-cell\"><p class=\"mdl-typography--title\">Search<br></p></div>"
        "<div class=\"content-cell mdl-typography--body-1\">Searched for&nbsp;"
        "<a href=\"https://www.google.com/search?q=tea\">tea</a><br>Mar 8, 2018, 5:14:40 PM UTC"
        "</div><div class=\"content-cell mdl-typography--caption\"><b>Products:</b><br>"
        "&emsp;Search<br><b>Locations:</b><br>&emsp;At this general area: "
        "<a href=\"https://www.google.com/maps/@?api=1\">Paris</a><br><b>Details:</b></div>"
        "</div></div>";
    CHECK(Read("<html><body><div class=\"mdl-grid\">" + entry + "</div></body></html>").events ==
          Expect({"{", "/text=Search", "/link=https://www.google.com/search?q=tea",
                  "/text=Searched for tea", "/text=Mar 8, 2018, 5:14:40 PM UTC",
                  "/Products=Search", "/link=https://www.google.com/maps/@?api=1",
                  "/Locations=At this general area: Paris", "/text=Details:", "}"}));
  }

  TEST_CASE("chat pages: a Telegram message's sender and full date are fields, its text is /text") {
    const std::string page =
        "<div class=\"page_header\"><div class=\"text bold\">Ana Lopez</div></div>"
        "<div class=\"message default clearfix\" id=\"message7\"><div class=\"body\">"
        "<div class=\"pull_right date details\" title=\"04.06.2024 19:51:41 UTC+01:00\">19:51</div>"
        "<div class=\"from_name\">Ana Lopez</div><div class=\"text\">See you at 8?</div></div></div>";
    CHECK(Read(page).events == Expect({"/text=Ana Lopez", "{", "/date=04.06.2024 19:51:41 UTC+01:00",
                                       "/text=19:51", "/sender=Ana Lopez", "/text=See you at 8?", "}"}));
  }

  TEST_CASE("chat pages: Facebook's pre-2018 messages.htm names the user and the meta line") {
    const std::string page =
        "<div class=\"thread\">Participants: Ana Lopez, Sam Bakker<div class=\"message\">"
        "<div class=\"message_header\"><span class=\"user\">Ana Lopez</span>"
        "<span class=\"meta\">Monday, 4 January 2016 at 10:00 UTC</span></div></div><p>Hello there</p></div>";
    CHECK(Read(page).events == Expect({"/text=Participants: Ana Lopez, Sam Bakker", "{", "/sender=Ana Lopez",
                                       "/date=Monday, 4 January 2016 at 10:00 UTC", "}", "/text=Hello there"}));
  }

  TEST_CASE("a free run ending with a colon labels the next run only") {
    CHECK(Read("<div>Name:</div><div>Ann Example</div><div>Plain</div>"
               "<p><strong>Email:</strong> ann@example.org <i>(primary)</i></p>"
               "<p>Before <b>bold</b> after</p><section><p>Dangling:</p></section>")
              .events == Expect({"/Name=Ann Example", "/text=Plain",
                                 "/Email=ann@example.org (primary)", "/text=Before bold after",
                                 "{", "/text=Dangling:", "}"}));
  }

  TEST_CASE("whitespace collapses and inline elements join into one value") {
    CHECK(Read("<td>x</td><p>  Ann\n\t<span>Marie</span>&nbsp;&nbsp;<em>Ex</em>ample "
               "&amp; co  </p><p> \xE2\x80\x83 </p><li>caf\xC3\xA9</li>")
              .events == Expect({"/text=x", "/text=Ann Marie Example & co", "/text=caf\xC3\xA9"}));
  }

  TEST_CASE("labels are capped at 120 bytes and text at max_token_bytes") {
    ReaderLimits limits;
    limits.max_token_bytes = 150;
    const std::string label = std::string(119, 'L') + "\xC3\xA9";  // 2-byte char across byte 120
    CHECK(Read("<table><tr><td>" + label + "</td><td>" + std::string(200, 'v') +
                   "</td></tr></table>",
               limits)
              .events == Expect({"{", "/" + std::string(119, 'L') + "=" + std::string(150, 'v'), "}"}));
  }

  TEST_CASE("malformed HTML is recovered without failing") {
    const Outcome out = Read(
        "<html><body><div><p>one<p>two</span></div></div><<>><table><td>lone cell</td>"
        "<tr><td>k<td>v</table><b>bad \xFF\xFE bytes</b><div>unclosed");
    CHECK(out.events.find("/text=one") != std::string::npos);
    CHECK(out.events.find("/k=v") != std::string::npos);
    CHECK(out.events.find("unclosed") != std::string::npos);
  }

  TEST_CASE("elements nested deeper than max_nesting are read as inline text") {
    ReaderLimits limits;
    limits.max_nesting = 4;
    CHECK(Read("<html><body><div><table><tr><td>a</td><td>b<br>c</td></tr></table></div>"
               "</body></html>", limits)
              .events == Expect({"/text=a b c"}));
    CHECK(Read("<div><div><div><p>x</p><p>y</p></div></div></div>", limits).events ==
          Expect({"/text=x y"}));
  }

  TEST_CASE("elements nested past the hard depth stop the document with an error") {
    // libxml2 scans its element stack for every close tag, so unbounded nesting followed
    // by stray close tags would cost quadratic time; past 4 x max_nesting (2048) the rest
    // of the document is not read.
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i) page += "<div class=\"_a6-g\">";
    page += "deep text";
    for (int i = 0; i < 100000; ++i) page += "</span>";
    const Outcome out = FeedInChunks(page, page.size() + 1, {});
    const Outcome chunked = FeedInChunks(page, 4096, {});
    CHECK(chunked.events == out.events);
    CHECK(chunked.error == out.error);
    CHECK(out.error == "HTML elements nested deeper than 2048 levels; the rest of the document is not read");
    CHECK(out.events.find("/text=deep text") == std::string::npos);
    // Records opened within max_nesting (512 levels, html and body included) are closed.
    CHECK(std::count(out.events.begin(), out.events.end(), '{') == 510);
    CHECK(std::count(out.events.begin(), out.events.end(), '}') == 510);
  }
}

}  // namespace dataaudit
