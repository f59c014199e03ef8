#include "documents/json_lexical.h"

#include <doctest/doctest.h>

#include <string>

namespace dataaudit::json {
namespace {

TEST_SUITE("documents/json_lexical") {
  TEST_CASE("numbers follow RFC 8259") {
    for (std::string_view ok : {"0", "-0", "7", "-12", "1.5", "1e9", "1E+9", "-2.5e-3", "4539148803436467"}) {
      CAPTURE(ok);
      CHECK(IsJsonNumber(ok));
    }
    for (std::string_view bad : {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "0x10", "1-", "--1", "1.5.5"}) {
      CAPTURE(bad);
      CHECK_FALSE(IsJsonNumber(bad));
    }
  }

  TEST_CASE("UTF-8 encoding at every length boundary") {
    char out[4];
    CHECK(std::string(out, EncodeUtf8(0x41, out)) == "A");
    CHECK(std::string(out, EncodeUtf8(0x7F, out)) == "\x7F");
    CHECK(std::string(out, EncodeUtf8(0x80, out)) == "\xC2\x80");
    CHECK(std::string(out, EncodeUtf8(0xE9, out)) == "\xC3\xA9");
    CHECK(std::string(out, EncodeUtf8(0x7FF, out)) == "\xDF\xBF");
    CHECK(std::string(out, EncodeUtf8(0x800, out)) == "\xE0\xA0\x80");
    CHECK(std::string(out, EncodeUtf8(0xFFFD, out)) == "\xEF\xBF\xBD");
    CHECK(std::string(out, EncodeUtf8(0x1F600, out)) == "\xF0\x9F\x98\x80");
    CHECK(std::string(out, EncodeUtf8(0x10FFFF, out)) == "\xF4\x8F\xBF\xBF");
  }

  TEST_CASE("one-letter escapes and hex digits") {
    CHECK(SimpleEscape('n') == '\n');
    CHECK(SimpleEscape('t') == '\t');
    CHECK(SimpleEscape('/') == '/');
    CHECK(SimpleEscape('"') == '"');
    CHECK(SimpleEscape('\\') == '\\');
    CHECK(SimpleEscape('q') == 0);
    CHECK(SimpleEscape('u') == 0);  // \u is read by the reader itself
    CHECK(HexValue('0') == 0);
    CHECK(HexValue('a') == 10);
    CHECK(HexValue('F') == 15);
    CHECK(HexValue('g') == -1);
  }
}

}  // namespace
}  // namespace dataaudit::json
