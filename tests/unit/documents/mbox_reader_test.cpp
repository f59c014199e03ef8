// Tests for the mbox reader. Every input is fed whole and one byte at a time, and both
// runs must produce the same events.

#include "documents/mbox_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

using testing::RecordingSink;

std::string Read(std::string_view input, const ReaderLimits& limits = {}) {
  return testing::ReadWholeAndBytewise(MakeMboxReader, input, limits);
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

// A sink that only counts, for the large-input test.
class CountingSink : public DocumentSink {
 public:
  NodeId Child(NodeId, std::string_view) override { return 1; }
  void BeginRecord() override { ++records; }
  void EndRecord() override {}
  void Value(NodeId, std::string_view, ValueType) override { ++values; }
  std::size_t records = 0, values = 0;
};

}  // namespace

TEST_SUITE("documents/mbox_reader") {
  TEST_CASE("each message is a record of its address, subject and date headers") {
    CHECK(Read("From 1277085061787347926@xxx Tue Aug 05 08:00:23 +0000 2008\r\n"
               "X-GM-THRID: 1277085061787347926\r\n"
               "X-Gmail-Labels: Inbox,Important, Opened\r\n"
               "Received: by 10.142.98.16 with SMTP id v16cs5204wfb;\r\n"
               "        Tue, 5 Aug 2008 01:00:23 -0700 (PDT)\r\n"
               "Date: Tue, 5 Aug 2008 01:00:12 -0700 (PDT)\r\n"
               "From: \"Doe, Jane\" <jane.doe@example.com>\r\n"
               "To: sam@example.org, Alex <alex@example.org>\r\n"
               "Subject: Lunch?\r\n"
               "\r\n"
               "Body line one.\r\n"
               "From the body, not a separator.\r\n"
               "\r\n"
               "From 2@xxx Wed Aug 06 09:00:00 +0000 2008\r\n"
               "from: sam@example.org (Sam Sample)\r\n"
               "CC: undisclosed-recipients:;\r\n"
               "bcc: Team: a@example.com, \"B\" <b@example.com>;, c@example.com\r\n"
               "Date: 6 Aug 08 09:00 GMT\r\n"
               "\r\n"
               "Hi\r\n") ==
          Expect({"{", "/X-Gmail-Labels=Inbox", "/X-Gmail-Labels=Important", "/X-Gmail-Labels=Opened",
                  "/Date=2008-08-05T01:00:12-07:00", "/From=jane.doe@example.com", "/To=sam@example.org",
                  "/To=alex@example.org", "/Subject=Lunch?", "}", "{", "/From=sam@example.org",
                  "/Bcc=a@example.com", "/Bcc=b@example.com", "/Bcc=c@example.com",
                  "/Date=2008-08-06T09:00:00Z", "}"}));
  }

  TEST_CASE("folded headers are unfolded and encoded words decoded") {
    CHECK(Read("From a@b Mon Jan  1 00:00:00 2024\n"
               "To: one@example.com,\n two@example.com,\n\tThree <three@example.com>\n"
               "Subject: =?UTF-8?B?R3LDvMOfZQ==?= =?utf-8?Q?_aus_K=C3=B6ln?= and\n"
               " =?ISO-8859-1?Q?Caf=E9?= =?x-unknown?Q?raw?=\n"
               "Reply-To: <mailto:reply@example.com>\n"
               "Date: Mon, 01 Jan 2024 10:11:12 +0130\n"
               "\n") ==
          Expect({"{", "/To=one@example.com", "/To=two@example.com", "/To=three@example.com",
                  "/Subject=Grüße aus Köln and Café =?x-unknown?Q?raw?=", "/Reply-To=reply@example.com",
                  "/Date=2024-01-01T10:11:12+01:30", "}"}));
  }

  TEST_CASE("a single message without a separator is one record (.eml)") {
    CHECK(Read("\xEF\xBB\xBFReturn-Path: <x@example.com>\nFrom: X <x@example.com>\nDate: someday\n"
               "\nFrom: not a header, body\n") ==
          Expect({"{", "/From=x@example.com", "/Date=someday", "}"}));
  }

  TEST_CASE("a line that is not a header ends the headers") {
    CHECK(Read("From a@b Mon Jan  1 00:00:00 2024\nSubject: s\nthis is body text\nTo: late@example.com\n") ==
          Expect({"{", "/Subject=s", "}"}));
  }

  TEST_CASE("a separator right after the headers starts the next message") {
    CHECK(Read("From a@b Mon Jan  1 00:00:00 2024\nSubject: one\n"
               "From a@b Mon Jan  1 00:00:01 2024\nSubject: two\n") ==
          Expect({"{", "/Subject=one", "}", "{", "/Subject=two", "}"}));
  }

  TEST_CASE("a file that is not mail fails") {
    RecordingSink sink;
    auto reader = MakeMboxReader(sink, {});
    reader->Feed("\n\nhello, this is not mail\nTo: x@example.com\n");
    reader->Finish();
    CHECK(reader->failed());
    CHECK(sink.events.empty());
  }

  TEST_CASE("header values are cut at max_line_bytes") {
    ReaderLimits limits;
    limits.max_line_bytes = 24;
    CHECK(Read("From a@b Mon Jan  1 00:00:00 2024\nTo: first@example.com, second@example.com\n"
               "Subject: abcdefghijklmnopqrstuvwxyz0123\n\n",
               limits) == Expect({"{", "/To=first@example.com", "/Subject=abcdefghijklmnopqrstuvw", "}"}));
  }

  TEST_CASE("bodies are skipped however long their lines are") {
    ReaderLimits limits;
    limits.max_token_bytes = 64;
    std::string body(3 << 20, 'x');
    for (std::size_t i = 1000; i < body.size(); i += 1000) body[i] = '\n';
    std::string input;
    for (int m = 0; m < 3; ++m)
      input += "From a@b Mon Jan  1 00:00:00 2024\nFrom: a@example.com\n\n" + body + "\n";
    CountingSink sink;
    auto reader = MakeMboxReader(sink, limits);
    for (std::size_t i = 0; i < input.size(); i += 65536) reader->Feed(std::string_view(input).substr(i, 65536));
    reader->Finish();
    CHECK_FALSE(reader->failed());
    CHECK(sink.records == 3);
    CHECK(sink.values == 3);
  }
  TEST_CASE("random bytes in random chunks never crash and stay bounded") {
    testing::CheckRandomInputsStayBounded(MakeMboxReader, "BEGIN:VCARD\r\nEND;=\\\"<>@,:() From 2024 12:00 \t\xC3\xBC");
  }
}

}  // namespace dataaudit
