// Every default rule proves itself: each `match` example, classified by the whole rule
// set, must get the rule's kind (from this rule or a sibling of the same kind, so no
// rule of another kind shadows it), and no `no_match` example may be claimed by it.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "classify/classifier.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

std::string Describe(const RuleExample& ex) {
  return fmt::format("file='{}' path='{}' value='{}'", ex.file, ex.path, ex.value);
}

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
    const Classifier classifier(rules);
    for (const Rule& rule : rules.rules()) {
      CAPTURE(rule.id);
      CHECK_MESSAGE(!rule.must_match.empty(), rule.id, " has no match examples");
      CHECK_MESSAGE(!rule.must_not_match.empty(), rule.id, " has no no_match examples");
      for (const RuleExample& ex : rule.must_match) {
        const Rule* got = classifier.ClassifyExample(ex);
        CHECK_MESSAGE((got != nullptr && got->kind == rule.kind), rule.id, ": expected to claim ", Describe(ex), ", but ",
                      got ? got->id : std::string("no rule"), " did");
      }
      for (const RuleExample& ex : rule.must_not_match) {
        const Rule* got = classifier.ClassifyExample(ex);
        CHECK_MESSAGE(got != &rule, rule.id, ": must not claim ", Describe(ex));
      }
    }
  }
}

}  // namespace
}  // namespace dataaudit
