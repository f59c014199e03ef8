// Every default rule proves itself: each `match` example, classified by the whole rule
// set, must get the rule's kind (from this rule or a sibling of the same kind, so no
// rule of another kind shadows it), and no `no_match` example may be claimed by it.
// The check itself is CheckRuleExamples (src/rules/rule_check.h), which
// `dataaudit rules test` runs too.

#include <doctest/doctest.h>

#include "rules/rule_check.h"
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
}

}  // namespace
}  // namespace dataaudit
