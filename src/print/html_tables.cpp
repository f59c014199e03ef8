// The tables of the HTML report: per category its kinds and every field, and the values
// behind each kind. Tables with class "sortable" sort when a header is clicked, and a
// box (shown only when the script runs) filters a table's rows; both are
// src/print/html/report.js.

#include <fmt/format.h>

#include "print/html_writer.h"

namespace dataaudit {
namespace {

void FilterBox(std::string_view table_id, std::string_view what, std::ostream& out) {
  out << "<input class=\"filter\" type=\"search\" hidden data-table=\"" << table_id << "\" placeholder=\"Filter "
      << what << "\" aria-label=\"Filter " << what << "\">\n";
}

// A number cell that sorts by its value.
std::string Count(std::uint64_t n) { return fmt::format("<td class=\"n\" data-sort=\"{}\">{}</td>", n, n); }

void KindTable(const ArchiveReport& a, const std::string& category, std::ostream& out) {
  out << "<table class=\"kinds sortable\"><thead><tr><th>kind</th><th class=\"n\">fields</th>"
         "<th class=\"n\">values</th><th>what it holds</th></tr></thead><tbody>\n";
  for (const KindValues& k : a.kind_values) {
    if (k.category != category) continue;
    out << "<tr><td><a href=\"#" << "v-" << HtmlEscape(k.category) << '-' << HtmlEscape(k.kind) << "\">"
        << HtmlEscape(k.kind) << "</a></td>" << Count(k.fields) << Count(k.values) << "<td>" << HtmlEscape(k.holds)
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void FieldTable(const ArchiveReport& a, const std::string& category, const std::string& table_id, std::ostream& out) {
  FilterBox(table_id, "fields", out);
  out << "<table class=\"fields sortable\" id=\"" << table_id << "\"><thead><tr><th>field (file#path)</th>"
         "<th>kind</th><th>rule</th><th>confidence</th><th class=\"n\">values</th><th class=\"n\">distinct</th>"
         "<th>first seen</th><th>last seen</th><th>sample</th></tr></thead><tbody>\n";
  for (const FieldEntry& f : a.fields) {
    if (f.category != category) continue;
    out << "<tr><td class=\"path\">" << HtmlEscape(f.file) << '#' << HtmlEscape(f.path) << "</td><td>"
        << HtmlEscape(f.kind) << "</td><td>" << HtmlEscape(f.rule) << "</td><td>" << f.confidence << "</td>"
        << Count(f.count) << Count(f.distinct) << "<td>" << HtmlDate(f.first_seen) << "</td><td>"
        << HtmlDate(f.last_seen) << "</td><td class=\"value\">" << HtmlEscape(f.sample) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void ValueTable(const KindValues& k, std::ostream& out) {
  const std::string id = "v-" + HtmlEscape(k.category) + "-" + HtmlEscape(k.kind);
  out << "<details class=\"kind\" open id=\"" << id << "\"><summary><span class=\"cat cat-" << HtmlEscape(k.category)
      << "\">" << HtmlEscape(k.kind) << "</span> " << HtmlEscape(k.holds)
      << fmt::format(" <span class=\"note\">({} fields, {} values)</span></summary>\n", k.fields, k.values);
  if (k.top.empty()) {
    out << "<p class=\"note\">No value counted.</p></details>\n";
    return;
  }
  out << "<table class=\"values sortable\" data-kind=\"" << HtmlEscape(k.kind) << "\"><thead><tr><th>value</th>"
         "<th class=\"n\">count</th><th>first seen</th><th>last seen</th></tr></thead><tbody>\n";
  for (const ValueEntry& v : k.top) {
    out << "<tr><td class=\"value\">" << HtmlEscape(v.value)
        << (v.sensitive ? " <span class=\"tag sensitive\">possibly sensitive</span>" : "") << "</td>";
    if (v.error > 0)
      out << fmt::format("<td class=\"n\" data-sort=\"{0}\" title=\"at most {1} more than the true count\">~{0}</td>",
                         v.count, v.error);
    else
      out << Count(v.count);
    out << "<td>" << HtmlDate(v.first_seen) << "</td><td>" << HtmlDate(v.last_seen) << "</td></tr>\n";
  }
  out << "</tbody></table></details>\n";
}

}  // namespace

void WriteHtmlCategories(const ArchiveReport& a, std::string_view id, std::ostream& out) {
  for (const CategoryTotals& totals : a.summary) {
    if (totals.fields == 0) continue;
    out << "<h3 class=\"cat cat-" << totals.category << "\">" << totals.category << "</h3>\n"
        << fmt::format("<p class=\"note\">{} fields, {} values</p>\n", totals.fields, totals.values);
    KindTable(a, totals.category, out);
    FieldTable(a, totals.category, fmt::format("{}-fields-{}", id, totals.category), out);
  }
  if (a.fields.empty()) out << "<p class=\"note\">No fields.</p>\n";
}

void WriteHtmlValues(const ArchiveReport& a, std::string_view, std::ostream& out) {
  out << (a.values_shown ? "<p class=\"note\">In full, as <code>--show-values</code> asked.</p>\n"
                         : "<p class=\"note\">Redacted as in the text report; <code>--show-values</code> shows them "
                           "in full.</p>\n");
  std::string category;
  for (const KindValues& k : a.kind_values) {
    if (k.category != category) {
      category = k.category;
      out << "<h3 class=\"cat cat-" << HtmlEscape(category) << "\">" << HtmlEscape(category) << "</h3>\n";
    }
    ValueTable(k, out);
  }
  if (a.kind_values.empty()) out << "<p class=\"note\">No values.</p>\n";
}

}  // namespace dataaudit
