#include "documents/content_line.h"

#include <doctest/doctest.h>

#include <string>

namespace dataaudit {
namespace {

TEST_SUITE("documents/content_line") {
  TEST_CASE("parameters, basic dates and quoted-printable") {
    using namespace content_line;
    CHECK(HasParam("TYPE=INTERNET,HOME;PREF=1", "type", "home"));
    CHECK(HasParam("HOME;QUOTED-PRINTABLE", "ENCODING", "quoted-printable"));
    CHECK_FALSE(HasParam("TYPE=\"a;b\"", "TYPE", "b"));
    CHECK(ExtendedDateTime("20240105T101112+0130") == "2024-01-05T10:11:12+01:30");
    CHECK(ExtendedDateTime("20240105T1011") == "20240105T1011");
    CHECK(ExtendedDateTime("Tomorrow") == "Tomorrow");
    CHECK(DecodeQuotedPrintable("a=3Db=4") == "a=b=4");
  }
}

}  // namespace
}  // namespace dataaudit
