// The reader limits of issue 16: each bounds what a reader keeps, is reported as a
// limit note, and the document is read on past it. The hostile shapes themselves run at
// scale in tests/e2e (check_hostile.sh) and bench/scaling.py.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/csv_header.h"
#include "documents/csv_reader.h"
#include "documents/format.h"
#include "documents/html_reader.h"
#include "documents/ics_reader.h"
#include "documents/json_reader.h"
#include "documents/mbox_reader.h"
#include "documents/recording_sink.h"
#include "documents/text_reader.h"
#include "documents/vcard_reader.h"

namespace dataaudit {
namespace {

struct Outcome {
  std::vector<std::string> values;
  std::vector<std::string> notes;
  std::string error;
};

// Reads `input` whole and one byte at a time; both must agree.
Outcome Read(ReaderFactory make, std::string_view input, const ReaderLimits& limits) {
  Outcome results[2];
  for (int pass = 0; pass < 2; ++pass) {
    testing::RecordingSink sink;
    auto reader = make(sink, limits);
    const std::size_t chunk = pass == 0 ? input.size() + 1 : 1;
    for (std::size_t i = 0; i < input.size(); i += chunk) reader->Feed(input.substr(i, chunk));
    reader->Finish();
    results[pass] = {sink.values(), reader->limit_notes(), reader->error()};
  }
  CHECK(results[0].values == results[1].values);
  CHECK(results[0].notes == results[1].notes);
  return results[0];
}

bool Has(const std::vector<std::string>& notes, std::string_view part) {
  for (const std::string& note : notes)
    if (note.find(part) != std::string::npos) return true;
  return false;
}

std::string Repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_SUITE("documents/reader_limits") {
  TEST_CASE("csv: a row keeps max_columns cells, the rest of it is dropped with a note") {
    ReaderLimits limits;
    limits.max_columns = 2;
    const Outcome out = Read(MakeCsvReader, "a,b,c\n1x,2x,3x\n", limits);
    CHECK(out.values == V{"/a=1x", "/b=2x"});
    CHECK(Has(out.notes, "--max-columns"));
    CHECK(Read(MakeCsvReader, "a,b,c\n1x,2x,3x\n", ReaderLimits{}).notes.empty());
  }

  TEST_CASE("csv: header names past max_header_bytes are numbered") {
    ReaderLimits limits;
    limits.max_header_bytes = 8;
    const Outcome out = Read(MakeCsvReader, "name,city,country\nAna,Oslo,NO\n", limits);
    CHECK(out.values == V{"/name=Ana", "/city=Oslo", "/column 3=NO"});
    CHECK(Has(out.notes, "--max-header-size"));
  }

  TEST_CASE("csv: a first row of data is a record and the columns are numbered") {
    const Outcome out = Read(MakeCsvReader,
                             "jane@example.com,+44 20 7946 0958,GB82WEST12345698765432\n"
                             "sam@example.org,+1 202 555 0143,DE89370400440532013000\n",
                             ReaderLimits{});
    CHECK(out.values == V{"/column 1=jane@example.com", "/column 2=+44 20 7946 0958",
                          "/column 3=GB82WEST12345698765432", "/column 1=sam@example.org",
                          "/column 2=+1 202 555 0143", "/column 3=DE89370400440532013000"});
    const Outcome numbers = Read(MakeCsvReader, "12.5,2024-01-05,7\n3,2024-02-01,8\n", ReaderLimits{});
    CHECK(numbers.values.front() == "/column 1=12.5");
  }

  TEST_CASE("csv_header: names are not data, values are") {
    CHECK_FALSE(LooksLikeDataRow({"First Name", "Last Name", "Email Address", "Phone", "Date"}));
    CHECK_FALSE(LooksLikeDataRow({"id", "timestamp", "amount"}));
    CHECK_FALSE(LooksLikeDataRow({"", ""}));
    CHECK(LooksLikeDataRow({"Jane", "jane@example.com"}));
    CHECK(LooksLikeDataRow({"x", "4539 1488 0343 6467"}));
    CHECK(LooksLikeDataRow({"GB82WEST12345698765432"}));
    CHECK(LooksLikeDataRow({"label", "203.0.113.7"}));
    CHECK(LooksLikeDataRow({"12", "2024-01-05T10:00:00Z"}));
  }

  TEST_CASE("mbox: encoded words longer than max_encoded_word_bytes stay as written") {
    ReaderLimits limits;
    limits.max_encoded_word_bytes = 16;
    const std::string mail = "From: a@example.com\nSubject: =?UTF-8?B?R3LDvMOfZQ==?= =?utf-8?Q?ok?=\n\n";
    const Outcome out = Read(MakeMboxReader, mail, limits);
    CHECK(out.values == V{"/From=a@example.com", "/Subject==?UTF-8?B?R3LDvMOfZQ==?= ok"});
    CHECK(Has(out.notes, "--max-encoded-word"));
    CHECK(Read(MakeMboxReader, mail, ReaderLimits{}).values.back() == "/Subject=Grüßeok");  // blanks between words go
  }

  TEST_CASE("mbox: openers without a closer are read as text, in one pass") {
    const std::string subject = Repeat("=?a?B?x", 20000);
    const Outcome out = Read(MakeMboxReader, "From: a@example.com\nSubject: " + subject + "\n\n", ReaderLimits{});
    CHECK(out.values.back() == "/Subject=" + subject);
  }

  TEST_CASE("mbox: a header keeps max_line_bytes") {
    ReaderLimits limits;
    limits.max_line_bytes = 1024;
    const Outcome out = Read(MakeMboxReader, "From: a@example.com\nSubject: " + std::string(3000, 's') + "\n\n", limits);
    CHECK(out.values.back().size() < 1100);
    CHECK(Has(out.notes, "--max-line-length"));
  }

  TEST_CASE("ics and vcf: a logical line keeps max_line_bytes; '=' folds stay linear") {
    ReaderLimits limits;
    limits.max_line_bytes = 64;
    const std::string folds = Repeat("\r\n a=", 5000);
    const Outcome ics = Read(MakeIcsReader,
                             "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:a=" + folds +
                                 "\r\nSUMMARY:ok\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                             limits);
    CHECK(ics.values.back() == "/SUMMARY=ok");
    CHECK(Has(ics.notes, "--max-line-length"));
    const Outcome vcf = Read(MakeVcardReader,
                             "BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=" + folds + "\r\n end\r\nFN:Ana\r\nEND:VCARD\r\n",
                             limits);
    CHECK(vcf.values.back() == "/FN=Ana");
    CHECK(Has(vcf.notes, "--max-line-length"));
  }

  TEST_CASE("text: a line keeps max_line_bytes") {
    ReaderLimits limits;
    limits.max_line_bytes = 16;
    const Outcome out = Read(MakeTextReader, "Email: jane@example.com and more\nCity: Oslo\n", limits);
    CHECK(out.values == V{"/Email=jane@exam", "/City=Oslo"});
    CHECK(Has(out.notes, "--max-line-length"));
  }

  TEST_CASE("html: attributes past max_attributes are dropped, the page is read on") {
    ReaderLimits limits;
    limits.max_attributes = 3;
    const Outcome out = Read(MakeHtmlReader,
                             "<html><body><div a=1 b=2 c=3 d=4 e=5><a href=\"https://example.com/x\">x</a></div>"
                             "<!-- a comment -- with <b>Email:</b> fake@example.com --><p>Email: j@example.com</p>"
                             "</body></html>",
                             limits);
    CHECK(out.values == V{"/link=https://example.com/x", "/text=x", "/text=Email: j@example.com"});
    CHECK(Has(out.notes, "--max-attributes"));
  }

  TEST_CASE("json: at most max_label_frames nested label objects name their values") {
    ReaderLimits limits;
    limits.max_label_frames = 1;
    const Outcome out = Read(MakeJsonReader,
                             R"({"label":"Outer","dict":[{"label":"Inner","value":"v"}],"value":"w"})", limits);
    CHECK(out.values == V{"/label=Outer", "/Outer/*/label=Inner", "/Outer/*/value=v", "/Outer=w"});
    CHECK(Has(out.notes, "--max-label-frames"));
    const Outcome deep = Read(MakeJsonReader,
                              R"({"label":"Outer","dict":[{"label":"Inner","value":"v"}],"value":"w"})", ReaderLimits{});
    CHECK(deep.values == V{"/label=Outer", "/Outer/*/label=Inner", "/Outer/*/Inner=v", "/Outer=w"});
  }

  TEST_CASE("UTF-32 is told apart from UTF-16 and UTF-8") {
    using namespace std::string_view_literals;
    CHECK(LooksLikeUtf32("\xFF\xFE\0\0{\0\0\0"sv, false));
    CHECK(LooksLikeUtf32("\0\0\xFE\xFF\0\0\0{"sv, false));
    CHECK(LooksLikeUtf32("{\0\0\0\"\0\0\0"sv, true));
    CHECK_FALSE(LooksLikeUtf32("{\0\0\0\"\0\0\0"sv, false));
    CHECK_FALSE(LooksLikeUtf32("\xFF\xFE{\0\"\0"sv, true));  // UTF-16 LE
    CHECK_FALSE(LooksLikeUtf32("{\"a\":1}"sv, true));
  }
}

}  // namespace dataaudit
