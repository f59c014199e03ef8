// Tests for the byte filter in front of libxml2: markup passes unchanged, and only the
// content that the limits name is dropped, whatever the chunking.

#include "documents/html_guard.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dataaudit {
namespace {

struct Cuts {
  bool attributes = false, values = false, text = false;
};

// `in` filtered whole; checks that filtering it one byte at a time gives the same.
std::string Filtered(std::string_view in, std::size_t max_attributes = 4, std::size_t max_bytes = 8,
                     Cuts* cuts = nullptr) {
  HtmlGuard whole(max_attributes, max_bytes), bytes(max_attributes, max_bytes);
  std::string a, b;
  whole.Filter(in, a);
  for (char c : in) bytes.Filter(std::string_view(&c, 1), b);
  CHECK(a == b);
  if (cuts != nullptr) *cuts = {whole.attributes_cut(), whole.values_cut(), whole.text_cut()};
  return a;
}

}  // namespace

TEST_SUITE("documents/html_guard") {
  TEST_CASE("ordinary markup passes unchanged") {
    const std::string page =
        "<!DOCTYPE html><html><body class=\"a b\"><table><tr><td>Email</td><td>j@e.x</td></tr></table>"
        "<a href='https://e.x/'>x</a> 1 < 2 <br/></body></html>";
    CHECK(Filtered(page, 16, 64) == page);
  }

  TEST_CASE("comment content is dropped, its delimiters stay") {
    CHECK(Filtered("<p>a</p><!-- secret - -- -x-></p> --><p>b</p>") == "<p>a</p><!----><p>b</p>");
    CHECK(Filtered("<p>a</p><!-- never closed " + std::string(1000, 'x')) == "<p>a</p><!--");
  }

  TEST_CASE("attributes past the limit are dropped up to the tag's end") {
    Cuts guard;
    CHECK(Filtered("<div a=1 b=2 c=\"3>\" d e=5 f=6>t</div>", 3, 64, &guard) == "<div a=1 b=2 c=\"3>\" >t</div>");
    CHECK(guard.attributes);
    CHECK_FALSE(guard.values);
  }

  TEST_CASE("attribute values keep a budget per tag, cut on a UTF-8 boundary") {
    Cuts guard;
    CHECK(Filtered("<a href=\"1234567\xC3\xA9xyz\">t</a><b c='12'>", 4, 8, &guard) ==
          "<a href=\"1234567\xC3\xA9\">t</a><b c='12'>");
    CHECK(Filtered("<a h=\"1234567\" t=\"1234567\">t</a>", 4, 10) == "<a h=\"1234567\" t=\"123\">t</a>");
    CHECK(guard.values);
  }

  TEST_CASE("a tag's names and blanks share the budget: a huge name or run of blanks is cut") {
    Cuts guard;
    CHECK(Filtered("<div " + std::string(100, 'x') + " b=1>t</div>", 64, 8, &guard) == "<div xxxx>t</div>");
    CHECK(guard.values);
    CHECK(Filtered("<p" + std::string(100, ' ') + ">t</p>", 64, 8) == "<p       >t</p>");
  }

  TEST_CASE("text between markup keeps the budget; the next tag starts a new one") {
    Cuts guard;
    CHECK(Filtered("<p>abcdefghijkl</p><p>mn</p>", 4, 8, &guard) == "<p>abcdefgh</p><p>mn</p>");
    CHECK(guard.text);
  }

  TEST_CASE("script text is raw: a comment opener inside it does not hide its end tag") {
    CHECK(Filtered("<script>if (a<!--b) x</script><p>after</p>", 4, 64) ==
          "<script>if (a<!--b) x</script><p>after</p>");
    CHECK(Filtered("<style>" + std::string(100, 'x') + "</STYLE><p>y</p>", 4, 8) ==
          "<style>xxxxxxxx</STYLE><p>y</p>");
  }
}

}  // namespace dataaudit
