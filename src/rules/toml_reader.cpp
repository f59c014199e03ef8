#include "rules/toml_reader.h"

#include <fmt/format.h>

#include "text/key_tokens.h"

namespace dataaudit {

void TomlReader::Error(const toml::node& where, std::string_view message) {
  const auto& begin = where.source().begin;
  errors_->push_back(fmt::format("{}:{}:{}: {}", origin_, begin.line, begin.column, message));
}

std::string TomlReader::String(const toml::table& table, std::string_view key, bool required) {
  const toml::node* node = table.get(key);
  if (node == nullptr) {
    if (required) Error(table, fmt::format("missing '{}'", key));
    return {};
  }
  if (const auto* s = node->as_string()) return s->get();
  Error(*node, fmt::format("'{}' must be a string", key));
  return {};
}

std::vector<std::string> TomlReader::Strings(const toml::table& table, std::string_view key) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (node == nullptr) return out;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    Error(*node, fmt::format("'{}' must be an array of strings", key));
    return out;
  }
  for (const toml::node& item : *array) {
    if (const auto* s = item.as_string()) out.push_back(s->get());
    else Error(item, fmt::format("'{}' must hold only strings", key));
  }
  return out;
}

std::vector<Phrase> TomlReader::Phrases(const toml::table& table, std::string_view key) {
  std::vector<Phrase> out;
  for (const std::string& text : Strings(table, key)) {
    Phrase phrase = KeyTokens(text);
    if (phrase.empty()) Error(*table.get(key), fmt::format("empty phrase in '{}'", key));
    else out.push_back(std::move(phrase));
  }
  return out;
}

bool TomlReader::Bool(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return false;
  if (const auto* b = node->as_boolean()) return b->get();
  Error(*node, fmt::format("'{}' must be true or false", key));
  return false;
}

ShapeSet TomlReader::Shapes(const toml::table& table, ShapeSet fallback) {
  if (table.get("shapes") == nullptr) return fallback;
  ShapeSet shapes = 0;
  for (const std::string& name : Strings(table, "shapes")) {
    if (name == "any") shapes = kAllShapes;
    else if (const auto shape = ShapeFromName(name)) shapes |= ShapeBit(*shape);
    else Error(*table.get("shapes"), fmt::format("unknown shape '{}' (known: placeholder, boolean, setting, "
                                                 "notice, number, url, media, text, any)", name));
  }
  return shapes;
}

}  // namespace dataaudit
