#include "report/report_values.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "report/redact.h"
#include "rules/rule.h"

namespace dataaudit {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr double kRedactedMapDegrees = 0.1;
// Distinct values kept per kind while fields are merged; the least frequent half goes
// when a kind has more.
constexpr std::size_t kMaxMergedValues = 4096;

bool IsSensitive(const FieldStats& field, const std::string& value) {
  return std::any_of(field.sensitive_values.begin(), field.sensitive_values.end(), [&](const std::string& s) {
    return s == value || (value.size() == TopValues::kMaxValueBytes && s.starts_with(value));
  });
}

ValueEntry Entry(const TopValue& top, const std::string& kind, bool show_values, bool sensitive) {
  return ValueEntry{show_values ? top.value : Redact(top.value, kind == "unclassified" ? "" : kind), top.count,
                    top.error, top.first_seen, top.last_seen, sensitive};
}

bool MoreFrequent(const std::pair<const std::string, TopValue>* a, const std::pair<const std::string, TopValue>* b) {
  if (a->second.count != b->second.count) return a->second.count > b->second.count;
  return a->first < b->first;
}

// Keeps the `keep` most frequent values of `values`.
void Trim(std::map<std::string, TopValue>& values, std::size_t keep) {
  if (values.size() <= keep) return;
  std::vector<const std::pair<const std::string, TopValue>*> order;
  for (const auto& entry : values) order.push_back(&entry);
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(), MoreFrequent);
  std::vector<std::string> drop;
  for (std::size_t i = keep; i < order.size(); ++i) drop.push_back(order[i]->first);
  for (const std::string& value : drop) values.erase(value);
}

void AddTo(TopValue& sum, const TopValue& top) {
  sum.count += top.count;
  sum.error += top.error;
  if (top.first_seen) sum.first_seen = std::min(sum.first_seen.value_or(*top.first_seen), *top.first_seen);
  if (top.last_seen) sum.last_seen = std::max(sum.last_seen.value_or(*top.last_seen), *top.last_seen);
}

std::int64_t PeriodStart(std::int32_t day, const std::string& unit) {
  using namespace std::chrono;
  if (unit == "day") return std::int64_t{day} * kSecondsPerDay;
  if (unit == "week") {
    const std::int32_t from_monday = ((day + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday
    return std::int64_t{day - from_monday} * kSecondsPerDay;
  }
  const year_month_day date{sys_days{days{day}}};
  const sys_days first{date.year() / date.month() / 1};
  return std::int64_t{first.time_since_epoch().count()} * kSecondsPerDay;
}

}  // namespace

std::string DominantKind(const FieldStats& field) {
  std::map<std::string, std::uint64_t> by_kind;
  for (const RuleTally& tally : field.tallies) by_kind[tally.rule->kind] += tally.count;
  std::string best = "unclassified";
  std::uint64_t best_count = field.unclassified;
  for (const auto& [kind, count] : by_kind)
    if (count > best_count) best = kind, best_count = count;
  return best;
}

std::vector<ValueEntry> FieldValueEntries(const FieldStats& field, const std::string& kind, bool show_values) {
  std::vector<ValueEntry> out;
  for (const TopValue& top : field.top_values) out.push_back(Entry(top, kind, show_values, IsSensitive(field, top.value)));
  return out;
}

std::vector<KindValues> BuildKindValues(const AuditResult& result, const std::vector<FieldEntry>& entries,
                                        bool show_values) {
  struct Merged {
    std::map<std::string, TopValue> values;
    std::set<std::string> sensitive;
  };
  std::map<std::string, Merged> by_kind;
  for (const FieldStats& field : result.fields) {
    Merged& merged = by_kind[DominantKind(field)];
    for (const TopValue& top : field.top_values) {
      AddTo(merged.values[top.value], top);
      if (IsSensitive(field, top.value)) merged.sensitive.insert(top.value);
    }
    if (merged.values.size() > kMaxMergedValues) Trim(merged.values, kMaxMergedValues / 2);
  }
  std::map<std::pair<std::string, std::string>, KindValues> kinds;  // by (category, kind)
  for (const FieldEntry& entry : entries) {
    KindValues& kind = kinds[{entry.category, entry.kind}];
    kind.category = entry.category, kind.kind = entry.kind, kind.holds = entry.holds;
    kind.fields++;
    kind.values += entry.count;
  }
  std::vector<KindValues> out;
  for (const std::string& category : [] {
         auto all = Categories();
         all.push_back("unclassified");
         return all;
       }()) {
    for (auto& [key, kind] : kinds) {
      if (key.first != category) continue;
      const auto it = by_kind.find(kind.kind);
      if (it != by_kind.end()) {
        Trim(it->second.values, kKindTopValues);
        for (auto& [value, top] : it->second.values) {
          TopValue named = top;
          named.value = value;
          kind.top.push_back(Entry(named, kind.kind, show_values, it->second.sensitive.contains(value)));
        }
        std::stable_sort(kind.top.begin(), kind.top.end(),
                         [](const ValueEntry& a, const ValueEntry& b) { return a.count > b.count; });
      }
      out.push_back(std::move(kind));
    }
  }
  return out;
}

TimelineReport BuildTimeline(const Timeline& timeline) {
  TimelineReport report;
  std::optional<std::int32_t> first, last;
  for (const Timeline::Series& s : timeline.series()) {
    if (s.days.empty()) continue;
    first = std::min(first.value_or(s.days.begin()->first), s.days.begin()->first);
    last = std::max(last.value_or(s.days.rbegin()->first), s.days.rbegin()->first);
  }
  if (!first) return report;
  const std::int32_t span = *last - *first;
  report.unit = span <= 92 ? "day" : span <= 3 * 366 ? "week" : "month";
  report.first = PeriodStart(*first, report.unit);
  report.last = PeriodStart(*last, report.unit);
  auto categories = Categories();
  categories.push_back("unclassified");
  for (const std::string& category : categories) {
    for (const Timeline::Series& s : timeline.series()) {
      if (s.category != category || s.days.empty()) continue;
      std::map<std::int64_t, std::uint64_t> periods;
      for (const auto& [day, count] : s.days) periods[PeriodStart(day, report.unit)] += count;
      report.series.push_back({category, {periods.begin(), periods.end()}});
    }
  }
  return report;
}

MapReport BuildMap(const HeadlineTallies& tallies, const std::vector<HeadlineSpec>& specs, bool show_values) {
  MapGrid all;
  for (std::size_t i = 0; i < tallies.size() && i < specs.size(); ++i)
    if (specs[i].unit == HeadlineUnit::kPositions) all.Merge(tallies[i].map);
  if (!show_values) all = all.Coarsened(kRedactedMapDegrees);
  return MapReport{all.grid_degrees(), all.positions(), all.Cells()};
}

}  // namespace dataaudit
