#include "documents/json_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "documents/recording_sink.h"

namespace dataaudit {
namespace {

struct Parsed {
  std::vector<std::string> events;
  std::string error;
};

// Parses `text` fed in chunks of `chunk` bytes.
Parsed Parse(std::string_view text, std::size_t chunk, ReaderLimits limits = {}) {
  testing::RecordingSink sink;
  auto reader = MakeJsonReader(sink, limits);
  for (std::size_t i = 0; i < text.size(); i += chunk) reader->Feed(text.substr(i, chunk));
  reader->Finish();
  return {sink.events, reader->error()};
}

// Parses whole and byte by byte, checks both agree, returns the events.
std::vector<std::string> Events(std::string_view text) {
  const Parsed whole = Parse(text, text.size() + 1);
  const Parsed bytes = Parse(text, 1);
  CHECK(whole.events == bytes.events);
  CHECK(whole.error == bytes.error);
  CHECK(whole.error == "");
  return whole.events;
}

using V = std::vector<std::string>;

TEST_SUITE("documents/json_reader") {
  TEST_CASE("array elements are records named by star and keys by name") {
    CHECK(Events(R"({"logins":[{"ip":"192.0.2.1","t":1700000000},{"ip":"192.0.2.2"}]})") ==
          V{"{", "{", "/logins/*/ip=192.0.2.1", "/logins/*/t=#1700000000", "}", "{",
            "/logins/*/ip=192.0.2.2", "}", "}"});
  }

  TEST_CASE("scalars keep their type and spelling") {
    CHECK(Events(R"({"a":-1.5e3,"b":true,"c":null,"d":"x"})") ==
          V{"{", "/a=#-1.5e3", "/b=?true", "/c=~null", "/d=x", "}"});
  }

  TEST_CASE("escapes and surrogate pairs decode to UTF-8") {
    CHECK(Events(R"(["a\"b\\c\n", "Ren\u00e9e", "\ud83d\ude00", "\ud83d x"])") ==
          V{"/*=a\"b\\c\n", "/*=Renée", "/*=\xF0\x9F\x98\x80", "/*=\xEF\xBF\xBD x"});
  }

  TEST_CASE("JSON Lines are a sequence of top-level records") {
    CHECK(Events("{\"ip\":\"a\"}\n{\"ip\":\"b\"}\n") == V{"{", "/ip=a", "}", "{", "/ip=b", "}"});
  }

  TEST_CASE("a JavaScript prefix and a byte-order mark are skipped") {
    CHECK(Events("\xEF\xBB\xBFwindow.YTD.account.part0 = [{\"email\":\"a@example.org\"}]") ==
          V{"{", "/*/email=a@example.org", "}"});
  }

  TEST_CASE("label_values records name their value by the label") {
    CHECK(Events(R"({"label_values":[{"label":"Email","value":"a@example.org"},)"
                 R"({"label":"Sites","vec":[{"value":"x"}]}]})") ==
          V{"{", "{", "/label_values/*/label=Email", "/label_values/*/Email=a@example.org", "}",
            "{", "/label_values/*/label=Sites", "{", "/label_values/*/Sites/*/value=x", "}", "}",
            "}"});
  }

  TEST_CASE("malformed documents report the byte offset") {
    CHECK(Parse(R"({"a":1,})", 100).error == "invalid JSON at byte 7: unexpected '}'");
    CHECK(Parse(R"({"a":[1,2)", 100).error == "document ends inside 2 open containers (truncated?)");
    CHECK(Parse(R"({"a":"abc)", 100).error == "unterminated string at end of document (byte 9)");
    CHECK(Parse(R"({"a":tru})", 100).error == "invalid literal ending at byte 8 (expected true, false or null)");
    // Numbers are never quoted in messages: a malformed one may be a card number.
    CHECK(Parse(R"([4539148803436467-])", 100).error == "invalid number ending at byte 18");
    CHECK(Parse(R"(["\q"])", 100).error == "invalid escape '\\q' at byte 3");
  }

  TEST_CASE("nesting beyond the limit fails without recursion") {
    ReaderLimits limits;
    limits.max_nesting = 100;
    const std::string deep(100000, '[');
    CHECK(Parse(deep, 4096, limits).error == "nesting deeper than 100 levels at byte 100");
  }

  TEST_CASE("over-long strings are truncated to the token limit") {
    ReaderLimits limits;
    limits.max_token_bytes = 4;
    CHECK(Parse(R"(["abcdefgh"])", 3, limits).events == V{"/*=abcd"});
  }

  TEST_CASE("every chunking of a varied document gives the same events") {
    // Strings whole and cut, escapes whole and cut (\u at a chunk's end), numbers and
    // literals at boundaries, label_values, and runs of whitespace longer than 16 bytes.
    std::string doc = "{\n  \"label_values\" : [ {\"label\":\"Email\",\"value\":\"a@example.org\"} ],\n";
    doc += "  \"items\" : [ ";
    for (int i = 0; i < 40; ++i) {
      if (i > 0) doc += ", ";
      doc += "{\n      \"n\" : -" + std::to_string(i * 7919) + ".5e1,\t\"t\" : true, \"z\" : null,";
      doc += "\"s\" : \"caf\\u00c3\\u00a9 \\ud83d\\ude00 x\\n" + std::string(i, 'y') + "\"";
      doc += std::string(i % 20, ' ') + "}";
    }
    doc += " ]\n}\n";
    const Parsed whole = Parse(doc, doc.size());
    REQUIRE(whole.error == "");
    CHECK(whole.events.size() == 1 + 4 + 40 * 6 + 1);  // the braces of the document and of 41 records
    for (std::size_t chunk : {1, 2, 3, 5, 7, 16, 17, 31, 64, 100})
      CHECK(Parse(doc, chunk).events == whole.events);
  }

  TEST_CASE("an empty document has no values and no error") {
    CHECK(Events("  \n").empty());
  }
}

}  // namespace
}  // namespace dataaudit
