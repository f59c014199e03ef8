#include "classify/rule_check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "text/closest_match.h"

#include "classify/classifier.h"
#include "rules/embedded_rules.h"
#include "rules/rule_parser.h"

namespace dataaudit {
namespace {

std::string Describe(const RuleExample& ex) {
  return fmt::format("file='{}' path='{}' value='{}'", ex.file, ex.path, ex.value);
}

std::string Where(const Rule& rule) { return fmt::format("{}: rule '{}'", rule.origin, rule.id); }

// --- cross-file checks ----------------------------------------------------------------------

// Reports a name that two of the linted files declare.
class Uniqueness {
 public:
  Uniqueness(std::string_view what, std::vector<std::string>* errors) : what_(what), errors_(errors) {}

  void See(const std::string& name, const std::string& origin) {
    auto [it, fresh] = first_.try_emplace(name, origin);
    if (!fresh && it->second != origin)
      errors_->push_back(fmt::format("{}: {} '{}' is also declared in {}", origin, what_, name, it->second));
  }

 private:
  std::string_view what_;
  std::vector<std::string>* errors_;
  std::map<std::string, std::string> first_;
};

struct LintedFile {
  std::string origin;
  RuleFile parsed;
};

void CheckRules(const std::vector<LintedFile>& files, const RuleSet& base, LintResult* out) {
  std::map<std::string, const KindInfo*> kinds;
  for (const KindInfo& kind : base.kinds()) kinds[kind.name] = &kind;
  for (const LintedFile& file : files)
    for (const KindInfo& kind : file.parsed.kinds) kinds[kind.name] = &kind;
  std::vector<std::string> known_kinds;
  for (const auto& [name, _] : kinds) known_kinds.push_back(name);
  Uniqueness ids("rule id", &out->errors);
  for (const LintedFile& file : files)
    for (const Rule& rule : file.parsed.rules) {
      out->rules++;
      ids.See(rule.id, file.origin);
      const auto replaced = std::find_if(base.rules().begin(), base.rules().end(),
                                         [&](const Rule& r) { return r.id == rule.id; });
      if (replaced != base.rules().end())
        out->notes.push_back(fmt::format("{}: replaces the rule of that id in {}", Where(rule), replaced->origin));
      // "file:line:column: rule 'id': ..." at the kind key, so an editor can jump there.
      const std::string at = rule.kind_at.empty() ? Where(rule) : fmt::format("{}: rule '{}'", rule.kind_at, rule.id);
      const auto kind = kinds.find(rule.kind);
      if (kind == kinds.end())
        out->errors.push_back(fmt::format("{}: unknown kind '{}'{}", at, rule.kind, DidYouMean(rule.kind, known_kinds)));
      else if (kind->second->category != rule.category)
        out->errors.push_back(fmt::format("{}: kind '{}' is in category '{}', not '{}'", at, rule.kind,
                                          kind->second->category, rule.category));
      if (rule.must_match.empty()) out->errors.push_back(fmt::format("{}: no match examples", Where(rule)));
      if (rule.must_not_match.empty()) out->errors.push_back(fmt::format("{}: no no_match examples", Where(rule)));
    }
}

void CheckNames(const std::vector<LintedFile>& files, LintResult* out) {
  Uniqueness kinds("kind", &out->errors), platforms("platform", &out->errors);
  for (const LintedFile& file : files) {
    for (const KindInfo& kind : file.parsed.kinds) kinds.See(kind.name, file.origin);
    for (const PlatformInfo& platform : file.parsed.platforms) {
      platforms.See(platform.name, file.origin);
      if (platform.signatures.empty())
        out->errors.push_back(fmt::format("{}: platform '{}' has no signatures", file.origin, platform.name));
    }
  }
}

// The rule on its own (a classifier of one, as gitleaks proves each rule): it claims each
// of its match examples and none of its no_match examples by its own conditions.
void CheckAlone(const RuleSet& rules, std::size_t index, ExampleCheck* check) {
  const RuleSet one = rules.WithOnlyRule(index);
  const Classifier alone(one);
  const Rule& rule = one.rules().front();
  for (const RuleExample& ex : rule.must_match)
    if (alone.ClassifyExample(ex) != &rule)
      check->failures.push_back(fmt::format("{}: alone, does not claim its example {}", Where(rule), Describe(ex)));
  for (const RuleExample& ex : rule.must_not_match)
    if (alone.ClassifyExample(ex) == &rule)
      check->failures.push_back(fmt::format("{}: alone, claims its no_match example {}", Where(rule), Describe(ex)));
}

}  // namespace

// Among all rules, each match example goes to a rule of the rule's kind and at least one
// to the rule itself (a rule that never wins is dead), and no no_match example goes to it;
// then the rule is proven alone (CheckAlone).
ExampleCheck CheckRuleExamples(const RuleSet& rules) {
  ExampleCheck check;
  const Classifier classifier(rules);
  for (std::size_t index = 0; index < rules.rules().size(); ++index) {
    const Rule& rule = rules.rules()[index];
    check.rules++;
    if (rule.must_match.empty()) check.failures.push_back(fmt::format("{}: has no match examples", Where(rule)));
    if (rule.must_not_match.empty()) check.failures.push_back(fmt::format("{}: has no no_match examples", Where(rule)));
    bool wins = false;
    std::vector<std::string> winners;
    for (const RuleExample& ex : rule.must_match) {
      check.examples++;
      const Rule* got = classifier.ClassifyExample(ex);
      wins |= got == &rule;
      if (got != nullptr && got != &rule) winners.push_back("'" + got->id + "'");
      if (got == nullptr || got->kind != rule.kind)
        check.failures.push_back(fmt::format("{}: expected to claim {}, but {} did", Where(rule), Describe(ex),
                                             got != nullptr ? "rule '" + got->id + "'" : std::string("no rule")));
    }
    if (!wins && !rule.must_match.empty())
      check.failures.push_back(fmt::format("{}: wins none of its match examples among all rules (they go to {})",
                                           Where(rule), fmt::join(winners, ", ")));
    for (const RuleExample& ex : rule.must_not_match) {
      check.examples++;
      if (classifier.ClassifyExample(ex) == &rule)
        check.failures.push_back(fmt::format("{}: must not claim {}", Where(rule), Describe(ex)));
    }
    CheckAlone(rules, index, &check);
  }
  return check;
}

LintResult LintRuleFiles(const std::vector<RuleFileText>& files, const RuleSet& base) {
  LintResult result;
  std::vector<LintedFile> parsed;
  for (const RuleFileText& file : files) {
    result.files++;
    LintedFile linted{file.origin, {}};
    // Every problem in one pass: what could be read of a file with errors is checked too.
    ParseRuleFile(file.text, file.origin, &linted.parsed, &result.errors, /*keep_on_error=*/true);
    parsed.push_back(std::move(linted));
  }
  CheckNames(parsed, &result);
  CheckRules(parsed, base, &result);
  return result;
}

std::vector<RuleFileText> DefaultRuleFiles() {
  std::vector<RuleFileText> files;
  for (const EmbeddedRuleFile& file : EmbeddedRuleFiles()) files.push_back({std::string(file.name), std::string(file.text)});
  return files;
}

bool ReadRuleDirectory(const std::string& dir, std::vector<RuleFileText>* out, std::string* error) {
  std::error_code ec;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".toml") paths.push_back(entry.path());
  if (ec) {
    *error = fmt::format("{}: cannot read rules directory: {}", dir, ec.message());
    return false;
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
      *error = fmt::format("{}: cannot read", path.string());
      return false;
    }
    out->push_back({path.string(), text.str()});
  }
  return true;
}

}  // namespace dataaudit
