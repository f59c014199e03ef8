// The terminal report: per archive a header, then per category a table of kinds with
// "what it holds" and the largest fields, then file counts and diagnostics. Everything
// that came from the archive passes through SanitizeForTerminal.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "text/timestamp.h"
#include "print/printer.h"
#include "print/sanitize.h"
#include "text/display_width.h"

namespace dataaudit {
namespace {

// "1 value", "2 values".
std::string Count(std::uint64_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

class TextWriter {
 public:
  TextWriter(const PrintStyle& style, std::ostream& out) : style_(style), out_(out) {}

  // An input that could not be read at all has no report to print: its error is on
  // standard error (and in the JSON formats).
  static bool HasReport(const ArchiveReport& a) { return !a.failed || a.files.total > 0; }

  void Archive(const ArchiveReport& a) {
    out_ << Paint("1", "dataaudit report: " + ShortenMiddle(SanitizeForTerminal(a.input), Room(18))) << '\n';
    if (a.parts.size() > 1)
      Labelled("merged", fmt::format("{} parts of one export, named alike, of one platform: {}", a.parts.size(),
                                     SanitizeForTerminal(fmt::format("{}", fmt::join(a.parts, ", ")))));
    Labelled("platform", a.platforms.size() > 1 ? fmt::format("{}", fmt::join(a.platforms, " + ")) : a.platform);
    Labelled("files", fmt::format("{} total, {} parsed, {} skipped, {} unrecognised, {}", a.files.total,
                                  a.files.parsed, a.files.skipped, a.files.unrecognised,
                                  Count(a.files.errors, "error", "errors")));
    if (a.failed) out_ << Paint("31", Wrapped("  error     ", SanitizeForTerminal(a.error))) << '\n';
    Headlines(a);
    for (const CategoryTotals& totals : a.summary) Category(a, totals);
    Sensitive(a);
    Diagnostics(a);
  }

 private:
  // Columns left on a line after `used` columns.
  std::size_t Room(std::size_t used) const { return style_.width > used + 12 ? style_.width - used : 12; }

  // `head` then `text` wrapped under itself: "  files     12 total, ..." and its next lines.
  std::string Wrapped(std::string_view head, std::string_view text) const {
    const std::string body = WrapText(text, style_.width, head.size());
    return std::string(head) + body.substr(head.size());
  }

  void Labelled(std::string_view label, std::string_view text) {
    out_ << Wrapped(fmt::format("  {:<9} ", label), text) << '\n';
  }

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
    if (!totals.selected) return;  // left out by --category: "0 fields" would read as "none held"
    if (totals.fields == 0 && totals.category != "financial" && totals.category != "location" &&
        totals.category != "contact" && totals.category != "behavioural")
      return;
    std::string upper = totals.category;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    out_ << '\n'
         << Paint(CategoryColor(totals.category), upper)
         << fmt::format("  {}, {}\n", Count(totals.fields, "field", "fields"), Count(totals.values, "value", "values"));
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
    std::size_t kind_width = 4;
    for (const FieldEntry& f : a.fields) {
      if (f.category != category) continue;
      KindRow& row = kinds[f.kind];
      row.fields++;
      row.values += f.count;
      row.holds = f.holds;
      kind_width = std::max(kind_width, DisplayWidth(f.kind));
    }
    auto row = [&](std::string_view kind, std::string_view fields, std::string_view values, std::string_view holds) {
      out_ << Wrapped(fmt::format("  {} {:>6} {:>9}  ", PadRight(kind, kind_width), fields, values), holds) << '\n';
    };
    row("kind", "fields", "values", "what it holds");
    for (const auto& [kind, r] : kinds) row(kind, std::to_string(r.fields), std::to_string(r.values), r.holds);
  }

  // Each of the largest fields on two lines: its name (shortened in the middle when it
  // does not fit), then its kind, counts, dates and a sample.
  void TopFields(const ArchiveReport& a, const std::string& category) {
    std::vector<const FieldEntry*> top;
    for (const FieldEntry& f : a.fields)
      if (f.category == category) top.push_back(&f);
    std::stable_sort(top.begin(), top.end(), [](const FieldEntry* x, const FieldEntry* y) { return x->count > y->count; });
    if (top.size() > style_.top_fields) top.resize(style_.top_fields);
    if (top.empty()) return;
    out_ << "  top fields\n";
    for (const FieldEntry* f : top) {
      out_ << "    " << ShortenMiddle(SanitizeForTerminal(f->file + "#" + f->path), Room(4)) << '\n';
      std::string details = fmt::format("{}: {}, {} distinct", f->kind, Count(f->count, "value", "values"), f->distinct);
      if (f->first_seen && f->last_seen) {
        const std::string first = FormatDate(*f->first_seen), last = FormatDate(*f->last_seen);
        details += ", " + (first == last ? first : first + ".." + last);
      }
      details += ", e.g. " + SanitizeForTerminal(f->sample);
      out_ << "      " << Fit(details, Room(6)) << '\n';
    }
  }

  // `text` cut to `width` columns, with "…" where it was cut.
  static std::string Fit(const std::string& text, std::size_t width) {
    if (DisplayWidth(text) <= width) return text;
    return CutToWidth(text, width - 1) + "\u2026";
  }

  void Headlines(const ArchiveReport& a) {
    if (a.headlines.empty()) return;
    out_ << '\n' << Paint("1", "WHAT IT HOLDS") << '\n';
    for (const Headline& h : a.headlines) out_ << Wrapped("  - ", h.text) << '\n';
  }

  void Sensitive(const ArchiveReport& a) {
    if (a.sensitive.count == 0) return;
    out_ << '\n'
         << Paint("1;31", "POSSIBLY SENSITIVE")
         << fmt::format("  {} (GDPR Article 9 categories)\n", Count(a.sensitive.count, "value", "values"));
    for (const auto& [category, count] : a.sensitive.categories) out_ << fmt::format("  {:<22} {:>6}\n", category, count);
    if (!a.sensitive.values.empty()) {
      std::string values;
      for (const std::string& v : a.sensitive.values) values += SanitizeForTerminal(v) + "; ";
      out_ << Wrapped("  values: ", values) << '\n';
    } else {
      out_ << "  (use --show-values to list them)\n";
    }
  }

  void Diagnostics(const ArchiveReport& a) {
    if (a.diagnostics.empty()) return;
    out_ << '\n' << Paint("1", "DIAGNOSTICS") << fmt::format("  {}\n", a.diagnostics.size());
    for (const ReportDiagnostic& d : a.diagnostics) {
      const std::string where = d.file.empty() ? "" : ShortenMiddle(SanitizeForTerminal(d.file), Room(12)) + ": ";
      const std::string head = "  " + d.severity + ": ";
      const std::string line = Wrapped(std::string(head.size(), ' '), where + SanitizeForTerminal(d.message));
      out_ << "  " << Paint(d.severity == "error" ? "31" : "33", d.severity) << ": " << line.substr(head.size()) << '\n';
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
    if (!TextWriter::HasReport(a)) continue;
    if (!first) out << '\n';
    first = false;
    writer.Archive(a);
  }
}

}  // namespace dataaudit
