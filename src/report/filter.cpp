#include "report/filter.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/headlines.h"

namespace dataaudit {
namespace {

bool Listed(const std::vector<std::string>& names, const std::string& name) {
  return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
}

// The totals per category in report order, then "unclassified", as BuildArchiveReport
// makes them.
std::vector<CategoryTotals> Totals(const std::vector<FieldEntry>& fields) {
  std::vector<CategoryTotals> totals;
  for (const std::string& category : Categories()) totals.push_back({category, 0, 0});
  totals.push_back({"unclassified", 0, 0});
  for (const FieldEntry& entry : fields) {
    auto it = std::find_if(totals.begin(), totals.end(),
                           [&](const CategoryTotals& t) { return t.category == entry.category; });
    if (it == totals.end()) it = totals.end() - 1;
    it->fields++;
    it->values += entry.count;
  }
  return totals;
}

}  // namespace

std::optional<Confidence> ParseConfidence(std::string_view name) {
  for (Confidence c : {Confidence::kLow, Confidence::kMedium, Confidence::kHigh})
    if (ConfidenceName(c) == name) return c;
  return std::nullopt;
}

bool FieldFilter::Keeps(const FieldEntry& entry) const {
  if (!Listed(categories, entry.category) || !Listed(kinds, entry.kind)) return false;
  if (!min_confidence) return true;
  const std::optional<Confidence> confidence = ParseConfidence(entry.confidence);
  return confidence && *confidence >= *min_confidence;
}

// The values, timeline series and map of the categories and kinds left; a kind's field
// and value counts follow its fields.
void FilterDataViews(ArchiveReport* archive) {
  std::map<std::pair<std::string, std::string>, std::pair<std::uint64_t, std::uint64_t>> kinds;
  std::set<std::string> categories;
  for (const FieldEntry& entry : archive->fields) {
    auto& [fields, values] = kinds[{entry.category, entry.kind}];
    fields++, values += entry.count;
    categories.insert(entry.category);
  }
  std::erase_if(archive->kind_values, [&](KindValues& kind) {
    const auto it = kinds.find({kind.category, kind.kind});
    if (it == kinds.end()) return true;
    kind.fields = it->second.first, kind.values = it->second.second;
    return false;
  });
  std::erase_if(archive->timeline.series,
                [&](const TimelineReport::Series& s) { return !categories.contains(s.category); });
  if (!categories.contains("location")) archive->map = MapReport{};
}

void ApplyFilter(const FieldFilter& filter, ArchiveReport* archive) {
  if (!filter.active()) return;
  std::erase_if(archive->fields, [&](const FieldEntry& entry) { return !filter.Keeps(entry); });
  archive->summary = Totals(archive->fields);
  for (CategoryTotals& totals : archive->summary) totals.selected = Listed(filter.categories, totals.category);
  FilterHeadlines(archive);
  FilterDataViews(archive);
}

bool FailOnTerm::Matches(const FieldEntry& entry) const {
  return (category.empty() || entry.category == category) && (kind.empty() || entry.kind == kind);
}

std::optional<FailOnMatch> FindFailOnMatch(const std::vector<FailOnTerm>& terms, const ArchiveReport& archive) {
  for (const FieldEntry& entry : archive.fields)
    for (const FailOnTerm& term : terms)
      if (term.Matches(entry)) return FailOnMatch{&term, &entry};
  return std::nullopt;
}

bool FailOnMatched(const std::vector<FailOnTerm>& terms, const ArchiveReport& archive) {
  return FindFailOnMatch(terms, archive).has_value();
}

}  // namespace dataaudit
