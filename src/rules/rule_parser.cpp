#include "rules/rule_parser.h"

#include <algorithm>
#include <set>

#include <re2/re2.h>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "detect/detector.h"
#include "rules/headline_reader.h"
#include "rules/rule_schema.h"
#include "rules/toml_reader.h"
#include "text/closest_match.h"

namespace dataaudit {
namespace {

std::vector<std::string> DetectorNames() {
  std::vector<std::string> names;
  for (const Detector& d : AllDetectors()) names.emplace_back(d.name);
  return names;
}

class Reader : public TomlReader {
 public:
  using TomlReader::TomlReader;

  std::vector<RuleExample> Examples(const toml::table& table, std::string_view key) {
    std::vector<RuleExample> out;
    const toml::node* node = table.get(key);
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      Error(*node, fmt::format("'{}' must be an array of tables", key));
      return out;
    }
    for (const toml::node& item : *array) {
      const toml::table* example = item.as_table();
      if (example == nullptr) {
        Error(item, fmt::format("'{}' must hold tables with path and value", key));
        continue;
      }
      RuleExample ex;
      ex.file = String(*example, "file", false);
      ex.path = String(*example, "path", true);
      ex.value = String(*example, "value", true);
      const std::string type = String(*example, "type", false);
      if (type == "number") ex.type = ValueType::kNumber;
      else if (type == "bool") ex.type = ValueType::kBool;
      else if (!type.empty() && type != "string") Error(*example, "type must be string, number or bool");
      out.push_back(std::move(ex));
    }
    return out;
  }

  void ReadKind(const toml::table& table, RuleFile* out) {
    KindInfo kind{String(table, "name", true), String(table, "category", true),
                  String(table, "description", true)};
    CheckCategory(table, kind.category);
    out->kinds.push_back(std::move(kind));
  }

  void ReadPlatform(const toml::table& table, RuleFile* out) {
    PlatformInfo platform{String(table, "name", true), String(table, "display", true),
                          String(table, "family", false), {}};
    const toml::array* signatures = table.get_as<toml::array>("signatures");
    if (signatures == nullptr) Error(table, "missing 'signatures' (an array of {file, weight} tables)");
    else
      for (const toml::node& item : *signatures) {
        const toml::table* sig = item.as_table();
        if (sig == nullptr) {
          Error(item, "a signature is a table {file = \"glob\", weight = N}");
          continue;
        }
        PlatformSignature signature{String(*sig, "file", true), 1};
        if (const auto* weight = sig->get_as<std::int64_t>("weight")) signature.weight = static_cast<int>(weight->get());
        platform.signatures.push_back(std::move(signature));
      }
    if (const toml::node* content = table.get("content")) ReadContentSignatures(*content, &platform);
    out->platforms.push_back(std::move(platform));
  }

  // `[[platform.content]]` tables: keys / prefix / contains, optional files, weight.
  void ReadContentSignatures(const toml::node& node, PlatformInfo* platform) {
    const toml::array* array = node.as_array();
    if (array == nullptr) return Error(node, "'content' must be an array of tables ([[platform.content]])");
    for (const toml::node& item : *array) {
      const toml::table* table = item.as_table();
      if (table == nullptr) {
        Error(item, "a content signature is a table with keys, prefix or contains");
        continue;
      }
      ContentSignature signature;
      signature.keys = Strings(*table, "keys");
      signature.prefix = String(*table, "prefix", false);
      signature.contains = Strings(*table, "contains");
      signature.files = Strings(*table, "files");
      for (const std::string& glob : signature.files) signature.file_globs.emplace_back(glob);
      if (const toml::node* weight = table->get("weight")) {
        if (const auto* w = weight->as_integer()) signature.weight = static_cast<int>(w->get());
        else Error(*weight, "'weight' must be an integer");
      }
      if (signature.keys.empty() && signature.prefix.empty() && signature.contains.empty())
        Error(*table, "a content signature needs 'keys', 'prefix' or 'contains'");
      platform->content.push_back(std::move(signature));
    }
  }

  void ReadSensitive(const toml::table& table, RuleFile* out) {
    SensitiveLexicon lexicon{String(table, "category", true), String(table, "description", true), {}};
    for (std::string term : Strings(table, "terms")) {
      std::transform(term.begin(), term.end(), term.begin(), [](unsigned char c) { return std::tolower(c); });
      lexicon.terms.push_back(std::move(term));
    }
    if (lexicon.terms.empty()) Error(table, "a [[sensitive]] table needs non-empty 'terms'");
    out->sensitive.push_back(std::move(lexicon));
  }

  void ReadRule(const toml::table& table, RuleFile* out) {
    Rule rule;
    rule.origin = std::string(origin());
    rule.id = String(table, "id", true);
    if (!rule.id.empty() && !ids_.insert(rule.id).second)
      Error(table, fmt::format("rule id '{}' appears twice in this file", rule.id));
    rule.description = String(table, "description", true);
    rule.category = String(table, "category", true);
    rule.kind = String(table, "kind", true);
    if (const toml::node* kind = table.get("kind"))
      rule.kind_at = fmt::format("{}:{}:{}", origin(), kind->source().begin.line, kind->source().begin.column);
    CheckCategory(table, rule.category);
    rule.confidence = ReadConfidence(table);
    rule.keys = Phrases(table, "keys");
    rule.not_keys = Phrases(table, "not_keys");
    rule.context = Phrases(table, "context");
    rule.not_context = Phrases(table, "not_context");
    rule.files = Strings(table, "files");
    for (const std::string& glob : rule.files) rule.file_globs.emplace_back(glob);
    rule.platforms = Strings(table, "platforms");  // names checked by RuleSet::Validate
    ReadValueCondition(table, &rule);
    rule.strings_only = Bool(table, "strings_only");
    rule.shapes = ReadShapes(table, rule);
    rule.keyed = Bool(table, "keyed");
    rule.must_match = Examples(table, "match");
    rule.must_not_match = Examples(table, "no_match");
    out->rules.push_back(std::move(rule));
  }

 private:
  void CheckCategory(const toml::table& table, const std::string& category) {
    if (category.empty()) return;
    for (const std::string& known : Categories())
      if (known == category) return;
    // At the category key itself, so that the message points at the line to fix.
    const toml::node* at = table.get("category");
    Error(at != nullptr ? *at : table, fmt::format("unknown category '{}'{} (known: {})", category,
                                                   DidYouMean(category, Categories()), fmt::join(Categories(), ", ")));
  }

  Confidence ReadConfidence(const toml::table& table) {
    const std::string text = String(table, "confidence", false);
    if (text.empty() || text == "medium") return Confidence::kMedium;
    if (text == "high") return Confidence::kHigh;
    if (text == "low") return Confidence::kLow;
    Error(*table.get("confidence"), fmt::format("confidence must be high, medium or low, not '{}'{}", text,
                                                DidYouMean(text, {"high", "medium", "low"})));
    return Confidence::kMedium;
  }

  // `shapes = [...]`, or the default of rule.h: any shape but a placeholder for a rule
  // that checks its values, text and URLs for a rule of key words and context.
  ShapeSet ReadShapes(const toml::table& table, const Rule& rule) {
    if (rule.has_value_condition()) return Shapes(table, kAllShapes & ~ShapeBit(ValueShape::kPlaceholder));
    return Shapes(table, ShapeBit(ValueShape::kText) | ShapeBit(ValueShape::kUrl));
  }

  void ReadValueCondition(const toml::table& table, Rule* rule) {
    const std::string detector = String(table, "detector", false);
    if (!detector.empty()) {
      rule->detector = FindDetector(detector);
      if (rule->detector == nullptr)
        Error(*table.get("detector"), fmt::format("unknown detector '{}'{}", detector, DidYouMean(detector, DetectorNames())));
    }
    const std::string pattern = String(table, "value", false);
    if (!pattern.empty()) {
      RE2::Options options;
      options.set_log_errors(false);
      auto re = std::make_shared<RE2>(pattern, options);
      if (!re->ok()) Error(*table.get("value"), fmt::format("bad value pattern: {}", re->error()));
      else rule->value_pattern = std::move(re);
      if (rule->value_pattern)
        rule->has_value_range = rule->value_pattern->PossibleMatchRange(&rule->value_min, &rule->value_max, 16);
    }
  }

  std::set<std::string> ids_;
};

// A [[headline]] table (rules/headline_reader.h); its errors count like the others.
void ReadHeadlineInto(const toml::table& table, std::string_view origin, RuleFile* file,
                      std::vector<std::string>* errors) {
  HeadlineSpec spec;
  if (ReadHeadline(table, origin, &spec, errors)) file->headlines.push_back(std::move(spec));
}

}  // namespace

bool ParseRuleFile(std::string_view text, std::string_view origin, RuleFile* out,
                   std::vector<std::string>* errors, bool keep_on_error) {
  const std::size_t start = errors->size();
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    errors->push_back(fmt::format("{}:{}:{}: {}", origin, e.source().begin.line,
                                  e.source().begin.column, e.description()));
    return false;
  }
  // Unknown keys fail the file, but what it says is still read into `out` (rule_parser.h).
  CheckRuleFileKeys(root, origin, errors);
  const bool keys_ok = errors->size() == start;
  Reader reader(origin, errors);  // its ok() counts the problems from here on
  RuleFile file;
  for (auto&& [key, node] : root) {
    const toml::array* array = node.as_array();
    if ((key != "rule" && key != "kind" && key != "platform" && key != "sensitive" && key != "headline") ||
        array == nullptr) {
      reader.Error(node, fmt::format("unexpected top-level '{}' (use [[rule]], [[kind]], [[platform]], [[sensitive]] "
                                     "or [[headline]])",
                                     key.str()));
      continue;
    }
    for (const toml::node& item : *array) {
      const toml::table* table = item.as_table();
      if (table == nullptr) reader.Error(item, "expected a table");
      else if (key == "rule") reader.ReadRule(*table, &file);
      else if (key == "platform") reader.ReadPlatform(*table, &file);
      else if (key == "sensitive") reader.ReadSensitive(*table, &file);
      else if (key == "headline") ReadHeadlineInto(*table, origin, &file, errors);
      else reader.ReadKind(*table, &file);
    }
  }
  if (!reader.ok() && !keep_on_error) return false;
  out->rules.insert(out->rules.end(), std::make_move_iterator(file.rules.begin()),
                    std::make_move_iterator(file.rules.end()));
  out->kinds.insert(out->kinds.end(), file.kinds.begin(), file.kinds.end());
  out->platforms.insert(out->platforms.end(), file.platforms.begin(), file.platforms.end());
  out->sensitive.insert(out->sensitive.end(), file.sensitive.begin(), file.sensitive.end());
  out->headlines.insert(out->headlines.end(), file.headlines.begin(), file.headlines.end());
  return keys_ok && reader.ok();
}

}  // namespace dataaudit
