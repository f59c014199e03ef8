// The terminal report: per archive a header, then per category a table of kinds with
// "what it holds" and the largest fields, then file counts and diagnostics. Everything
// that came from the archive passes through SanitizeForTerminal.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "text/timestamp.h"
#include "print/printer.h"
#include "print/sanitize.h"

namespace dataaudit {
namespace {

class TextWriter {
 public:
  TextWriter(const PrintStyle& style, std::ostream& out) : style_(style), out_(out) {}

  void Archive(const ArchiveReport& a) {
    out_ << Paint("1", fmt::format("dataaudit report: {}", SanitizeForTerminal(a.input))) << '\n';
    if (a.parts.size() > 1) out_ << fmt::format("  parts     {}\n", SanitizeForTerminal(fmt::format("{}", fmt::join(a.parts, ", "))));
    out_ << fmt::format("  platform  {}\n", a.platforms.size() > 1 ? fmt::format("{}", fmt::join(a.platforms, " + ")) : a.platform);
    out_ << fmt::format("  files     {} total, {} parsed, {} skipped, {} unrecognised, {} errors\n",
                        a.files.total, a.files.parsed, a.files.skipped, a.files.unrecognised, a.files.errors);
    if (a.failed) out_ << Paint("31", fmt::format("  error     {}", SanitizeForTerminal(a.error))) << '\n';
    Headlines(a);
    for (const CategoryTotals& totals : a.summary) Category(a, totals);
    Sensitive(a);
    Diagnostics(a);
  }

 private:
  std::string Paint(std::string_view code, std::string_view text) const {
    if (!style_.color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }

  static std::string_view CategoryColor(std::string_view category) {
    if (category == "financial") return "1;33";
    if (category == "location") return "1;32";
    if (category == "contact") return "1;36";
    if (category == "behavioural") return "1;35";
    return "1";
  }

  void Category(const ArchiveReport& a, const CategoryTotals& totals) {
    if (totals.fields == 0 && totals.category != "financial" && totals.category != "location" &&
        totals.category != "contact" && totals.category != "behavioural")
      return;
    std::string upper = totals.category;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    out_ << '\n'
         << Paint(CategoryColor(totals.category), upper)
         << fmt::format("  {} {}, {} {}\n", totals.fields, totals.fields == 1 ? "field" : "fields",
                        totals.values, totals.values == 1 ? "value" : "values");
    if (totals.fields == 0 || totals.category == "unclassified") return;
    KindTable(a, totals.category);
    TopFields(a, totals.category);
    if (style_.values) KindValues(a, totals.category);
  }

  // --values: the most frequent values of each kind of the category.
  void KindValues(const ArchiveReport& a, const std::string& category) {
    for (const dataaudit::KindValues& kind : a.kind_values) {
      if (kind.category != category || kind.top.empty()) continue;
      out_ << fmt::format("  values of {}{}\n", kind.kind, a.values_shown ? "" : " (redacted; --show-values shows them)");
      for (const ValueEntry& v : kind.top) {
        std::string span;
        if (v.first_seen && v.last_seen) span = fmt::format("  {}..{}", FormatDate(*v.first_seen), FormatDate(*v.last_seen));
        out_ << fmt::format("    {:>8}{}  {}{}{}\n", v.count, v.error > 0 ? "~" : " ", SanitizeForTerminal(v.value),
                            span, v.sensitive ? "  (possibly sensitive)" : "");
      }
    }
  }

  void KindTable(const ArchiveReport& a, const std::string& category) {
    struct KindRow {
      std::uint64_t fields = 0, values = 0;
      std::string holds;
    };
    std::map<std::string, KindRow> kinds;
    for (const FieldEntry& f : a.fields) {
      if (f.category != category) continue;
      KindRow& row = kinds[f.kind];
      row.fields++;
      row.values += f.count;
      row.holds = f.holds;
    }
    out_ << fmt::format("  {:<22} {:>6} {:>9}  {}\n", "kind", "fields", "values", "what it holds");
    for (const auto& [kind, row] : kinds)
      out_ << fmt::format("  {:<22} {:>6} {:>9}  {}\n", kind, row.fields, row.values, row.holds);
  }

  void TopFields(const ArchiveReport& a, const std::string& category) {
    std::vector<const FieldEntry*> top;
    for (const FieldEntry& f : a.fields)
      if (f.category == category) top.push_back(&f);
    std::stable_sort(top.begin(), top.end(), [](const FieldEntry* x, const FieldEntry* y) { return x->count > y->count; });
    if (top.size() > style_.top_fields) top.resize(style_.top_fields);
    if (top.empty()) return;
    out_ << "  top fields\n";
    for (const FieldEntry* f : top) {
      std::string span;
      if (f->first_seen && f->last_seen) span = fmt::format("  {}..{}", FormatDate(*f->first_seen), FormatDate(*f->last_seen));
      out_ << fmt::format("    {}#{}  {} values, {} distinct{}  e.g. {}\n", SanitizeForTerminal(f->file),
                          SanitizeForTerminal(f->path), f->count, f->distinct, span, SanitizeForTerminal(f->sample));
    }
  }

  void Headlines(const ArchiveReport& a) {
    if (a.headlines.empty()) return;
    out_ << '\n' << Paint("1", "WHAT IT HOLDS") << '\n';
    for (const Headline& h : a.headlines) out_ << "  - " << h.text << '\n';
  }

  void Sensitive(const ArchiveReport& a) {
    if (a.sensitive.count == 0) return;
    out_ << '\n' << Paint("1;31", "POSSIBLY SENSITIVE") << fmt::format("  {} values (GDPR Article 9 categories)\n", a.sensitive.count);
    for (const auto& [category, count] : a.sensitive.categories) out_ << fmt::format("  {:<22} {:>6}\n", category, count);
    if (!a.sensitive.values.empty()) {
      out_ << "  values:";
      for (const std::string& v : a.sensitive.values) out_ << ' ' << SanitizeForTerminal(v) << ';';
      out_ << '\n';
    } else {
      out_ << "  (use --show-values to list them)\n";
    }
  }

  void Diagnostics(const ArchiveReport& a) {
    if (a.diagnostics.empty()) return;
    out_ << '\n' << Paint("1", "DIAGNOSTICS") << fmt::format("  {}\n", a.diagnostics.size());
    for (const ReportDiagnostic& d : a.diagnostics) {
      const std::string where = d.file.empty() ? "" : SanitizeForTerminal(d.file) + ": ";
      out_ << "  " << Paint(d.severity == "error" ? "31" : "33", d.severity) << ": " << where
           << SanitizeForTerminal(d.message) << '\n';
    }
  }

  const PrintStyle& style_;
  std::ostream& out_;
};

}  // namespace

void PrintText(const Report& report, const PrintStyle& style, std::ostream& out) {
  TextWriter writer(style, out);
  bool first = true;
  for (const ArchiveReport& a : report.archives) {
    if (!first) out << '\n';
    first = false;
    writer.Archive(a);
  }
}

}  // namespace dataaudit
