#include "text/display_width.h"

#include <doctest/doctest.h>

namespace dataaudit {
namespace {

TEST_SUITE("text/display_width") {
  TEST_CASE("columns, not bytes or code points: CJK takes two, accents none, colour none") {
    CHECK(DisplayWidth("abc") == 3);
    CHECK(DisplayWidth("\u5bb6\u65cf") == 4);         // two CJK characters
    CHECK(DisplayWidth("e\u0301") == 1);              // e + combining acute
    CHECK(DisplayWidth("caf\u00e9") == 4);            // é precomposed: 2 bytes, 1 column
    CHECK(DisplayWidth("\x1b[1;33mFIN\x1b[0m") == 3);  // ANSI colour
    CHECK(DisplayWidth("a\xff") == 2);                 // an invalid byte counts one
  }

  TEST_CASE("cutting never splits a character and never passes the width") {
    CHECK(CutToWidth("\u5bb6\u65cf\u5199\u771f", 5) == "\u5bb6\u65cf");
    CHECK(CutToWidth("abc", 10) == "abc");
    CHECK(CutToWidth("", 3).empty());
  }

  TEST_CASE("long paths are shortened in the middle with an ellipsis, to the width") {
    const std::string path = "messages/inbox/a_very_long_friend_name_1234567/message_1.json#/messages/*/content";
    const std::string shown = ShortenMiddle(path, 40);
    CHECK(DisplayWidth(shown) == 40);
    CHECK(shown.find("\u2026") != std::string::npos);
    CHECK(shown.starts_with("messages/"));
    CHECK(shown.ends_with("/content"));
    CHECK(ShortenMiddle("short", 40) == "short");
    const std::string cjk = ShortenMiddle("\u5bb6\u65cf\u5199\u771f/\u5bb6\u65cf\u5199\u771f/\u5199\u771f.json", 15);
    CHECK(DisplayWidth(cjk) <= 15);
  }

  TEST_CASE("text wraps at spaces to the width, every line indented") {
    const std::string wrapped = WrapText("one two three four five six", 12, 2);
    CHECK(wrapped == "  one two\n  three four\n  five six");
    for (std::size_t start = 0; start < wrapped.size();) {
      std::size_t end = wrapped.find('\n', start);
      if (end == std::string::npos) end = wrapped.size();
      CHECK(DisplayWidth(std::string_view(wrapped).substr(start, end - start)) <= 12);
      start = end + 1;
    }
    CHECK(WrapText("\u5bb6\u65cf \u5199\u771f \u5bb6\u65cf", 13, 4) == "    \u5bb6\u65cf \u5199\u771f\n    \u5bb6\u65cf");
  }

  TEST_CASE("a count stays with its word") {
    CHECK(WrapText("files 12 total, 0 errors", 16, 0) == "files 12 total,\n0 errors");
    CHECK(WrapText("a 0", 10, 0) == "a 0");
  }

  TEST_CASE("padding counts display columns") {
    CHECK(PadRight("\u5bb6", 4) == "\u5bb6  ");
    CHECK(PadRight("abcdef", 4) == "abcdef");
  }
}

}  // namespace
}  // namespace dataaudit
