#include "rules/rule_parser.h"

#include <doctest/doctest.h>

#include <re2/re2.h>

#include <string>
#include <vector>

#include "detect/detector.h"

namespace dataaudit {
namespace {

struct Parsed {
  bool ok = false;
  RuleFile file;
  std::vector<std::string> errors;
};

Parsed Parse(std::string_view text, std::string_view origin = "test.toml") {
  Parsed p;
  p.ok = ParseRuleFile(text, origin, &p.file, &p.errors);
  return p;
}

// A minimal valid rule, with `extra` lines appended to its table.
std::string RuleWith(std::string_view extra) {
  return std::string("[[rule]]\nid = \"r\"\ndescription = \"d\"\ncategory = \"contact\"\nkind = \"email\"\n") +
         std::string(extra);
}

TEST_SUITE("rules/rule_parser") {
  TEST_CASE("a complete rule and kind are read with every field") {
    const Parsed p = Parse(R"(
[[kind]]
name = "email"
category = "contact"
description = "e-mail addresses"

[[rule]]
id = "contact.email"
description = "An email"
category = "contact"
kind = "email"
confidence = "high"
keys = ["email", "E-Mail Address"]
not_keys = ["verified"]
context = ["profile"]
not_context = ["ads"]
files = ["profile/*.json"]
detector = "email"
value = '[^@]+@[^@]+'
strings_only = true
match = [{ file = "profile/p.json", path = "/email", value = "a@example.org" },
         { path = "/n", value = "1", type = "number" }, { path = "/b", value = "true", type = "bool" }]
no_match = [{ path = "/email", value = "nope", type = "string" }]
)",
                           "contact.toml");
    REQUIRE(p.ok);
    CHECK(p.errors.empty());
    REQUIRE(p.file.kinds.size() == 1);
    CHECK(p.file.kinds[0].name == "email");
    CHECK(p.file.kinds[0].category == "contact");
    CHECK(p.file.kinds[0].description == "e-mail addresses");
    REQUIRE(p.file.rules.size() == 1);
    const Rule& r = p.file.rules[0];
    CHECK(r.id == "contact.email");
    CHECK(r.origin == "contact.toml");
    CHECK(r.confidence == Confidence::kHigh);
    CHECK(r.keys == std::vector<Phrase>{{"email"}, {"e", "mail", "address"}});
    CHECK(r.not_keys == std::vector<Phrase>{{"verified"}});
    CHECK(r.context == std::vector<Phrase>{{"profile"}});
    CHECK(r.not_context == std::vector<Phrase>{{"ads"}});
    CHECK(r.files == std::vector<std::string>{"profile/*.json"});
    CHECK(r.detector == FindDetector("email"));
    REQUIRE(r.value_pattern != nullptr);
    CHECK(RE2::FullMatch("a@b", *r.value_pattern));
    CHECK(r.strings_only);
    CHECK(r.has_value_condition());
    REQUIRE(r.must_match.size() == 3);
    CHECK(r.must_match[0].file == "profile/p.json");
    CHECK(r.must_match[0].type == ValueType::kString);
    CHECK(r.must_match[1].type == ValueType::kNumber);
    CHECK(r.must_match[2].type == ValueType::kBool);
    REQUIRE(r.must_not_match.size() == 1);
    CHECK(r.must_not_match[0].value == "nope");
  }

  TEST_CASE("absent optional fields take their defaults") {
    const Parsed p = Parse(RuleWith(""));
    REQUIRE(p.ok);
    const Rule& r = p.file.rules.at(0);
    CHECK(r.confidence == Confidence::kMedium);
    CHECK(r.keys.empty());
    CHECK(r.files.empty());
    CHECK(r.detector == nullptr);
    CHECK(r.value_pattern == nullptr);
    CHECK_FALSE(r.strings_only);
    CHECK_FALSE(r.has_value_condition());
  }

  TEST_CASE("an empty file has no rules and no errors") {
    const Parsed p = Parse("# only a comment\n");
    CHECK(p.ok);
    CHECK(p.errors.empty());
    CHECK(p.file.rules.empty());
  }

  TEST_CASE("each problem is reported as file:line:col and the file yields no rules") {
    struct Case {
      std::string text;
      std::string error;  // how the first message starts
    };
    const Case cases[] = {
        {"[[rule]\nid = 1\n", "bad.toml:1:8: "},
        {"[[rule]]\nid = \n", "bad.toml:2:6: "},
        {RuleWith("detector = \"no-such-detector\"\n"), "bad.toml:6:12: unknown detector 'no-such-detector'"},
        {RuleWith("value = '([a-z]+'\n"), "bad.toml:6:9: bad value pattern: missing ): ([a-z]+"},
        {"[[rule]]\nid = \"r\"\ndescription = \"d\"\ncategory = \"secret\"\nkind = \"k\"\n",
         "bad.toml:4:12: unknown category 'secret' (known: financial, location, contact, behavioural, "
         "identity, content, technical)"},
        {"[[kind]]\nname = \"k\"\ncategory = \"private\"\ndescription = \"d\"\n",
         "bad.toml:3:12: unknown category 'private' (known: financial, location, contact, behavioural, "
         "identity, content, technical)"},
        {RuleWith("confidence = \"certain\"\n"), "bad.toml:6:14: confidence must be high, medium or low, not 'certain'"},
        {RuleWith("keys = \"email\"\n"), "bad.toml:6:8: 'keys' must be an array of strings"},
        {RuleWith("keys = [\"email\", 3]\n"), "bad.toml:6:18: 'keys' must hold only strings"},
        {RuleWith("keys = [\"--\"]\n"), "bad.toml:6:8: empty phrase in 'keys'"},
        {RuleWith("strings_only = \"yes\"\n"), "bad.toml:6:16: 'strings_only' must be true or false"},
        {RuleWith("match = [{ path = \"/a\" }]\n"), "bad.toml:6:10: missing 'value'"},
        {RuleWith("match = [{ path = \"/a\", value = \"x\", type = \"date\" }]\n"),
         "bad.toml:6:10: type must be string, number or bool"},
        {RuleWith("id = \"again\"\n"), "bad.toml:6:6: "},
        {"[[rule]]\ndescription = \"d\"\ncategory = \"contact\"\nkind = \"k\"\n", "bad.toml:1:1: missing 'id'"},
        {"[rules]\nid = \"r\"\n", "bad.toml:1:1: unexpected top-level 'rules' (use [[rule]]"},
        {"rule = 3\n", "bad.toml:1:8: unexpected top-level 'rule' (use [[rule]]"},
        {"rule = [1]\n", "bad.toml:1:9: expected a table"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      const Parsed p = Parse(c.text, "bad.toml");
      CHECK_FALSE(p.ok);
      CHECK(p.file.rules.empty());
      CHECK(p.file.kinds.empty());
      REQUIRE_FALSE(p.errors.empty());
      CHECK(p.errors[0].starts_with(c.error));
    }
  }

  TEST_CASE("every problem in a file is reported, not only the first") {
    const Parsed p = Parse(RuleWith("detector = \"nope\"\nconfidence = \"huge\"\n") +
                               "[[kind]]\nname = \"k\"\ncategory = \"nowhere\"\ndescription = \"d\"\n",
                           "many.toml");
    CHECK_FALSE(p.ok);
    CHECK(p.errors.size() == 3);
    for (const std::string& e : p.errors) CHECK(e.starts_with("many.toml:"));
  }

  TEST_CASE("errors are appended after those already collected") {
    std::vector<std::string> errors{"earlier problem"};
    RuleFile file;
    CHECK(ParseRuleFile(RuleWith(""), "ok.toml", &file, &errors));
    CHECK(errors.size() == 1);
    CHECK_FALSE(ParseRuleFile(RuleWith("detector = \"x\"\n"), "bad.toml", &file, &errors));
    CHECK(errors.size() == 2);
    CHECK(file.rules.size() == 1);  // the good file's rule only
  }
}

}  // namespace
}  // namespace dataaudit
