#include "rules/rule_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "rules/embedded_rules.h"
#include "rules/rule_parser.h"

namespace dataaudit {
namespace {

template <typename T, typename Name>
void Upsert(std::vector<T>& items, T item, Name name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return name(x) == name(item); });
  if (it != items.end()) *it = std::move(item);
  else items.push_back(std::move(item));
}

}  // namespace

bool RuleSet::AddText(std::string_view text, std::string_view origin,
                      std::vector<std::string>* errors) {
  RuleFile file;
  if (!ParseRuleFile(text, origin, &file, errors)) return false;
  for (Rule& rule : file.rules) Upsert(rules_, std::move(rule), [](const Rule& r) { return r.id; });
  for (KindInfo& kind : file.kinds)
    Upsert(kinds_, std::move(kind), [](const KindInfo& k) { return k.name; });
  for (SensitiveLexicon& lexicon : file.sensitive)
    Upsert(sensitive_, std::move(lexicon), [](const SensitiveLexicon& l) { return l.category; });
  for (PlatformInfo& platform : file.platforms)
    Upsert(platforms_, std::move(platform), [](const PlatformInfo& p) { return p.name; });
  for (HeadlineSpec& headline : file.headlines)
    Upsert(headlines_, std::move(headline), [](const HeadlineSpec& h) { return h.id; });
  return true;
}

bool RuleSet::Load(bool with_defaults, const std::vector<std::string>& dirs,
                   std::vector<std::string>* errors) {
  const std::size_t before = errors->size();
  if (with_defaults)
    for (const EmbeddedRuleFile& file : EmbeddedRuleFiles()) AddText(file.text, file.name, errors);
  for (const std::string& dir : dirs) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
      if (entry.path().extension() == ".toml") files.push_back(entry.path());
    if (ec) {
      errors->push_back(fmt::format("{}: cannot read rules directory: {}", dir, ec.message()));
      continue;
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      AddText(text.str(), path.string(), errors);
    }
  }
  Validate(errors);
  return errors->size() == before;
}

bool RuleSet::Validate(std::vector<std::string>* errors) const {
  bool ok = true;
  for (const Rule& rule : rules_) {
    const KindInfo* kind = FindKind(rule.kind);
    if (kind == nullptr) {
      errors->push_back(fmt::format("{}: rule '{}' uses unknown kind '{}'", rule.origin, rule.id, rule.kind));
      ok = false;
    } else if (kind->category != rule.category) {
      errors->push_back(fmt::format("{}: rule '{}' puts kind '{}' in '{}', but the kind is '{}'",
                                    rule.origin, rule.id, rule.kind, rule.category, kind->category));
      ok = false;
    }
    for (const std::string& platform : rule.platforms)
      if (FindPlatform(platform) == nullptr) {
        errors->push_back(fmt::format("{}: rule '{}' is scoped to unknown platform '{}'", rule.origin, rule.id, platform));
        ok = false;
      }
  }
  return ValidateHeadlines(errors) && ok;
}

// Every kind a headline names exists, and there are no more headlines than a mask holds.
bool RuleSet::ValidateHeadlines(std::vector<std::string>* errors) const {
  bool ok = true;
  if (headlines_.size() > kMaxHeadlineDefinitions) {
    errors->push_back(fmt::format("{}: more than {} [[headline]] definitions", headlines_.back().origin,
                                  kMaxHeadlineDefinitions));
    ok = false;
  }
  for (const HeadlineSpec& headline : headlines_) {
    std::vector<std::string> kinds = headline.kinds;
    kinds.insert(kinds.end(), headline.latitude_kinds.begin(), headline.latitude_kinds.end());
    kinds.insert(kinds.end(), headline.longitude_kinds.begin(), headline.longitude_kinds.end());
    for (const std::string& kind : headline.in_text_of)
      if (kind != "*" && kind != "unclassified") kinds.push_back(kind);
    kinds.insert(kinds.end(), headline.except_kinds.begin(), headline.except_kinds.end());
    for (const std::string& kind : kinds)
      if (FindKind(kind) == nullptr) {
        errors->push_back(fmt::format("{}: headline '{}' counts unknown kind '{}'", headline.origin, headline.id, kind));
        ok = false;
      }
  }
  return ok;
}

RuleSet RuleSet::WithOnlyRule(std::size_t index) const {
  RuleSet one = *this;
  one.rules_ = {rules_.at(index)};
  return one;
}

const PlatformInfo* RuleSet::FindPlatform(std::string_view name) const {
  for (const PlatformInfo& platform : platforms_)
    if (platform.name == name) return &platform;
  return nullptr;
}

const KindInfo* RuleSet::FindKind(std::string_view name) const {
  for (const KindInfo& kind : kinds_)
    if (kind.name == name) return &kind;
  return nullptr;
}

}  // namespace dataaudit
