// Every default rule proves itself: each `match` example, classified by the whole rule
// set, must get the rule's kind (from this rule or a sibling of the same kind, so no
// rule of another kind shadows it), and no `no_match` example may be claimed by it.
// The check itself is CheckRuleExamples (src/classify/rule_check.h), which
// `dataaudit rules test` runs too.

#include <doctest/doctest.h>

#include <re2/re2.h>

#include "classify/rule_check.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

TEST_SUITE("rules/examples") {
  TEST_CASE("the default rules load without errors") {
    RuleSet rules;
    std::vector<std::string> errors;
    CHECK(rules.Load(true, {}, &errors));
    for (const auto& e : errors) FAIL_CHECK(e);
    CHECK(rules.rules().size() > 40);
  }

  TEST_CASE("every rule has examples and every example behaves") {
    RuleSet rules;
    std::vector<std::string> errors;
    REQUIRE(rules.Load(true, {}, &errors));
    const ExampleCheck check = CheckRuleExamples(rules);
    CHECK(check.rules == rules.rules().size());
    CHECK(check.examples >= 2 * rules.rules().size());
    for (const std::string& failure : check.failures) FAIL_CHECK(failure);
  }

  TEST_CASE("a pattern's possible-match range holds every value the pattern matches") {
    // The classifier rejects values outside [value_min, value_max] without running the
    // pattern; a range that cut off a real match would lose it silently.
    RuleSet rules;
    std::vector<std::string> errors;
    REQUIRE(rules.Load(true, {}, &errors));
    std::size_t ranged = 0;
    for (const Rule& rule : rules.rules()) {
      if (!rule.value_pattern || !rule.has_value_range) continue;
      ++ranged;
      for (const RuleExample& example : rule.must_match) {
        if (!RE2::FullMatch(example.value, *rule.value_pattern)) continue;
        CAPTURE(rule.id);
        CAPTURE(example.value);
        CHECK(rule.value_min <= example.value);
        CHECK(example.value <= rule.value_max);
      }
    }
    CHECK(ranged >= 10);
  }
}

}  // namespace
}  // namespace dataaudit
