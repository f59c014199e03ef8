// Rules scoped to platforms (`platforms = [...]`): how they load, how planning leaves them
// out, and how an audit gives each member its platforms: declared with --platform, from
// the member's own path or first bytes, or from what was detected before it.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/test_archives.h"
#include "audit/auditor.h"
#include "classify/classifier.h"
#include "text/field_name.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr std::string_view kRules = R"(
[[kind]]
name = "code"
category = "identity"
description = "codes"

[[platform]]
name = "quokka"
display = "Quokka"
signatures = [{ file = "quokka_export/**", weight = 3 }]

[[platform.content]]
keys = ["quokkaRecords[].code"]
weight = 3

[[platform]]
name = "wombat"
display = "Wombat"
signatures = [{ file = "wombat.json", weight = 3 }]

[[rule]]
id = "quokka.code"
description = "a Quokka code"
category = "identity"
kind = "code"
keys = ["code"]
platforms = ["quokka"]
match = [{ path = "/code", value = "Q-1" }]
no_match = [{ path = "/name", value = "Q-1" }]
)";

RuleSet Load(std::string_view text) {
  RuleSet rules;
  std::vector<std::string> errors;
  REQUIRE(rules.AddText(text, "test.toml", &errors));
  REQUIRE(rules.Validate(&errors));
  return rules;
}

bool Mentions(const std::vector<std::string>& errors, std::string_view text) {
  return std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.find(text) != std::string::npos; });
}

FieldName Field(std::string_view file, std::string_view key) {
  const std::vector<std::string_view> segments = {key};
  return DescribeField(file, segments);
}

const FieldStats* Find(const AuditResult& result, std::string_view path) {
  for (const FieldStats& f : result.fields)
    if (f.path == path) return &f;
  return nullptr;
}

// The kind that claimed the field's values, or "" when none did.
std::string KindOf(const AuditResult& result, std::string_view path) {
  const FieldStats* field = Find(result, path);
  if (field == nullptr) return "<no field>";
  return field->tallies.empty() ? "" : field->tallies.front().rule->kind;
}

TEST_SUITE("platforms/rule scope") {
  TEST_CASE("a rule's platforms load; an unknown platform or key is an error at load time") {
    const RuleSet rules = Load(kRules);
    REQUIRE(rules.rules().size() == 1);
    CHECK(rules.rules()[0].platforms == std::vector<std::string>{"quokka"});
    REQUIRE(rules.FindPlatform("quokka") != nullptr);
    CHECK(rules.FindPlatform("quokka")->content.size() == 1);

    RuleSet typo;
    std::vector<std::string> errors;
    std::string text(kRules);
    text.replace(text.find("platforms = [\"quokka\"]"), 22, "platforms = [\"qokka\"]");
    CHECK(typo.AddText(text, "t.toml", &errors));
    CHECK_FALSE(typo.Validate(&errors));
    CHECK(Mentions(errors, "rule 'quokka.code' is scoped to unknown platform 'qokka'"));

    errors.clear();
    RuleSet unknown_key;
    CHECK_FALSE(unknown_key.AddText(std::string(kRules) + "\n[[rule]]\nid = \"x\"\nplatform = [\"quokka\"]\n", "u.toml",
                                    &errors));
    CHECK(Mentions(errors, "unknown key 'platform' in a [[rule]] table"));
    CHECK(unknown_key.rules().empty());  // nothing of a file that fails is loaded
  }

  TEST_CASE("content signatures are checked like every other table") {
    std::vector<std::string> errors;
    RuleSet a;
    CHECK_FALSE(a.AddText("[[platform]]\nname = \"p\"\ndisplay = \"P\"\nsignatures = []\n"
                          "[[platform.content]]\nkey = [\"a\"]\n", "a.toml", &errors));
    CHECK(Mentions(errors, "unknown key 'key' in a 'content' entry"));
    CHECK(Mentions(errors, "a content signature needs 'keys', 'prefix' or 'contains'"));
    errors.clear();
    RuleSet b;
    CHECK_FALSE(b.AddText("[[platform]]\nname = \"p\"\ndisplay = \"P\"\nsignatures = []\n"
                          "[[platform.content]]\nprefix = \"x\"\nweight = \"3\"\n", "b.toml", &errors));
    CHECK(Mentions(errors, "'weight' must be an integer"));
  }

  TEST_CASE("planning leaves out rules whose platforms the member does not belong to") {
    const RuleSet rules = Load(kRules);
    const Classifier classifier(rules);
    const FieldName code = Field("a.json", "code");
    CHECK(classifier.Plan(MemberContext(classifier, "a.json"), code).candidates.size() == 1);  // not known: all
    CHECK(classifier.Plan(MemberContext(classifier, "a.json", std::vector<std::string>{"quokka"}), code)
              .candidates.size() == 1);
    CHECK(classifier.Plan(MemberContext(classifier, "a.json", std::vector<std::string>{"wombat"}), code)
              .candidates.empty());
    CHECK(classifier.Plan(MemberContext(classifier, "a.json", std::vector<std::string>{}), code).candidates.empty());
  }

  TEST_CASE("the plan cache key tells members of different platforms apart") {
    const RuleSet rules = Load(kRules);
    const Classifier classifier(rules);
    const FieldName code = Field("a.json", "code");
    const MemberContext quokka(classifier, "a.json", std::vector<std::string>{"quokka"});
    const MemberContext none(classifier, "a.json", std::vector<std::string>{});
    CHECK(PlanCache::Key(quokka, code) != PlanCache::Key(none, code));
    CHECK(PlanCache::Key(none, code) == PlanCache::Key(MemberContext(classifier, "b.json", std::vector<std::string>{}), code));
  }

  TEST_CASE("an audit scopes by the declared platform, the member's own evidence, or the detection so far") {
    const RuleSet rules = Load(kRules);
    const Classifier classifier(rules);
    testing::TempDir dir;
    dir.Write("notes.json", R"({"code": "Q-1"})");

    // Nothing says Quokka: the rule stays out, the value is unclassified.
    AuditResult plain = AuditInput(dir.path().string(), classifier, {});
    CHECK(plain.platforms.empty());
    CHECK(plain.platform_evidence.empty());
    CHECK(KindOf(plain, "/code") == "");

    // --platform quokka: every Quokka rule applies, whatever the file is called.
    AuditOptions declared;
    declared.platform = "quokka";
    AuditResult scoped = AuditInput(dir.path().string(), classifier, declared);
    CHECK(scoped.platforms == std::vector<std::string>{"quokka"});
    REQUIRE(scoped.platform_evidence.size() == 1);
    CHECK(scoped.platform_evidence[0].signature == "declared: --platform quokka");
    CHECK(KindOf(scoped, "/code") == "code");
  }

  TEST_CASE("a loose file recognised by its content is classified as its platform's") {
    const RuleSet rules = Load(kRules);
    const Classifier classifier(rules);
    testing::TempDir dir;
    const std::string file = dir.Write("renamed.json", R"({"quokkaRecords": [{"code": "Q-7"}]})");
    AuditResult result = AuditInput(file, classifier, {});
    CHECK(result.platforms == std::vector<std::string>{"quokka"});
    REQUIRE(result.platform_evidence.size() == 1);
    CHECK(result.platform_evidence[0].signature == "content: quokkaRecords[].code");
    CHECK(result.platform_evidence[0].member == "renamed.json");
    CHECK(KindOf(result, "/quokkaRecords/*/code") == "code");
  }

  TEST_CASE("members read after the platform is detected are in its scope, in zips and tar.gz alike") {
    const RuleSet rules = Load(kRules);
    const Classifier classifier(rules);
    for (const auto format : {testing::ArchiveFormat::kZip, testing::ArchiveFormat::kTarGz}) {
      testing::TempDir dir;
      const std::string archive = (dir.path() / "x.bin").string();
      dir.Write("x.bin", testing::MakeArchive(format, {{"a/quokka_export/info.json", "{}"},
                                                       {"b/other.json", R"({"code": "Q-2"})"}}));
      AuditResult result = AuditInput(archive, classifier, {});
      CHECK(result.platforms == std::vector<std::string>{"quokka"});
      CHECK(KindOf(result, "/code") == "code");
    }
  }
}

}  // namespace
}  // namespace dataaudit
