#include "platforms/json_key_paths.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dataaudit {
namespace {

using V = std::vector<std::string>;

TEST_SUITE("platforms/json_key_paths") {
  TEST_CASE("an object's keys, nested keys and array elements, each path once") {
    CHECK(JsonKeyPaths(R"({"locations": [{"latitudeE7": 1, "source": "GPS"}, {"latitudeE7": 2}], "n": {"a": true}})") ==
          V{"locations", "locations/[]", "locations/[]/latitudeE7", "locations/[]/source", "n", "n/a"});
  }

  TEST_CASE("a top-level array, arrays of arrays and string values that look like keys") {
    CHECK(JsonKeyPaths(R"([{"title": "{\"x\": 1}", "p": [[{"q": ":"}]]}])") ==
          V{"[]", "[]/title", "[]/p", "[]/p/[]", "[]/p/[]/[]", "[]/p/[]/[]/q"});
  }

  TEST_CASE("a cut document gives the paths seen before the cut") {
    CHECK(JsonKeyPaths(R"({"Your Activity": {"Watch History": {"VideoList": [{"Da)") ==
          V{"Your Activity", "Your Activity/Watch History", "Your Activity/Watch History/VideoList",
            "Your Activity/Watch History/VideoList/[]"});
  }

  TEST_CASE("a BOM, blanks and a JavaScript assignment come before the JSON") {
    CHECK(JsonKeyPaths("\xEF\xBB\xBF \n{\"a\": 1}") == V{"a"});
    CHECK(JsonKeyPaths("window.YTD.like.part0 = [{\"like\": {\"tweetId\": \"1\"}}]") ==
          V{"[]", "[]/like", "[]/like/tweetId"});
  }

  TEST_CASE("escapes in keys are decoded and '/' and '~' are escaped as in JSON Pointer") {
    CHECK(JsonKeyPaths(R"({"caf\u00e9": 1, "a/b": 2, "x~y": 3, "q\"": 4})") == V{"café", "a~1b", "x~0y", "q\""});
  }

  TEST_CASE("text that is not JSON gives no paths") {
    CHECK(JsonKeyPaths("Date: 2024-01-01 10:00:00 UTC\nLink: https://example.com/?a=b\n").empty());
    CHECK(JsonKeyPaths("<html><body>{\"a\": 1}</body></html>").empty());
    CHECK(JsonKeyPaths("").empty());
    CHECK(JsonKeyPaths("   ").empty());
  }

  TEST_CASE("keys deeper than the limit are not collected, and the count is bounded") {
    std::string deep;
    for (std::size_t i = 0; i < kMaxKeyDepth + 3; ++i) deep += "{\"k\": ";
    const V paths = JsonKeyPaths(deep);
    CHECK(paths.size() == kMaxKeyDepth);
    std::string wide = "{";
    for (int i = 0; i < 2000; ++i) wide += "\"k" + std::to_string(i) + "\": 1, ";
    CHECK(JsonKeyPaths(wide).size() == kMaxKeyPaths);
  }

  TEST_CASE("written paths and patterns become globs") {
    CHECK(KeyPathGlob("locations[].latitudeE7") == "locations/[]/latitudeE7");
    CHECK(KeyPathGlob("[].title") == "[]/title");
    CHECK(KeyPathGlob("[][].x") == "[]/[]/x");
    CHECK(KeyPathGlob("*.*.ProfileMap") == "*/*/ProfileMap");
    CHECK(KeyPathGlob("**.label_values[].label") == "**/label_values/[]/label");
    CHECK(KeyPathGlob("Ads and data") == "Ads and data");
    CHECK(KeyPathGlob("a/b") == "a~1b");
  }
}

}  // namespace
}  // namespace dataaudit
