// Tests for the plain-text reader. Every input is fed twice, whole and one byte at a
// time, and both runs must produce the same events: that proves chunk independence.

#include "documents/text_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

// Reads `input` whole and byte by byte, checks both agree and neither fails, returns the
// joined events.
std::string Read(std::string_view input, const ReaderLimits& limits = {}) {
  return testing::ReadWholeAndBytewise(MakeTextReader, input, limits);
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

}  // namespace

TEST_SUITE("documents/text_reader") {
  TEST_CASE("TikTok-style blocks separated by blank lines are records of label values") {
    CHECK(Read("Date: 2025-11-02 10:11:12 UTC\nIP: 203.0.113.7\r\n\r\n"
               "Date: 2025-11-03 08:00:00 UTC\rVideo Link: https://www.tiktokv.com/v/1/\r") ==
          Expect({"{", "/Date=2025-11-02 10:11:12 UTC", "/IP=203.0.113.7", "}", "{",
                  "/Date=2025-11-03 08:00:00 UTC",
                  "/Video Link=https://www.tiktokv.com/v/1/", "}"}));
  }

  TEST_CASE("a label alone collects the following lines until a blank line") {
    CHECK(Read("Chat History with bob:\n  hello there\nFrom: bob\n  second line\n\nafter\n") ==
          Expect({"{", "/Chat History with bob=hello there", "/From=bob",
                  "/Chat History with bob=second line", "}", "{", "/text=after", "}"}));
  }

  TEST_CASE("URLs, times and lines without a proper label are free text") {
    CHECK(Read("https://example.com/a:b\nmailto:someone@example.org\n10:30 meeting\n"
               "a/b: not a label\n[12/01/2023, 10:30:15] Ann: hi\n"
               "This label is far too long to be a label because it has more than sixty "
               "characters: x\n") ==
          Expect({"{", "/text=https://example.com/a:b", "/text=mailto:someone@example.org",
                  "/text=10:30 meeting", "/text=a/b: not a label",
                  "/text=[12/01/2023, 10:30:15] Ann: hi",
                  "/text=This label is far too long to be a label because it has more than "
                  "sixty characters: x",
                  "}"}));
  }

  TEST_CASE("labels and values are trimmed and non-ASCII labels are accepted") {
    CHECK(Read("\xEF\xBB\xBF  E-Mail-Adresse :\t ann@example.org  \n\xE5\x90\x8D\xE5\x89\x8D: Ann") ==
          Expect({"{", "/E-Mail-Adresse=ann@example.org", "/\xE5\x90\x8D\xE5\x89\x8D=Ann", "}"}));
  }

  TEST_CASE("bulleted labels lose their bullet") {
    CHECK(Read("- Account: avatar and account data\n* Messages:\n  one folder per channel\n"
               "- plain bullet\n") ==
          Expect({"{", "/Account=avatar and account data", "/Messages=one folder per channel",
                  "/Messages=- plain bullet", "}"}));
  }

  TEST_CASE("whitespace-only lines end records and empty input yields nothing") {
    CHECK(Read("a\n \t \nb\n\n\n") == Expect({"{", "/text=a", "}", "{", "/text=b", "}"}));
    CHECK(Read("").empty());
    CHECK(Read("\n\r\n\r").empty());
  }

  TEST_CASE("lines longer than max_line_bytes are truncated") {
    ReaderLimits limits;
    limits.max_line_bytes = 9;
    CHECK(Read("Name: Alexander the Great\nshort\n", limits) ==
          Expect({"{", "/Name=Ale", "/text=short", "}"}));
  }
}

}  // namespace dataaudit
