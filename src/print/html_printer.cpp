// The HTML report: one self-contained page for a browser, readable from disk with no
// network. Its Content-Security-Policy forbids every load (default-src 'none'); the one
// inline script (src/print/html/report.js: table sorting and filtering) runs by its
// hash; inline styles are allowed ('unsafe-inline' for style only: the SVG pictures
// carry no style attributes, but a style sheet cannot fetch anything when every source
// is 'none', so allowing it costs nothing and keeps the page simple). The pictures are
// static SVG, so the page reads the same with JavaScript off. Sections are written by
// html_tables.cpp, html_map.cpp and html_timeline.cpp.

#include <algorithm>

#include <fmt/format.h>

#include "print/html_assets.h"
#include "print/html_writer.h"
#include "print/printer.h"

namespace dataaudit {
namespace {

void Head(const Report& report, std::ostream& out) {
  const HtmlAssets& assets = EmbeddedHtmlAssets();
  const std::string title = report.archives.size() == 1 ? report.archives.front().input
                                                        : fmt::format("{} inputs", report.archives.size());
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      << "script-src '" << assets.js_hash << "'; base-uri 'none'; form-action 'none'\">\n"
      << "<meta name=\"referrer\" content=\"no-referrer\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"dataaudit " << DATAAUDIT_VERSION << "\">\n"
      << "<title>dataaudit report: " << HtmlEscape(title) << "</title>\n"
      << "<style>\n" << assets.css << "</style>\n</head>\n<body>\n<main>\n";
}

// The first and last date any field was seen.
std::pair<std::optional<std::int64_t>, std::optional<std::int64_t>> DateRange(const ArchiveReport& a) {
  std::optional<std::int64_t> first, last;
  for (const FieldEntry& f : a.fields) {
    if (f.first_seen) first = std::min(first.value_or(*f.first_seen), *f.first_seen);
    if (f.last_seen) last = std::max(last.value_or(*f.last_seen), *f.last_seen);
  }
  return {first, last};
}

void Identity(const ArchiveReport& a, std::ostream& out) {
  out << "<h1>dataaudit report: " << HtmlEscape(a.input) << "</h1>\n";
  if (a.values_shown)
    out << "<p class=\"privacy\">This page shows values in full (<code>--show-values</code>): keep it to yourself.</p>\n";
  else
    out << "<p class=\"privacy\">Values are redacted. To see them in full, run <code>dataaudit --show-values "
           "--format html -o report.html EXPORT</code> and keep that page to yourself. File names and field "
           "paths are never redacted.</p>\n";
  out << "<dl class=\"identity\">\n";
  if (a.parts.size() > 1) {
    out << "<dt>parts</dt><dd>";
    for (const std::string& part : a.parts) out << HtmlEscape(part) << "<br>";
    out << "</dd>\n";
  }
  std::string platforms;
  for (const std::string& p : a.platforms) platforms += (platforms.empty() ? "" : " + ") + p;
  out << "<dt>platform</dt><dd id=\"platform\">" << HtmlEscape(platforms.empty() ? a.platform : platforms) << "</dd>\n";
  if (!a.platform_evidence.empty()) {
    out << "<dt>evidence</dt><dd>";
    for (const std::string& e : a.platform_evidence) out << HtmlEscape(e) << "<br>";
    out << "</dd>\n";
  }
  out << fmt::format("<dt>files</dt><dd>{} total, {} parsed, {} skipped, {} unrecognised, {} errors</dd>\n",
                     a.files.total, a.files.parsed, a.files.skipped, a.files.unrecognised, a.files.errors);
  const auto [first, last] = DateRange(a);
  if (first && last) out << "<dt>dates</dt><dd>" << HtmlDate(first) << " to " << HtmlDate(last) << "</dd>\n";
  if (a.failed) out << "<dt>error</dt><dd class=\"diag-error\">" << HtmlEscape(a.error) << "</dd>\n";
  out << "</dl>\n";
}

void Nav(std::string_view id, std::ostream& out) {
  out << "<nav>";
  for (const auto& [anchor, name] : {std::pair{"holds", "What it holds"}, {"map", "Map"}, {"timeline", "Timeline"},
                                     {"categories", "Fields"}, {"values", "Values"}, {"notes", "Diagnostics"}})
    out << "<a href=\"#" << id << '-' << anchor << "\">" << name << "</a>";
  out << "</nav>\n";
}

void Headlines(const ArchiveReport& a, std::string_view id, std::ostream& out) {
  out << "<h2 id=\"" << id << "-holds\">What it holds</h2>\n";
  if (a.headlines.empty()) {
    out << "<p class=\"note\">Nothing that a headline counts.</p>\n";
    return;
  }
  out << "<ul class=\"headlines\">\n";
  for (const Headline& h : a.headlines) out << "<li data-id=\"" << HtmlEscape(h.id) << "\">" << HtmlEscape(h.text) << "</li>\n";
  out << "</ul>\n";
}

void Sensitive(const ArchiveReport& a, std::ostream& out) {
  if (a.sensitive.count == 0) return;
  out << fmt::format("<h3>Possibly sensitive</h3>\n<p>{} values touch GDPR Article 9 categories: ", a.sensitive.count);
  bool first = true;
  for (const auto& [category, count] : a.sensitive.categories) {
    out << (first ? "" : ", ") << HtmlEscape(category) << " (" << count << ")";
    first = false;
  }
  out << ".";
  if (a.sensitive.values.empty()) out << " <span class=\"note\">(--show-values lists them)</span>";
  out << "</p>\n";
  if (!a.sensitive.values.empty()) {
    out << "<ul>";
    for (const std::string& v : a.sensitive.values) out << "<li>" << HtmlEscape(v) << "</li>";
    out << "</ul>\n";
  }
}

void Notes(const ArchiveReport& a, const MapReport& map, std::string_view id, std::ostream& out) {
  out << "<h2 id=\"" << id << "-notes\">Diagnostics</h2>\n";
  if (a.diagnostics.empty()) out << "<p class=\"note\">None: every file was read as expected.</p>\n";
  else out << "<ul class=\"diagnostics\">\n";
  for (const ReportDiagnostic& d : a.diagnostics)
    out << "<li><span class=\"diag-" << d.severity << "\">" << d.severity << "</span>: "
        << (d.file.empty() ? "" : HtmlEscape(d.file) + ": ") << HtmlEscape(d.message) << "</li>\n";
  if (!a.diagnostics.empty()) out << "</ul>\n";
  out << "<h3>What this report leaves out</h3>\n<ul class=\"note\">\n"
      << fmt::format("<li>{} media and limited files skipped unread and {} files in formats dataaudit does not read "
                     "(photos, videos, audio, PDF, databases): a position in a photo's EXIF data is not on the map.</li>\n",
                     a.files.skipped, a.files.unrecognised)
      << "<li>Per field, its 10 most frequent values; per kind, its 20 most frequent: counted with 16 counters per "
         "field (Space-Saving), so a count marked ~ may exceed the truth by at most the field's values / 16.</li>\n"
      << (map.cells.empty() ? std::string()
                            : fmt::format("<li>The map thins positions on a grid of {} degrees (at most 20,000 "
                                          "cells), one mark per cell.</li>\n", HtmlDegrees(map.grid_degrees)))
      << "<li>The timeline counts records with a date; records without one are in the tables only.</li>\n"
      << "<li>Only what the export holds: a company may know more than it put in the export.</li>\n</ul>\n";
}

void Archive(const ArchiveReport& a, std::size_t index, std::ostream& out) {
  const std::string id = fmt::format("a{}", index + 1);
  out << "<article id=\"" << id << "\">\n";
  Identity(a, out);
  Nav(id, out);
  Headlines(a, id, out);
  Sensitive(a, out);
  out << "<h2 id=\"" << id << "-map\">Map</h2>\n";
  WriteHtmlMap(a.map, a.values_shown, out);
  out << "<h2 id=\"" << id << "-timeline\">Timeline</h2>\n";
  WriteHtmlTimeline(a.timeline, out);
  out << "<h2 id=\"" << id << "-categories\">Fields by category</h2>\n";
  WriteHtmlCategories(a, id, out);
  out << "<h2 id=\"" << id << "-values\">The values behind each kind</h2>\n";
  WriteHtmlValues(a, id, out);
  Notes(a, a.map, id, out);
  out << "</article>\n";
}

}  // namespace

void PrintHtml(const Report& report, const PrintStyle&, std::ostream& out) {
  Head(report, out);
  for (std::size_t i = 0; i < report.archives.size(); ++i) Archive(report.archives[i], i, out);
  out << "<p class=\"note\">Made by dataaudit " << DATAAUDIT_VERSION
      << " on this computer, from the export alone: nothing was sent anywhere.</p>\n</main>\n<script>"
      << EmbeddedHtmlAssets().js << "</script>\n</body>\n</html>\n";
}

}  // namespace dataaudit
