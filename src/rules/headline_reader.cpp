#include "rules/headline_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "rules/toml_reader.h"

namespace dataaudit {
namespace {

constexpr std::array<std::string_view, 20> kMembers = {
    "id", "kinds", "unit", "normalise", "latitude_kinds", "longitude_kinds", "grid_degrees", "keys", "not_keys",
    "context", "not_context", "in_text_of", "except_kinds", "shapes", "split", "sensitive", "one", "many", "text", "description"};

constexpr std::array<std::pair<std::string_view, HeadlineUnit>, 3> kUnits = {{
    {"distinct", HeadlineUnit::kDistinct}, {"records", HeadlineUnit::kRecords}, {"positions", HeadlineUnit::kPositions}}};

constexpr std::array<std::pair<std::string_view, HeadlineNormaliser>, 5> kNormalisers = {{
    {"text", HeadlineNormaliser::kText}, {"email", HeadlineNormaliser::kEmail}, {"phone", HeadlineNormaliser::kPhone},
    {"ip", HeadlineNormaliser::kIp}, {"card", HeadlineNormaliser::kCard}}};

// Any shape but "nothing here", a flag and a platform notice.
constexpr ShapeSet kDefaultShapes = kAllShapes & ~ShapeBit(ValueShape::kPlaceholder) &
                                    ~ShapeBit(ValueShape::kBoolean) & ~ShapeBit(ValueShape::kNotice);

// Reads the members of one [[headline]] table (rules/toml_reader.h does the reading).
class TableReader : public TomlReader {
 public:
  TableReader(const toml::table& table, std::string_view origin, std::vector<std::string>* errors)
      : TomlReader(origin, errors), table_(table) {}

  void CheckMembers() {
    for (auto&& [key, node] : table_)
      if (std::find(kMembers.begin(), kMembers.end(), key.str()) == kMembers.end())
        Error(node, fmt::format("unknown member '{}' in a [[headline]] table", key.str()));
  }

  std::string String(std::string_view key, bool required) {
    if (required && table_.get(key) == nullptr) {
      Error(table_, fmt::format("[[headline]] needs '{}'", key));
      return {};
    }
    return TomlReader::String(table_, key, false);
  }
  std::vector<std::string> Strings(std::string_view key) { return TomlReader::Strings(table_, key); }
  std::vector<Phrase> Phrases(std::string_view key) { return TomlReader::Phrases(table_, key); }
  bool Bool(std::string_view key) { return TomlReader::Bool(table_, key); }
  ShapeSet Shapes() { return TomlReader::Shapes(table_, kDefaultShapes); }

  template <typename T, std::size_t N>
  T Choice(std::string_view key, const std::array<std::pair<std::string_view, T>, N>& choices, T fallback) {
    const std::string name = String(key, false);
    if (name.empty()) return fallback;
    for (const auto& [choice, value] : choices)
      if (choice == name) return value;
    Error(*table_.get(key), fmt::format("unknown {} '{}'", key, name));
    return fallback;
  }

  double Number(std::string_view key, double fallback) {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return fallback;
    if (const auto* f = node->as_floating_point()) return f->get();
    if (const auto* i = node->as_integer()) return static_cast<double>(i->get());
    Error(*node, fmt::format("'{}' must be a number", key));
    return fallback;
  }

  const toml::table& table() const { return table_; }

 private:
  const toml::table& table_;
};

bool IsId(std::string_view id) {
  if (id.empty() || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Cross-member checks: what one unit or normaliser needs from the others.
void CheckConsistency(TableReader& reader, const HeadlineSpec& spec) {
  const toml::table& table = reader.table();
  if (!spec.id.empty() && !IsId(spec.id)) reader.Error(table, fmt::format("headline id '{}' must match [a-z][a-z0-9_]*", spec.id));
  const bool positions = spec.unit == HeadlineUnit::kPositions;
  if (spec.kinds.empty() && !(positions && !spec.latitude_kinds.empty()))
    reader.Error(table, "[[headline]] needs 'kinds'");
  if (positions != (!spec.latitude_kinds.empty() || !spec.longitude_kinds.empty()))
    reader.Error(table, "'latitude_kinds' and 'longitude_kinds' go with unit = \"positions\", and only there");
  if (spec.latitude_kinds.empty() != spec.longitude_kinds.empty())
    reader.Error(table, "'latitude_kinds' and 'longitude_kinds' come together");
  if (positions && !(spec.grid_degrees >= 1e-7 && spec.grid_degrees < 1))
    reader.Error(table, "'grid_degrees' must be at least 0.0000001 and below 1");
  const bool findable = spec.normalise == HeadlineNormaliser::kEmail || spec.normalise == HeadlineNormaliser::kPhone;
  if (!spec.in_text_of.empty() && !findable)
    reader.Error(table, "'in_text_of' needs normalise = \"email\" or \"phone\": only those are found inside text");
  if (spec.many.empty() && !spec.one.empty()) reader.Error(table, "[[headline]] needs 'many' with 'one'");
}

}  // namespace

std::string_view HeadlineUnitName(HeadlineUnit unit) {
  for (const auto& [name, value] : kUnits)
    if (value == unit) return name;
  return "distinct";
}

bool ReadHeadline(const toml::table& table, std::string_view origin, HeadlineSpec* out,
                  std::vector<std::string>* errors) {
  TableReader reader(table, origin, errors);
  reader.CheckMembers();
  HeadlineSpec spec;
  spec.origin = std::string(origin);
  spec.id = reader.String("id", true);
  spec.kinds = reader.Strings("kinds");
  spec.except_kinds = reader.Strings("except_kinds");
  spec.unit = reader.Choice("unit", kUnits, HeadlineUnit::kDistinct);
  spec.normalise = reader.Choice("normalise", kNormalisers, HeadlineNormaliser::kText);
  spec.latitude_kinds = reader.Strings("latitude_kinds");
  spec.longitude_kinds = reader.Strings("longitude_kinds");
  spec.grid_degrees = reader.Number("grid_degrees", spec.grid_degrees);
  spec.keys = reader.Phrases("keys");
  spec.not_keys = reader.Phrases("not_keys");
  spec.context = reader.Phrases("context");
  spec.not_context = reader.Phrases("not_context");
  spec.in_text_of = reader.Strings("in_text_of");
  spec.shapes = reader.Shapes();
  spec.split = reader.String("split", false);
  spec.sensitive = reader.Bool("sensitive");
  spec.one = reader.String("one", true);
  spec.many = reader.String("many", true);
  spec.text = reader.String("text", false);
  if (spec.text.empty()) spec.text = "{count} {noun}";
  CheckConsistency(reader, spec);
  if (!reader.ok()) return false;
  *out = std::move(spec);
  return true;
}

}  // namespace dataaudit
