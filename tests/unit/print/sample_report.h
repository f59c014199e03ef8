#pragma once
// A small hand-built Report for printer tests: one archive with a contact field, an
// unclassified field, a failed nested member and a diagnostic.

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
  return a;
}

inline Report SampleReport() {
  Report r;
  r.archives.push_back(SampleArchive());
  return r;
}

}  // namespace dataaudit::testing
