#include "report/build_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/headlines.h"
#include "report/redact.h"
#include "report/redact_names.h"
#include "report/report_values.h"
#include "rules/rule.h"

namespace dataaudit {
namespace {

// Index of a category in report order; "unclassified" sorts last.
std::size_t CategoryRank(std::string_view category) {
  const auto& all = Categories();
  const auto it = std::find(all.begin(), all.end(), category);
  return static_cast<std::size_t>(it - all.begin());
}

std::string StripTop(const std::string& file, const std::string& top) {
  if (top.empty() || !file.starts_with(top) || file.size() <= top.size() || file[top.size()] != '/')
    return file;
  return file.substr(top.size() + 1);
}

// One entry per kind found in `field`, and one "unclassified" entry for the values no
// rule claimed: every value the reader saw is counted once, in one entry of its field.
void AddKindEntries(const FieldStats& field, const RuleSet& rules, const ReportOptions& options,
                const std::string& file, std::vector<FieldEntry>& out) {
  const std::uint64_t distinct = field.distinct.Estimate();
  if (field.unclassified > 0) {
    FieldEntry entry{file, field.path, "unclassified", "unclassified", "values no rule claims",
                     "", "", field.unclassified, std::min(distinct, field.unclassified), field.first_seen,
                     field.last_seen,
                     options.show_values ? field.unclassified_sample : Redact(field.unclassified_sample, ""), {}};
    out.push_back(std::move(entry));
  }
  std::map<std::string, FieldEntry> by_kind;
  std::map<std::string, std::uint64_t> best_rule_count;
  for (const RuleTally& tally : field.tallies) {
    const Rule& rule = *tally.rule;
    auto [it, fresh] = by_kind.try_emplace(rule.kind);
    FieldEntry& entry = it->second;
    if (fresh) {
      const KindInfo* kind = rules.FindKind(rule.kind);
      entry = FieldEntry{file, field.path, rule.category, rule.kind, kind ? kind->description : "",
                         "", "", 0, 0, field.first_seen, field.last_seen,
                         options.show_values ? tally.sample : Redact(tally.sample, rule.kind), {}};
    }
    entry.count += tally.count;
    if (tally.count > best_rule_count[rule.kind]) {
      best_rule_count[rule.kind] = tally.count;
      entry.rule = rule.id;
      entry.confidence = std::string(ConfidenceName(rule.confidence));
    }
  }
  for (auto& [kind, entry] : by_kind) {
    entry.distinct = std::min(distinct, entry.count);
    out.push_back(std::move(entry));
  }
}

// AddKindEntries, each entry with the field's top values redacted as its kind.
void AddEntries(const FieldStats& field, const RuleSet& rules, const ReportOptions& options,
                const std::string& file, std::vector<FieldEntry>& out) {
  const std::size_t first = out.size();
  AddKindEntries(field, rules, options, file, out);
  for (std::size_t i = first; i < out.size(); ++i)
    out[i].top_values = FieldValueEntries(field, out[i].kind, options.show_values);
}

std::vector<CategoryTotals> Summarise(const std::vector<FieldEntry>& fields) {
  std::vector<CategoryTotals> summary;
  for (const std::string& category : Categories()) summary.push_back({category, 0, 0});
  summary.push_back({"unclassified", 0, 0});
  for (const FieldEntry& entry : fields) {
    CategoryTotals& totals = summary[CategoryRank(entry.category)];
    totals.fields++;
    totals.values += entry.count;
  }
  return summary;
}

SensitiveSummary SummariseSensitive(const AuditResult& result, const ReportOptions& options) {
  SensitiveSummary summary;
  std::map<std::string, std::uint64_t> categories;
  std::set<std::string> values;
  for (const FieldStats& field : result.fields) {
    for (const auto& [category, count] : field.sensitive_counts) {
      categories[category] += count;
      summary.count += count;
    }
    if (options.show_values) values.insert(field.sensitive_values.begin(), field.sensitive_values.end());
  }
  summary.categories.assign(categories.begin(), categories.end());
  summary.values.assign(values.begin(), values.end());
  return summary;
}

// Every name the report shows that comes from the input (report/redact_names.h); counts,
// kinds and rule ids are the program's own words and stay as they are.
void RedactNames(ArchiveReport& report) {
  NameRedactor redact;
  report.input = redact(report.input);
  for (std::string& part : report.parts) part = redact(part);
  for (std::string& evidence : report.platform_evidence) evidence = redact(evidence);
  report.error = RedactSecretsInName(report.error);
  for (FieldEntry& entry : report.fields) {
    entry.file = redact(entry.file);
    entry.path = redact(entry.path);
  }
  for (Headline& headline : report.headlines)
    for (std::string& field : headline.fields) field = redact(field);
  for (ReportDiagnostic& d : report.diagnostics) {
    d.file = redact(d.file);
    d.message = RedactSecretsInName(d.message);
  }
}

}  // namespace

std::string CommonTopFolder(const AuditResult& result) {
  if (result.top_segments.size() != 1) return "";
  return *result.top_segments.begin();  // "" when the one member is at the root
}

ArchiveReport BuildArchiveReport(AuditResult result, const RuleSet& rules, const ReportOptions& options) {
  ArchiveReport report;
  report.input = result.input;
  report.parts = result.parts;
  report.failed = result.input_failed;
  report.error = result.input_error;
  report.files = result.files;
  report.platforms = result.platforms;
  if (!result.platforms.empty()) report.platform = result.platforms.front();
  const std::string top = CommonTopFolder(result);
  for (const PlatformEvidence& e : result.platform_evidence)
    report.platform_evidence.push_back(e.member.empty() ? e.signature : e.signature + " in " + StripTop(e.member, top));
  for (const FieldStats& field : result.fields)
    AddEntries(field, rules, options, StripTop(field.file, top), report.fields);
  std::sort(report.fields.begin(), report.fields.end(), [](const FieldEntry& a, const FieldEntry& b) {
    return std::tie(a.file, a.path, a.category, a.kind) < std::tie(b.file, b.path, b.category, b.kind);
  });
  report.summary = Summarise(report.fields);
  report.values_shown = options.show_values;
  report.kind_values = BuildKindValues(result, report.fields, options.show_values);
  report.timeline = BuildTimeline(result.timeline);
  report.map = BuildMap(result.headlines, rules.headlines(), options.show_values);
  report.sensitive = SummariseSensitive(result, options);
  report.headlines = ComputeHeadlines(result.headlines, rules.headlines(), report.fields,
                                      [&](const std::string& file) { return StripTop(file, top); });
  for (const AuditDiagnostic& d : result.diagnostics)
    report.diagnostics.push_back({StripTop(d.file, top), d.severity == Severity::kError ? "error" : "warning", d.message});
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                   [](const ReportDiagnostic& a, const ReportDiagnostic& b) { return a.file < b.file; });
  if (!options.show_values) RedactNames(report);
  return report;
}

}  // namespace dataaudit
