#include <doctest/doctest.h>

#include "classify/rule_check.h"

namespace dataaudit {
namespace {

constexpr const char* kKind = R"(
[[kind]]
name = "loyalty_number"
category = "financial"
description = "loyalty numbers"
)";

constexpr const char* kRule = R"(
[[rule]]
id = "quokka.loyalty"
description = "A loyalty number"
category = "financial"
kind = "loyalty_number"
keys = ["loyalty number"]
value = "QK[0-9]{8}"
match = [{ path = "/card/loyalty_number", value = "QK12345678" }]
no_match = [{ path = "/card/loyalty_number", value = "12345678" }]
)";

RuleSet Load(const std::string& text) {
  RuleSet rules;
  std::vector<std::string> errors;
  REQUIRE(rules.AddText(text, "test.toml", &errors));
  REQUIRE(rules.Validate(&errors));
  return rules;
}

bool Mentions(const std::vector<std::string>& messages, std::string_view what) {
  for (const std::string& m : messages)
    if (m.find(what) != std::string::npos) return true;
  return false;
}

TEST_SUITE("classify/rule_check") {
  TEST_CASE("good examples pass and are counted") {
    const ExampleCheck check = CheckRuleExamples(Load(std::string(kKind) + kRule));
    CHECK(check.rules == 1);
    CHECK(check.examples == 2);
    CHECK(check.failures.empty());
  }

  TEST_CASE("a match example the rule does not claim fails, and so does a claimed no_match") {
    std::string text = std::string(kKind) + kRule;
    text.replace(text.find("value = \"12345678\""), 18, "value = \"QK87654321\"");
    text.replace(text.find("value = \"QK12345678\""), 20, "value = \"QX12345678\"");
    const ExampleCheck check = CheckRuleExamples(Load(text));
    CHECK(check.failures.size() == 5);  // each among all rules, and again alone
    CHECK(Mentions(check.failures, "test.toml: rule 'quokka.loyalty': expected to claim"));
    CHECK(Mentions(check.failures, "but no rule did"));
    CHECK(Mentions(check.failures, "wins none of its match examples"));
    CHECK(Mentions(check.failures, "must not claim"));
    CHECK(Mentions(check.failures, "alone, does not claim its example"));
    CHECK(Mentions(check.failures, "alone, claims its no_match example"));
  }

  TEST_CASE("a rule that another of its kind always beats is dead, even though its examples pass") {
    const std::string text = std::string(kKind) + kRule +
                             "[[rule]]\nid = \"quokka.loyalty.key\"\ndescription = \"d\"\ncategory = \"financial\"\n"
                             "kind = \"loyalty_number\"\nconfidence = \"high\"\nkeys = [\"loyalty number\"]\n"
                             "value = \"QK[0-9]{8}\"\n"
                             "match = [{ path = \"/card/loyalty_number\", value = \"QK12345678\" }]\n"
                             "no_match = [{ path = \"/card/loyalty_number\", value = \"12345678\" }]\n";
    const ExampleCheck check = CheckRuleExamples(Load(text));
    REQUIRE(check.failures.size() == 1);
    CHECK(Mentions(check.failures, "rule 'quokka.loyalty': wins none of its match examples among all rules "
                                   "(they go to 'quokka.loyalty.key')"));
  }

  TEST_CASE("a no_match example kept out only by another rule fails the rule alone") {
    const std::string text = std::string(kKind) +
                             "[[rule]]\nid = \"a.broad\"\ndescription = \"d\"\ncategory = \"financial\"\n"
                             "kind = \"loyalty_number\"\ncontext = [\"card\"]\n"
                             "match = [{ path = \"/card/holder\", value = \"Ana\" }]\n"
                             "no_match = [{ path = \"/card/number\", value = \"QK1\" }]\n"
                             "[[rule]]\nid = \"b.number\"\ndescription = \"d\"\ncategory = \"financial\"\n"
                             "kind = \"loyalty_number\"\nkeys = [\"number\"]\n"
                             "match = [{ path = \"/card/number\", value = \"QK1\" }]\n"
                             "no_match = [{ path = \"/card/holder\", value = \"Ana\" }]\n";
    const ExampleCheck check = CheckRuleExamples(Load(text));
    REQUIRE(check.failures.size() == 1);
    CHECK(Mentions(check.failures, "rule 'a.broad': alone, claims its no_match example"));
  }

  TEST_CASE("a rule without examples fails") {
    std::string text = std::string(kKind) + kRule;
    text = text.substr(0, text.find("match ="));
    const ExampleCheck check = CheckRuleExamples(Load(text));
    CHECK(Mentions(check.failures, "has no match examples"));
    CHECK(Mentions(check.failures, "has no no_match examples"));
  }

  TEST_CASE("lint passes good files and counts them") {
    const LintResult result = LintRuleFiles({{"k.toml", kKind}, {"r.toml", kRule}}, RuleSet{});
    CHECK(result.files == 2);
    CHECK(result.rules == 1);
    CHECK(result.errors.empty());
    CHECK(result.notes.empty());
  }

  TEST_CASE("lint finds unknown keys, duplicates, unknown kinds and missing examples") {
    const std::string dup = std::string(kRule);
    const LintResult result = LintRuleFiles(
        {{"a.toml", std::string(kKind) + kRule},
         {"b.toml", dup + "\n[[kind]]\nname = \"loyalty_number\"\ncategory = \"financial\"\ndescription = \"d\"\n"},
         {"c.toml", "[[rule]]\nid = \"c\"\ndescription = \"d\"\ncategory = \"financial\"\nkind = \"nope\"\nkeyz = 1\n"},
         {"d.toml", "[[platform]]\nname = \"p\"\ndisplay = \"P\"\nsignatures = [{ file = \"a\", wieght = 2 }]\n"}},
        RuleSet{});
    CHECK(Mentions(result.errors, "b.toml: rule id 'quokka.loyalty' is also declared in a.toml"));
    CHECK(Mentions(result.errors, "b.toml: kind 'loyalty_number' is also declared in a.toml"));
    CHECK(Mentions(result.errors, "c.toml:6:8: unknown key 'keyz' in a [[rule]] table"));
    CHECK(Mentions(result.errors, "c.toml:5:8: rule 'c': unknown kind 'nope'"));
    CHECK(Mentions(result.errors, "c.toml: rule 'c': no match examples"));
    CHECK(Mentions(result.errors, "c.toml: rule 'c': no no_match examples"));
    CHECK(Mentions(result.errors, "unknown key 'wieght' in a 'signatures' entry"));
  }

  TEST_CASE("lint reports parse problems: bad patterns, unknown categories and detectors") {
    const LintResult result = LintRuleFiles(
        {{"e.toml", "[[rule]]\nid = \"e\"\ndescription = \"d\"\ncategory = \"money\"\nkind = \"amount\"\n"
                    "value = \"[0-9\"\ndetector = \"nope\"\n"}},
        RuleSet{});
    CHECK(Mentions(result.errors, "bad value pattern"));
    CHECK(Mentions(result.errors, "e.toml:4:12: unknown category 'money'"));
    CHECK(Mentions(result.errors, "unknown detector 'nope'"));
  }

  TEST_CASE("lint says where, and what was meant: categories, kinds, keys, confidences, detectors") {
    const LintResult result = LintRuleFiles(
        {{"k.toml", kKind},
         {"f.toml", "[[rule]]\nid = \"f\"\ndescription = \"d\"\ncategory = \"finacial\"\nkind = \"loyalty_numbr\"\n"
                    "confidense = \"high\"\nconfidence = \"hihg\"\ndetector = \"card-numbr\"\n"}},
        RuleSet{});
    CHECK(Mentions(result.errors, "f.toml:4:12: unknown category 'finacial' (did you mean 'financial'?)"));
    CHECK(Mentions(result.errors, "f.toml:5:8: rule 'f': unknown kind 'loyalty_numbr' (did you mean 'loyalty_number'?)"));
    CHECK(Mentions(result.errors, "f.toml:6:14: unknown key 'confidense' in a [[rule]] table (did you mean 'confidence'?)"));
    CHECK(Mentions(result.errors, "f.toml:7:14: confidence must be high, medium or low, not 'hihg' (did you mean 'high'?)"));
    CHECK(Mentions(result.errors, "unknown detector 'card-numbr' (did you mean 'card-number'?)"));
  }

  TEST_CASE("one pass reports every problem: a duplicate id hides nothing") {
    const LintResult result = LintRuleFiles(
        {{"k.toml", kKind},
         {"g.toml", std::string(kRule) +
                        "\n[[rule]]\nid = \"quokka.loyalty\"\ndescription = \"d\"\ncategory = \"financial\"\n"
                        "kind = \"nope\"\n"}},
        RuleSet{});
    CHECK(Mentions(result.errors, "rule id 'quokka.loyalty' appears twice in this file"));
    CHECK(Mentions(result.errors, "unknown kind 'nope'"));
  }

  TEST_CASE("lint takes kinds from the base rules and notes replaced rules") {
    const RuleSet base = Load(std::string(kKind) + kRule);
    const LintResult result = LintRuleFiles({{"user.toml", kRule}}, base);
    CHECK(result.errors.empty());
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0] == "user.toml: rule 'quokka.loyalty': replaces the rule of that id in test.toml");
  }

  TEST_CASE("the default rule files lint clean") {
    const LintResult result = LintRuleFiles(DefaultRuleFiles(), RuleSet{});
    CHECK(result.files > 5);
    for (const std::string& e : result.errors) FAIL_CHECK(e);
  }
}

}  // namespace
}  // namespace dataaudit
