#include "text/field_name.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {
namespace {

using V = std::vector<std::string>;

// Describes the field at `pointer` (e.g. "/logins/*/ip") in member `file`.
FieldName Describe(std::string_view file, std::string_view pointer) {
  const std::vector<std::string> segments = SplitPointer(pointer);
  const std::vector<std::string_view> views(segments.begin(), segments.end());
  return DescribeField(file, views);
}

TEST_SUITE("text/field_name") {
  TEST_CASE("generic keys are recognised exactly") {
    for (std::string_view key : {"value", "values", "href", "timestamp", "timestamp_value", "text",
                            "data", "string_map_data", "string_list_data", "vec", "dict", "label_values"}) {
      CAPTURE(key);
      CHECK(IsGenericKey(key));
    }
    for (std::string_view key : {"Value", "email", "ip", "*", "", "time", "value_x"}) {
      CAPTURE(key);
      CHECK_FALSE(IsGenericKey(key));
    }
  }

  TEST_CASE("a key of many words gives at most kMaxSegmentTokens tokens, the context kMaxContextTokens") {
    std::string words;
    for (int i = 0; i < 500; ++i) words += "word" + std::string(1, static_cast<char>('a' + i % 26)) + " ";
    const FieldName name = Describe("", "/" + words + "/" + words + "/" + words + "/" + words + "/" + words +
                                            "/" + words + "/" + words + "/leaf " + words);
    CHECK(name.key.size() == kMaxSegmentTokens);
    CHECK(name.key.front() == "leaf");
    CHECK(name.context.size() <= kMaxContextTokens);
  }

  TEST_CASE("a plain leaf key names the field and ancestors are context") {
    const FieldName name = Describe("", "/logins/*/ipAddress");
    CHECK(name.key == V{"ip", "address"});
    CHECK(name.context == V{"", "logins"});
  }

  TEST_CASE("a generic or star leaf is named by its nearest meaningful ancestor") {
    struct Case {
      std::string_view pointer;
      V key;
      V context;
    };
    const Case cases[] = {
        // Meta's label/value containers name nothing but stay in the context of what they hold.
        {"/login_activity/*/string_map_data/IP Address/value",
         {"ip", "address", "value"},
         {"", "login", "activity", "", "string", "map", "data"}},
        {"/saved/*/string_list_data/*/href", {"saved", "href"}, {}},
        {"/*/label_values/*/title", {"title"}, {"", "label", "values"}},
        {"/logins/*/timestamp", {"logins", "timestamp"}, {}},
        {"/profile/emails/*", {"emails"}, {"", "profile"}},
        {"/a/b/*/*/value", {"b", "value"}, {"", "a"}},
        {"/*/value", {"value"}, {}},
        {"/*", {}, {}},
        {"/value", {"value"}, {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.pointer);
      const FieldName name = Describe("", c.pointer);
      CHECK(name.key == c.key);
      CHECK(name.context == c.context);
    }
  }

  TEST_CASE("generic and star ancestors are left out of the context") {
    const FieldName name = Describe("", "/data/*/user/values/*/settings/colorScheme");
    CHECK(name.key == V{"color", "scheme"});
    CHECK(name.context == V{"", "user", "", "settings"});
  }

  TEST_CASE("the file's folders and name without extension come first in the context") {
    const FieldName name = Describe("your_activity/ads/ads_interests.json", "/interests/*/name");
    CHECK(name.key == V{"name"});
    CHECK(name.context == V{"", "your", "activity", "", "ads", "", "ads", "interests", "", "interests"});
  }

  TEST_CASE("file context edge cases") {
    struct Case {
      std::string_view file;
      V context;
    };
    const Case cases[] = {
        {"", {}},
        {"profile.json", {"", "profile"}},
        {"README", {"", "readme"}},
        {".hidden", {"", "hidden"}},
        {"archive.tar.gz", {"", "archive", "tar"}},
        {"v1.2/data.json", {"", "v1", "", "data"}},  // numbers alone say nothing
        {"messages/inbox/x_12/message_3.json", {"", "messages", "", "inbox", "", "x", "", "message"}},
        {"a//b.csv", {"", "a", "", "b"}},
        {"outer.zip!inner/dir/file.json", {"", "inner", "", "dir", "", "file"}},
        {"a.zip!b.zip!Deep/Name.csv", {"", "deep", "", "name"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.file);
      CHECK(Describe(c.file, "/x").context == c.context);
    }
  }

  TEST_CASE("SplitPointer splits segments and unescapes ~1 and ~0") {
    struct Case {
      std::string_view pointer;
      V segments;
    };
    const Case cases[] = {
        {"", {}},
        {"/", {""}},
        {"/a/*/b", {"a", "*", "b"}},
        {"a/b", {"a", "b"}},
        {"/a//b", {"a", "", "b"}},
        {"/a/", {"a", ""}},
        {"/a~1b/c~0d", {"a/b", "c~d"}},
        {"/~01", {"~1"}},
        {"/~10", {"/0"}},
        {"/a~2/b~", {"a~2", "b~"}},
        {"/IP Address/value", {"IP Address", "value"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.pointer);
      CHECK(SplitPointer(c.pointer) == c.segments);
    }
  }

  TEST_CASE("escaped slashes in a key stay inside one segment when describing") {
    const FieldName name = Describe("", "/http~1headers/User-Agent");
    CHECK(name.key == V{"user", "agent"});
    CHECK(name.context == V{"", "http", "headers"});
  }
}

}  // namespace
}  // namespace dataaudit
