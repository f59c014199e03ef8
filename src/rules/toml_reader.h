#pragma once
// Reading the members of rule-file tables ([[rule]], [[headline]], ...), with every problem
// reported as "origin:line:column: message" and reading going on, so that one pass over a
// file names all its problems. Shared by the rule parser and the headline reader.

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "detect/value_shape.h"
#include "rules/rule.h"

namespace dataaudit {

class TomlReader {
 public:
  TomlReader(std::string_view origin, std::vector<std::string>* errors)
      : origin_(origin), errors_(errors), start_(errors->size()) {}

  void Error(const toml::node& where, std::string_view message);
  /// No error since this reader was made.
  bool ok() const { return errors_->size() == start_; }
  std::string_view origin() const { return origin_; }

  /// The string member `key`; a missing required one is "missing 'key'".
  std::string String(const toml::table& table, std::string_view key, bool required);
  /// The array of strings `key` (empty when absent).
  std::vector<std::string> Strings(const toml::table& table, std::string_view key);
  /// `key` as phrases of key tokens ("IP Address" -> {"ip", "address"}).
  std::vector<Phrase> Phrases(const toml::table& table, std::string_view key);
  /// The boolean `key`, false when absent.
  bool Bool(const toml::table& table, std::string_view key);
  /// `shapes = [...]` by name ("any" for all), or `fallback` when absent.
  ShapeSet Shapes(const toml::table& table, ShapeSet fallback);

 private:
  std::string_view origin_;
  std::vector<std::string>* errors_;
  std::size_t start_;
};

}  // namespace dataaudit
