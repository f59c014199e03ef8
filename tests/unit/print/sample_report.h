#pragma once
// A small hand-built Report for printer tests: one archive with a contact field, an
// unclassified field, a failed nested member and a diagnostic, and the values, timeline
// and map such an archive would have.

#include "report/report.h"
#include "rules/rule.h"

namespace dataaudit::testing {

inline FieldEntry SampleField(std::string file, std::string path, std::string category, std::string kind,
                              std::uint64_t count, std::string sample) {
  FieldEntry f;
  f.file = std::move(file);
  f.path = std::move(path);
  f.category = std::move(category);
  f.kind = std::move(kind);
  f.holds = f.kind == "email" ? "e-mail addresses" : "values no rule claims";
  f.rule = f.kind == "email" ? "contact.email.key" : "";
  f.confidence = f.kind == "email" ? "high" : "";
  f.count = count;
  f.distinct = count;
  f.sample = std::move(sample);
  return f;
}

inline ArchiveReport SampleArchive() {
  ArchiveReport a;
  a.input = "takeout.zip";
  a.files.total = 4;
  a.files.parsed = 2;
  a.files.skipped = 1;
  a.files.unrecognised = 1;
  a.files.errors = 0;
  FieldEntry email = SampleField("profile.json", "/emails/*", "contact", "email", 3, "j•••@example.org");
  email.first_seen = 1700000000;
  email.last_seen = 1710000000;
  a.fields.push_back(email);
  a.fields.push_back(SampleField("notes.txt", "/line", "unclassified", "unclassified", 9, "he•••"));
  for (const std::string& category : Categories()) a.summary.push_back({category, 0, 0});
  a.summary.push_back({"unclassified", 1, 9});
  for (CategoryTotals& t : a.summary)
    if (t.category == "contact") t.fields = 1, t.values = 3;
  a.diagnostics.push_back({"broken.json", "error", "json parse error: invalid JSON at byte 7"});
  // The data views: the values of the e-mail kind, a timeline of two months, a map of two cells.
  a.fields[0].top_values = {{"j•••@example.org", 2, 0, 1700000000, 1710000000, false},
                            {"s•••@example.org", 1, 0, 1700000000, 1700000000, false}};
  a.kind_values.push_back({"contact", "email", "e-mail addresses", 1, 3, a.fields[0].top_values});
  a.kind_values.push_back({"unclassified", "unclassified", "values no rule claims", 1, 9, {}});
  a.timeline.unit = "month";
  a.timeline.first = 1698796800;  // 2023-11-01
  a.timeline.last = 1709251200;   // 2024-03-01
  a.timeline.series.push_back({"contact", {{1698796800, 2}, {1709251200, 1}}});
  a.map.grid_degrees = 0.1;
  a.map.positions = 3;
  a.map.cells = {{48.8, 2.3, 2}, {45.8, 4.8, 1}};
  return a;
}

inline Report SampleReport() {
  Report r;
  r.archives.push_back(SampleArchive());
  return r;
}

}  // namespace dataaudit::testing
