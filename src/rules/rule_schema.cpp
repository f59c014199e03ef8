#include "rules/rule_schema.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "text/closest_match.h"

namespace dataaudit {
namespace {

using KeyList = std::vector<std::string_view>;

const KeyList kRuleKeys = {"id",      "description", "category", "kind",     "confidence", "keys",
                           "not_keys", "context",    "not_context", "files", "platforms",  "detector",
                           "value",   "strings_only", "shapes", "keyed",  "match",    "no_match"};
const KeyList kExampleKeys = {"file", "path", "value", "type"};
const KeyList kKindKeys = {"name", "category", "description"};
const KeyList kPlatformKeys = {"name", "display", "family", "signatures", "content"};
const KeyList kSignatureKeys = {"file", "weight"};
const KeyList kContentKeys = {"keys", "prefix", "contains", "files", "weight"};
const KeyList kSensitiveKeys = {"category", "description", "terms"};

using Nested = std::vector<std::pair<std::string_view, const KeyList*>>;

class KeyChecker {
 public:
  KeyChecker(std::string_view origin, std::vector<std::string>* errors) : origin_(origin), errors_(errors) {}

  // Checks every table of the array `node` (when it is one) against `known`, and the
  // tables of its members named in `nested` against their own lists.
  void Tables(const toml::node* node, std::string_view what, const KeyList& known, const Nested& nested = {}) {
    const toml::array* array = node != nullptr ? node->as_array() : nullptr;
    if (array == nullptr) return;
    for (const toml::node& item : *array) {
      const toml::table* table = item.as_table();
      if (table == nullptr) continue;
      Keys(*table, what, known);
      for (const auto& [key, keys] : nested) Tables(table->get(key), fmt::format("'{}' entry", key), *keys);
    }
  }

 private:
  void Keys(const toml::table& table, std::string_view what, const KeyList& known) {
    for (auto&& [key, value] : table) {
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      const auto& at = value.source().begin;
      const std::vector<std::string> names(known.begin(), known.end());  // for the suggestion
      errors_->push_back(fmt::format("{}:{}:{}: unknown key '{}' in a {}{} (known: {})", origin_, at.line, at.column,
                                     key.str(), what, DidYouMean(key.str(), names), fmt::join(known, ", ")));
    }
  }

  std::string_view origin_;
  std::vector<std::string>* errors_;
};

}  // namespace

void CheckRuleFileKeys(const toml::table& root, std::string_view origin, std::vector<std::string>* errors) {
  KeyChecker checker(origin, errors);
  checker.Tables(root.get("rule"), "[[rule]] table", kRuleKeys, {{"match", &kExampleKeys}, {"no_match", &kExampleKeys}});
  checker.Tables(root.get("kind"), "[[kind]] table", kKindKeys);
  checker.Tables(root.get("platform"), "[[platform]] table", kPlatformKeys,
                 {{"signatures", &kSignatureKeys}, {"content", &kContentKeys}});
  checker.Tables(root.get("sensitive"), "[[sensitive]] table", kSensitiveKeys);
}

}  // namespace dataaudit
