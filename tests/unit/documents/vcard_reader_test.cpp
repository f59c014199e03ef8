// Tests for the vCard reader and the shared content-line helpers. Every input is fed
// whole and one byte at a time, and both runs must produce the same events.

#include "documents/vcard_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

using testing::RecordingSink;

std::string Read(std::string_view input, const ReaderLimits& limits = {}) {
  return testing::ReadWholeAndBytewise(MakeVcardReader, input, limits);
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

}  // namespace

TEST_SUITE("documents/vcard_reader") {
  TEST_CASE("each vCard is a record and properties are upper-case paths without parameters") {
    CHECK(Read("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\n"
               "item1.EMAIL;TYPE=INTERNET;TYPE=HOME:jane@example.com\r\n"
               "tel;type=CELL:+1 202-555-0143\r\nEND:VCARD\r\n"
               "BEGIN:VCARD\nVERSION:3.0\nFN:Sam\nEND:VCARD\n") ==
          Expect({"{", "/VERSION=3.0", "/FN=Jane Doe", "/N=Doe, Jane", "/EMAIL=jane@example.com",
                  "/TEL=+1 202-555-0143", "}", "{", "/VERSION=3.0", "/FN=Sam", "}"}));
  }

  TEST_CASE("ADR components are joined with commas, skipping empty ones") {
    CHECK(Read("BEGIN:VCARD\nADR;TYPE=HOME:;;221B Baker Street;London;;NW1 6XE;United Kingdom\n"
               "ADR:;;Rue de Rivoli 1\\; Bât. A;Paris;;;\nORG:Acme;Research\nEND:VCARD\n") ==
          Expect({"{", "/ADR=221B Baker Street, London, NW1 6XE, United Kingdom",
                  "/ADR=Rue de Rivoli 1; Bât. A, Paris", "/ORG=Acme, Research", "}"}));
  }

  TEST_CASE("folded lines are joined, with one leading blank removed") {
    CHECK(Read("BEGIN:VCARD\r\nNOTE:first part,\r\n  second part\r\n\tthird\r\nEND:VCARD\r\n") ==
          Expect({"{", "/NOTE=first part, second partthird", "}"}));
    // Lone CR line ends fold the same way.
    CHECK(Read("BEGIN:VCARD\rFN:Ja\r ne\rEND:VCARD\r") == Expect({"{", "/FN=Jane", "}"}));
  }

  TEST_CASE("escapes are resolved and schemes dropped") {
    CHECK(Read("BEGIN:VCARD\nNOTE:a\\, b\\; c\\nd\\\\e\nURL:http\\://example.com/x\n"
               "TEL;VALUE=uri:tel:+44-20-7946-0958\nEMAIL:mailto:sam@example.org\nEND:VCARD\n") ==
          Expect({"{", "/NOTE=a, b; c\nd\\e", "/URL=http://example.com/x", "/TEL=+44-20-7946-0958",
                  "/EMAIL=sam@example.org", "}"}));
  }

  TEST_CASE("quoted parameter values may hold ':' and ';'") {
    CHECK(Read("BEGIN:VCARD\nADR;LABEL=\"1 Main St:Springfield;US\";TYPE=work:;;1 Main St;Springfield;;;US\n"
               "END:VCARD\n") == Expect({"{", "/ADR=1 Main St, Springfield, US", "}"}));
  }

  TEST_CASE("vCard 2.1 quoted-printable values are decoded across soft line breaks") {
    CHECK(Read("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BC=\r\nller;J=C3=BCrgen;;;\r\n"
               "FN;QUOTED-PRINTABLE:J=C3=BCrgen\r\nEND:VCARD\r\n") ==
          Expect({"{", "/VERSION=2.1", "/N=Müller, Jürgen", "/FN=Jürgen", "}"}));
  }

  TEST_CASE("inline binary values are skipped, photo URLs are kept") {
    CHECK(Read("BEGIN:VCARD\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\n AAAQABAAD\n"
               "PHOTO:data:image/png;base64,iVBORw0KGgo=\nLOGO;VALUE=BINARY:AAAA\n"
               "PHOTO:https://lh3.googleusercontent.com/a/x\nEND:VCARD\n") ==
          Expect({"{", "/PHOTO=https://lh3.googleusercontent.com/a/x", "}"}));
  }

  TEST_CASE("basic ISO dates are written in extended form") {
    CHECK(Read("BEGIN:VCARD\nBDAY:19900401\nREV:20240105T101112Z\nANNIVERSARY:2010-06-01\n"
               "BDAY:--0415\nEND:VCARD\n") ==
          Expect({"{", "/BDAY=1990-04-01", "/REV=2024-01-05T10:11:12Z", "/ANNIVERSARY=2010-06-01",
                  "/BDAY=--0415", "}"}));
  }

  TEST_CASE("empty values, BOM, blank lines and junk lines are handled") {
    CHECK(Read("\xEF\xBB\xBF" "BEGIN:VCARD\n\nNOTE:\nthis is not a content line\nX-ABLabel:  \n"
               "X-SOCIALPROFILE;type=twitter:x.com/sam\nEND:VCARD\n") ==
          Expect({"{", "/X-SOCIALPROFILE=x.com/sam", "}"}));
  }

  TEST_CASE("nested vCards are nested records") {
    CHECK(Read("BEGIN:VCARD\nFN:A\nAGENT:\nBEGIN:VCARD\nFN:B\nEND:VCARD\nEND:VCARD\n") ==
          Expect({"{", "/FN=A", "{", "/FN=B", "}", "}"}));
  }

  TEST_CASE("a truncated vCard fails after reporting what it read") {
    RecordingSink sink;
    auto reader = MakeVcardReader(sink, {});
    reader->Feed("BEGIN:VCARD\nFN:Cut Off\nEMAIL:cut@exa");
    reader->Finish();
    CHECK(reader->failed());
    CHECK(testing::JoinEvents(sink.events) == Expect({"{", "/FN=Cut Off", "/EMAIL=cut@exa", "}"}));
  }

  TEST_CASE("text without any content line fails, an empty file does not") {
    {
      RecordingSink sink;
      auto reader = MakeVcardReader(sink, {});
      reader->Feed("just some words\nand more\n");
      reader->Finish();
      CHECK(reader->failed());
    }
    {
      RecordingSink sink;
      auto reader = MakeVcardReader(sink, {});
      reader->Feed("\r\n\r\n");
      reader->Finish();
      CHECK_FALSE(reader->failed());
      CHECK(sink.events.empty());
    }
  }

  TEST_CASE("long lines are cut at max_line_bytes, folded or not") {
    ReaderLimits limits;
    limits.max_line_bytes = 16;
    CHECK(Read("BEGIN:VCARD\nNOTE:0123456789abcdef\n ghijkl\nFN:Al\nEND:VCARD\n", limits) ==
          Expect({"{", "/NOTE=0123456789a", "/FN=Al", "}"}));
  }

  TEST_CASE("random bytes in random chunks never crash and stay bounded") {
    testing::CheckRandomInputsStayBounded(MakeVcardReader, "BEGIN:VCARD\r\nEND;=\\\"<>@,:() From 2024 12:00 \t\xC3\xBC");
  }
}

}  // namespace dataaudit
