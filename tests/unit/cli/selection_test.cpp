#include <doctest/doctest.h>

#include <algorithm>

#include "cli/selection.h"

namespace dataaudit {
namespace {

const RuleSet& Rules() {
  static const RuleSet rules = [] {
    RuleSet r;
    std::vector<std::string> errors;
    REQUIRE(r.Load(true, {}, &errors));
    return r;
  }();
  return rules;
}

TEST_SUITE("cli/selection") {
  TEST_CASE("--fail-on takes a category, a kind, or a kind within its category") {
    FailOnTerm term;
    std::string error;
    REQUIRE(ParseFailOnTerm("financial", Rules(), &term, &error));
    CHECK(term.category == "financial");
    CHECK(term.kind.empty());
    REQUIRE(ParseFailOnTerm("ip_address", Rules(), &term, &error));
    CHECK(term.category.empty());
    CHECK(term.kind == "ip_address");
    REQUIRE(ParseFailOnTerm("location:ip_address", Rules(), &term, &error));
    CHECK(term.category == "location");
    CHECK(term.kind == "ip_address");
    REQUIRE(ParseFailOnTerm("unclassified", Rules(), &term, &error));
    CHECK(term.category == "unclassified");
  }

  TEST_CASE("--fail-on rejects unknown names with a suggestion, and a kind in the wrong category") {
    FailOnTerm term;
    std::string error;
    CHECK_FALSE(ParseFailOnTerm("finacial", Rules(), &term, &error));
    CHECK(error.find("did you mean 'financial'?") != std::string::npos);
    CHECK_FALSE(ParseFailOnTerm("location:ip_adress", Rules(), &term, &error));
    CHECK(error.find("did you mean 'ip_address'?") != std::string::npos);
    CHECK_FALSE(ParseFailOnTerm("financial:ip_address", Rules(), &term, &error));
    CHECK(error.find("write location:ip_address") != std::string::npos);
  }

  TEST_CASE("the filter and terms come from the command line") {
    CommandLine cli;
    cli.categories = {"financial", "unclassified"};
    cli.kinds = {"email"};
    cli.min_confidence = "medium";
    cli.fail_on = {"contact", "location:ip_address"};
    Selection selection;
    std::string error;
    REQUIRE(ResolveSelection(cli, Rules(), &selection, &error));
    CHECK(selection.filter.categories == cli.categories);
    CHECK(selection.filter.kinds == cli.kinds);
    CHECK(selection.filter.min_confidence == Confidence::kMedium);
    CHECK(selection.fail_on.size() == 2);
  }

  TEST_CASE("unknown categories, kinds and platforms are errors that suggest a name") {
    std::string error;
    Selection selection;
    CommandLine cli;
    cli.categories = {"locaton"};
    CHECK_FALSE(ResolveSelection(cli, Rules(), &selection, &error));
    CHECK(error.find("unknown category 'locaton' (did you mean 'location'?)") != std::string::npos);
    cli = {};
    cli.kinds = {"emial"};
    CHECK_FALSE(ResolveSelection(cli, Rules(), &selection, &error));
    CHECK(error.find("did you mean 'email'?") != std::string::npos);
    cli = {};
    cli.platform = "facebok";
    CHECK_FALSE(ResolveSelection(cli, Rules(), &selection, &error));
    CHECK(error.find("unknown platform 'facebok' (did you mean 'facebook'?)") != std::string::npos);
  }

  TEST_CASE("the names a filter accepts include unclassified") {
    CHECK(CategoryNames().back() == "unclassified");
    const std::vector<std::string> kinds = KindNames(Rules());
    CHECK(kinds.back() == "unclassified");
    CHECK(std::find(kinds.begin(), kinds.end(), "card_number") != kinds.end());
  }
}

}  // namespace
}  // namespace dataaudit
