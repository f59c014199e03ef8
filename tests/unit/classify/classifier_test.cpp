#include "classify/classifier.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace dataaudit {
namespace {

// One [[rule]] table; `conditions` holds its condition lines.
std::string RuleText(std::string_view id, std::string_view conditions) {
  return fmt::format("[[rule]]\nid = \"{}\"\ndescription = \"d\"\ncategory = \"contact\"\nkind = \"{}\"\n{}\n", id,
                     id, conditions);
}

struct Rules {
  explicit Rules(const std::string& text) {
    std::vector<std::string> errors;
    REQUIRE(set.AddText(text, "test.toml", &errors));
  }
  RuleSet set;
};

// The id of the rule that claims `value` at `pointer` in `file`, or "" when none does.
std::string Claim(const Rules& rules, std::string_view pointer, std::string_view value,
                  ValueType type = ValueType::kString, std::string_view file = "") {
  const Classifier classifier(rules.set);
  const Rule* rule = classifier.ClassifyExample(RuleExample{std::string(file), std::string(pointer),
                                                            std::string(value), type});
  return rule != nullptr ? rule->id : "";
}

// The ids of the planned candidates, best first.
std::vector<std::string> Candidates(const Rules& rules, std::string_view pointer, std::string_view file = "") {
  const std::vector<std::string> segments = SplitPointer(pointer);
  const std::vector<std::string_view> views(segments.begin(), segments.end());
  std::vector<std::string> ids;
  for (const Rule* r : Classifier(rules.set).Plan(file, DescribeField(file, views)).candidates) ids.push_back(r->id);
  return ids;
}

using V = std::vector<std::string>;

TEST_SUITE("classify/classifier") {
  TEST_CASE("a key phrase with a value condition beats a high-confidence value-only rule") {
    const Rules rules(RuleText("a.value_only", "detector = \"email\"\nconfidence = \"high\"") +
                      RuleText("z.key_value", "keys = [\"contact\"]\ndetector = \"email\"\nconfidence = \"low\""));
    CHECK(Claim(rules, "/contact", "jane@example.org") == "z.key_value");
    CHECK(Claim(rules, "/sender", "jane@example.org") == "a.value_only");
    CHECK(Candidates(rules, "/contact") == V{"z.key_value", "a.value_only"});
  }

  TEST_CASE("a high-confidence value-only rule beats a key-only rule, which takes the rest") {
    const Rules rules(RuleText("a.key_only", "keys = [\"sender\"]") +
                      RuleText("z.value_high", "detector = \"email\"\nconfidence = \"high\""));
    CHECK(Claim(rules, "/messages/*/sender", "jane@example.org") == "z.value_high");
    CHECK(Claim(rules, "/messages/*/sender", "Jane Doe") == "a.key_only");
    CHECK(Candidates(rules, "/messages/*/sender") == V{"z.value_high", "a.key_only"});
  }

  TEST_CASE("Explain lists the candidates in plan order, with why each ranks and whether the value holds") {
    const Rules rules(RuleText("a.key_only", "keys = [\"sender\"]") +
                      RuleText("z.value_high", "detector = \"email\"\nconfidence = \"high\"") +
                      RuleText("m.other", "keys = [\"recipient\"]"));
    const Classifier classifier(rules.set);
    const auto reasons = classifier.Explain("", "/messages/*/sender", std::string("Jane Doe"));
    REQUIRE(reasons.size() == 2);  // m.other's key does not hold: not a candidate
    CHECK(reasons[0].rule->id == "z.value_high");
    CHECK(reasons[0].tier == 2);
    CHECK(reasons[0].value_holds == false);
    CHECK(reasons[1].rule->id == "a.key_only");
    CHECK(reasons[1].tier == 1);
    CHECK(reasons[1].key_words == 1);
    CHECK(reasons[1].value_holds == true);
    std::vector<std::string> ids;
    for (const auto& r : reasons) ids.push_back(r.rule->id);
    CHECK(ids == Candidates(rules, "/messages/*/sender"));
    CHECK_FALSE(classifier.Explain("", "/messages/*/sender")[0].value_holds.has_value());
  }

  TEST_CASE("a key-only rule beats weaker value-only and context-only rules") {
    const Rules rules(RuleText("a.context_only", "context = [\"messages\"]") +
                      RuleText("b.value_medium", "detector = \"email\"\nconfidence = \"medium\"") +
                      RuleText("z.key_only", "keys = [\"sender\"]\nshapes = [\"any\"]"));
    CHECK(Claim(rules, "/messages/*/sender", "jane@example.org") == "z.key_only");
    CHECK(Candidates(rules, "/messages/*/sender") == V{"z.key_only"});  // claims everything: the plan stops
    CHECK(Claim(rules, "/messages/*/subject", "Hello") == "a.context_only");
    CHECK(Claim(rules, "/other/subject", "jane@example.org") == "b.value_medium");
    CHECK(Claim(rules, "/other/subject", "Hello") == "");
  }

  TEST_CASE("within a tier the longest key phrase wins, then the id") {
    const Rules rules(RuleText("a.ip", "keys = [\"ip\"]") + RuleText("z.ip_address", "keys = [\"ip address\"]") +
                      RuleText("m.ip_too", "keys = [\"ip\"]"));
    CHECK(Claim(rules, "/IP Address", "x") == "z.ip_address");
    CHECK(Claim(rules, "/login_ip", "x") == "a.ip");
    CHECK(Claim(rules, "/ip address history", "x") == "z.ip_address");
  }

  TEST_CASE("within a tier a longer context, then a file glob, then confidence decide") {
    const Rules rules(RuleText("a.plain", "keys = [\"name\"]") +
                      RuleText("b.context", "keys = [\"name\"]\ncontext = [\"ads\"]") +
                      RuleText("c.context2", "keys = [\"name\"]\ncontext = [\"ads interests\"]") +
                      RuleText("d.file", "keys = [\"title\"]\nfiles = [\"*.json\"]") +
                      RuleText("e.high", "keys = [\"title\"]\nconfidence = \"high\"") +
                      RuleText("f.low", "keys = [\"label\"]\nconfidence = \"low\"") +
                      RuleText("g.medium", "keys = [\"label\"]"));
    CHECK(Claim(rules, "/people/*/name", "x") == "a.plain");
    CHECK(Claim(rules, "/ads/*/name", "x") == "b.context");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "ads_interests.json") == "c.context2");
    CHECK(Claim(rules, "/title", "x", ValueType::kString, "a.json") == "d.file");
    CHECK(Claim(rules, "/title", "x", ValueType::kString, "a.csv") == "e.high");
    CHECK(Claim(rules, "/label", "x") == "g.medium");
  }

  TEST_CASE("not_keys and not_context veto a rule whatever else holds") {
    const Rules rules(RuleText("phone", "keys = [\"phone\"]\nnot_keys = [\"id\", \"country code\"]\nshapes = [\"any\"]") +
                      RuleText("name", "keys = [\"name\"]\nnot_context = [\"device\", \"ads\"]"));
    CHECK(Claim(rules, "/phone", "555 0100") == "phone");
    CHECK(Claim(rules, "/phone_id", "555 0100") == "");
    CHECK(Claim(rules, "/phoneCountryCode", "44") == "");
    CHECK(Claim(rules, "/phoneCountry", "44") == "phone");
    CHECK(Claim(rules, "/profile/name", "Jane") == "name");
    CHECK(Claim(rules, "/device/name", "Pixel") == "");
    CHECK(Claim(rules, "/devices/name", "Pixel") == "name");  // whole words only
    CHECK(Claim(rules, "/name", "Pixel", ValueType::kString, "export/ads/list.json") == "");
  }

  TEST_CASE("keys and context are required when a rule has them") {
    const Rules rules(RuleText("both", "keys = [\"name\"]\ncontext = [\"profile\"]"));
    CHECK(Claim(rules, "/profile/name", "Jane") == "both");
    CHECK(Claim(rules, "/name", "Jane", ValueType::kString, "profile.json") == "both");
    CHECK(Claim(rules, "/account/name", "Jane") == "");
    CHECK(Claim(rules, "/profile/title", "Jane") == "");
    CHECK(Claim(rules, "/profile_name", "Jane") == "");  // the key is context for nothing
  }

  TEST_CASE("strings_only rules ignore numbers and booleans and do not end the plan") {
    const Rules rules(RuleText("a.code_string", "keys = [\"code\"]\nstrings_only = true") +
                      RuleText("b.code_any", "keys = [\"code\"]\nshapes = [\"any\"]") +
                      RuleText("c.digits", "keys = [\"pin\"]\nvalue = '\\d+'\nstrings_only = true"));
    CHECK(Candidates(rules, "/code") == V{"a.code_string", "b.code_any"});
    CHECK(Claim(rules, "/code", "AB12") == "a.code_string");
    CHECK(Claim(rules, "/code", "12", ValueType::kNumber) == "b.code_any");
    CHECK(Claim(rules, "/code", "true", ValueType::kBool) == "b.code_any");
    CHECK(Claim(rules, "/pin", "1234") == "c.digits");
    CHECK(Claim(rules, "/pin", "1234", ValueType::kNumber) == "");
  }

  TEST_CASE("a rule of key words takes text and URLs only; flags, settings, counts fall through") {
    const Rules rules(RuleText("a.messages", "keys = [\"messages\"]") +
                      RuleText("b.connection", "keys = [\"fast lane\"]") +
                      RuleText("z.flag", "shapes = [\"boolean\", \"setting\"]") +
                      RuleText("z.count", "shapes = [\"number\"]"));
    CHECK(Claim(rules, "/Who can send me messages", "Everyone") == "z.flag");
    CHECK(Claim(rules, "/messages/*/messages", "See you at 8") == "a.messages");
    CHECK(Claim(rules, "/IsFastLane", "false", ValueType::kBool) == "z.flag");
    CHECK(Claim(rules, "/IsFastLane", "Lane 3") == "b.connection");
    CHECK(Claim(rules, "/messages_count", "12", ValueType::kNumber) == "z.count");
    CHECK(Claim(rules, "/messages", "N/A") == "");  // a placeholder: no rule here takes one
    CHECK(Candidates(rules, "/messages") == V{"a.messages", "z.count", "z.flag"});  // fallbacks last
  }

  TEST_CASE("a rule with a detector takes any shape but a placeholder; zero is a placeholder") {
    const Rules rules(RuleText("time", "keys = [\"timestamp\"]\nvalue = '\\d+'") +
                      RuleText("z.placeholder", "shapes = [\"placeholder\"]"));
    CHECK(Claim(rules, "/timestamp", "1700000000", ValueType::kNumber) == "time");
    CHECK(Claim(rules, "/timestamp", "0", ValueType::kNumber) == "z.placeholder");
  }

  TEST_CASE("value patterns must match the whole trimmed value") {
    const Rules rules(RuleText("digits", "value = '\\d{4}'"));
    CHECK(Claim(rules, "/x", "1234") == "digits");
    CHECK(Claim(rules, "/x", "  1234\n") == "digits");
    CHECK(Claim(rules, "/x", "12345") == "");
    CHECK(Claim(rules, "/x", "a1234") == "");
  }

  TEST_CASE("file globs restrict a rule to matching members") {
    const Rules rules(RuleText("ads", "files = [\"ads/*.json\", \"*.csv\"]\nkeys = [\"name\"]"));
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "export/ads/interests.json") == "ads");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "outer.zip!ads/interests.json") == "ads");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "people.csv") == "ads");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "export/ads/sub/interests.json") == "");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "export/profile.json") == "");
    CHECK(Claim(rules, "/name", "x", ValueType::kString, "") == "");
  }

  TEST_CASE("empty, blank and null values are never claimed") {
    const Rules rules(RuleText("any", "keys = [\"name\"]"));
    const std::vector<std::string> segments = SplitPointer("/name");
    const std::vector<std::string_view> views(segments.begin(), segments.end());
    const FieldPlan plan = Classifier(rules.set).Plan("", DescribeField("", views));
    REQUIRE(plan.candidates.size() == 1);
    CHECK(Classifier::Classify(plan, "Jane", ValueType::kString) != nullptr);
    CHECK(Classifier::Classify(plan, "", ValueType::kString) == nullptr);
    CHECK(Classifier::Classify(plan, " \t\r\n", ValueType::kString) == nullptr);
    CHECK(Classifier::Classify(plan, "null", ValueType::kNull) == nullptr);
    CHECK(Classifier::Classify(plan, "Jane", ValueType::kNull) == nullptr);
    CHECK(Classifier::Classify(FieldPlan{}, "Jane", ValueType::kString) == nullptr);
  }

  TEST_CASE("ClassifyExample names the field as the reader would") {
    const Rules rules(RuleText("ip", "keys = [\"ip address\"]\ndetector = \"ip-address\"") +
                      RuleText("saved", "keys = [\"saved\"]\ncontext = [\"your activity\"]"));
    CHECK(Claim(rules, "/login_activity/*/string_map_data/IP Address/value", "203.0.113.7") == "ip");
    CHECK(Claim(rules, "/login_activity/*/string_map_data/IP Address/value", "not an ip") == "");
    CHECK(Claim(rules, "/saved/*/string_list_data/*/href", "https://example.org", ValueType::kString,
                "your_activity/saved.json") == "saved");
    CHECK(Claim(rules, "/a~1b/ipAddress", "203.0.113.7") == "ip");
  }

  TEST_CASE("a rule set without rules claims nothing") {
    const Rules rules("");
    CHECK(Candidates(rules, "/email").empty());
    CHECK(Claim(rules, "/email", "jane@example.org") == "");
  }
}

}  // namespace
}  // namespace dataaudit
