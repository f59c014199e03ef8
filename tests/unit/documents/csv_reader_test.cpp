// Tests for the streaming CSV reader. Every input is fed twice, whole and one byte at a
// time, and both runs must produce the same events: that proves chunk independence.

#include "documents/csv_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

using Outcome = testing::ChunkedResult;

// Reads `input` whole and byte by byte, checks both agree, returns the whole-read result.
Outcome Read(std::string_view input, const ReaderLimits& limits = {}) {
  return testing::ReadBothWays(MakeCsvReader, input, limits);
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

}  // namespace

TEST_SUITE("documents/csv_reader") {
  TEST_CASE("each data row becomes one record keyed by the header") {
    const Outcome out = Read("Name,Email\nAlice,a@x.org\nBob,\n");
    CHECK(out.error.empty());
    CHECK(out.events ==
          Expect({"{", "/Name=Alice", "/Email=a@x.org", "}", "{", "/Name=Bob", "}"}));
  }

  TEST_CASE("a LinkedIn Notes preamble with a quoted multi-line paragraph is skipped") {
    const Outcome out = Read(
        "Notes:\r\n\"When exporting, some emails are missing.\r\n\r\nSee https://x.y/z, "
        "\"\"quoted\"\"\"\r\n\r\nFirst Name,Last Name,URL\r\nPriya,Shah,https://l.in/p\r\n");
    CHECK(out.error.empty());
    CHECK(out.events ==
          Expect({"{", "/First Name=Priya", "/Last Name=Shah", "/URL=https://l.in/p", "}"}));
  }

  TEST_CASE("an unquoted Notes preamble spanning lines is skipped") {
    const Outcome out =
        Read("Notes:\nThis is a sample export.\nAll data is synthetic.\n\nA,B\n1,2\n");
    CHECK(out.events == Expect({"{", "/A=1", "/B=2", "}"}));
  }

  TEST_CASE("a first line that merely starts like Notes is an ordinary header") {
    const Outcome out = Read("Note,Value\nx,y\n");
    CHECK(out.events == Expect({"{", "/Note=x", "/Value=y", "}"}));
  }

  TEST_CASE("duplicate and empty headers stay apart by position") {
    const Outcome out = Read(
        "Company Names, Job Titles ,Company Names,,Company Names\na,b,c,d,e,f\n");
    CHECK(out.events ==
          Expect({"{", "/Company Names=a", "/Job Titles=b", "/Company Names (2)=c",
                  "/column 4=d", "/Company Names (3)=e", "/column 6=f", "}"}));
  }

  TEST_CASE("the delimiter is the most frequent separator on the header line") {
    CHECK(Read("a;b;c\n1;2,5;3\n").events ==
          Expect({"{", "/a=1", "/b=2,5", "/c=3", "}"}));
    CHECK(Read("a\tb\n1\t2;3\n").events == Expect({"{", "/a=1", "/b=2;3", "}"}));
    CHECK(Read("\"x;y\",b\n1,2\n").events ==
          Expect({"{", "/x;y=1", "/b=2", "}"}));
    CHECK(Read("single\nvalue\n").events == Expect({"{", "/single=value", "}"}));
  }

  TEST_CASE("quoted cells keep delimiters, doubled quotes and line breaks") {
    const Outcome out =
        Read("id,text\r1,\"a, \"\"b\"\"\r\nc\rd\"\r2,\"\"\r\"x\"y,z\n");
    CHECK(out.error.empty());
    CHECK(out.events == Expect({"{", "/id=1", "/text=a, \"b\"\nc\nd", "}", "{",
                                      "/id=2", "}", "{", "/id=xy", "/text=z", "}"}));
  }

  TEST_CASE("a UTF-8 byte order mark is dropped, also before a Notes preamble") {
    CHECK(Read("\xEF\xBB\xBFName\nAlice\n").events ==
          Expect({"{", "/Name=Alice", "}"}));
    CHECK(Read("\xEF\xBB\xBFNotes:\nhi\n\nName\nAlice").events ==
          Expect({"{", "/Name=Alice", "}"}));
  }

  TEST_CASE("blank lines are skipped but a row of empty cells is an empty record") {
    const Outcome out = Read("\n\nA,B\n\n1,2\n\r\n,\n3,4");
    CHECK(out.events ==
          Expect({"{", "/A=1", "/B=2", "}", "{", "}", "{", "/A=3", "/B=4", "}"}));
  }

  TEST_CASE("an unterminated quote fails with the line where it started") {
    const Outcome out = Read("A,B\n1,2\n3,\"open\nstill open\n");
    CHECK(out.error == "unterminated quoted field starting on line 3");
    CHECK(out.events == Expect({"{", "/A=1", "/B=2", "}", "{", "/A=3", "}"}));
    CHECK(Read("Notes:\n\"never closed\n\nA\n1\n").error ==
          "unterminated quoted field starting on line 2");
  }

  TEST_CASE("stray quotes inside unquoted cells are read literally") {
    const Outcome out = Read("A,B\n5\" disk,he said \"hi\"\n");
    CHECK(out.error.empty());
    CHECK(out.events == Expect({"{", "/A=5\" disk", "/B=he said \"hi\"", "}"}));
  }

  TEST_CASE("cells longer than max_token_bytes are truncated") {
    ReaderLimits limits;
    limits.max_token_bytes = 4;
    const Outcome out = Read("Name,Note\nAlexander,\"quoted long\"\n", limits);
    CHECK(out.events == Expect({"{", "/Name=Alex", "/Note=quot", "}"}));
  }

  TEST_CASE("empty input and a header-only file yield no records and no error") {
    CHECK(Read("").events.empty());
    CHECK(Read("").error.empty());
    CHECK(Read("A,B\r\n").events.empty());
    CHECK(Read("Notes:\nonly notes").events.empty());
  }
}

}  // namespace dataaudit
