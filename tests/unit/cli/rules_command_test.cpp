#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/rules_command.h"

namespace dataaudit {
namespace {

namespace fs = std::filesystem;

// A fresh directory holding `files` (name -> text), removed when it goes away.
class RuleDir {
 public:
  RuleDir(std::initializer_list<std::pair<std::string, std::string>> files)
      : path_(fs::temp_directory_path() / UniqueName()) {
    fs::remove_all(path_);
    fs::create_directories(path_);
    for (const auto& [name, text] : files) std::ofstream(path_ / name) << text;
  }
  ~RuleDir() { fs::remove_all(path_); }
  std::string path() const { return path_.string(); }

 private:
  static std::string UniqueName() {
    static int n = 0;
    return "dataaudit-rules-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++);
  }
  fs::path path_;
};

struct Outcome {
  int status;
  std::string out, err;
};

Outcome Run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = RunRulesCommand(args, out, err);
  return {status, out.str(), err.str()};
}

constexpr const char* kGoodRule = R"(
[[kind]]
name = "loyalty_number"
category = "financial"
description = "loyalty numbers"

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

TEST_SUITE("cli/rules_command") {
  TEST_CASE("rules test passes on the default rules' own examples or names each failure") {
    const Outcome outcome = Run({"test"});
    CHECK(outcome.out.find("rules test: ") != std::string::npos);
    CHECK(outcome.status == (outcome.out.find("FAIL: ") == std::string::npos ? 0 : 1));
  }

  TEST_CASE("rules test fails with 1 on an example that the rule does not claim") {
    std::string bad = kGoodRule;
    bad.replace(bad.find("\"QK12345678\""), 12, "\"QX12345678\"");
    RuleDir dir{{"quokka.toml", bad}};
    const Outcome outcome = Run({"test", "--no-default-rules", dir.path()});
    CHECK(outcome.status == 1);
    CHECK(outcome.out.find("FAIL: ") != std::string::npos);
    CHECK(outcome.out.find("rule 'quokka.loyalty': expected to claim") != std::string::npos);
    CHECK(outcome.out.find("rules test: 1 rules, 2 examples, 3 failures") != std::string::npos);
  }

  TEST_CASE("rules test passes a good user rule; rules that do not load are failures (1), a missing folder 2") {
    RuleDir good{{"quokka.toml", kGoodRule}};
    CHECK(Run({"test", "--no-default-rules", good.path()}).status == 0);
    RuleDir broken{{"broken.toml", "[[rule]]\nid = 3\n"}};
    const Outcome outcome = Run({"test", broken.path()});
    CHECK(outcome.status == 1);
    CHECK(outcome.out.find("FAIL: ") != std::string::npos);
    CHECK(outcome.out.find("broken.toml") != std::string::npos);
    CHECK(Run({"test", good.path() + "/no-such-folder"}).status == 2);
  }

  TEST_CASE("rules lint finds every problem of a directory at once") {
    std::string no_examples = kGoodRule;
    no_examples = no_examples.substr(0, no_examples.find("match ="));
    RuleDir dir{{"a.toml", kGoodRule},
                 {"b.toml", "[[rule]]\nid = \"quokka.loyalty\"\ndescription = \"again\"\ncategory = \"financial\"\n"
                            "kind = \"loyalty_numbr\"\nkeyz = [\"x\"]\n"},
                 {"c.toml", "[[rule]]\nid = \"bad.pattern\"\ndescription = \"d\"\ncategory = \"financial\"\n"
                            "kind = \"amount\"\nvalue = \"[0-9\"\n"}};
    const Outcome outcome = Run({"lint", dir.path()});
    CHECK(outcome.status == 1);
    for (const char* problem :
         {"unknown key 'keyz'", "rule id 'quokka.loyalty' is also declared in", "unknown kind 'loyalty_numbr'",
          "no match examples", "no no_match examples", "bad value pattern", "rules lint: 3 files"}) {
      CAPTURE(problem);
      CHECK(outcome.out.find(problem) != std::string::npos);
    }
  }

  TEST_CASE("rules lint passes a good directory and notes a replaced default rule") {
    std::string replacing = kGoodRule;
    replacing.replace(replacing.find("quokka.loyalty"), 14, "technical.language");
    RuleDir dir{{"a.toml", replacing}};
    const Outcome outcome = Run({"lint", dir.path()});
    CHECK(outcome.status == 0);
    CHECK(outcome.out.find("note: ") != std::string::npos);
    CHECK(outcome.out.find("0 problems") != std::string::npos);
  }

  TEST_CASE("rules list shows each rule with its kind and file") {
    RuleDir dir{{"quokka.toml", kGoodRule}};
    const Outcome outcome = Run({"list", dir.path()});
    CHECK(outcome.status == 0);
    CHECK(outcome.out.starts_with("id "));
    CHECK(outcome.out.find("quokka.loyalty") != std::string::npos);
    CHECK(outcome.out.find("contact.email.key") != std::string::npos);
    CHECK(outcome.out.find("quokka.toml") != std::string::npos);
  }

  TEST_CASE("an unknown or missing rules command is a usage error with a suggestion") {
    Outcome outcome = Run({"tset"});
    CHECK(outcome.status == 2);
    CHECK(outcome.err.find("did you mean 'test'?") != std::string::npos);
    outcome = Run({});
    CHECK(outcome.status == 2);
    CHECK(outcome.err.find("./rules") != std::string::npos);
    CHECK(Run({"lint", "/does/not/exist"}).status == 2);
    CHECK(Run({"test", "--bogus"}).status == 2);
    CHECK(Run({"--help"}).status == 0);
  }
}

}  // namespace
}  // namespace dataaudit
