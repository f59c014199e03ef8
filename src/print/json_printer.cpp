// The JSON report: one document, documented in man/dataaudit.1 (JSON OUTPUT) and
// schema/report.schema.json. The per-archive object is also what the ndjson printer
// writes, one line per archive (see json_archive.h for the schema_version policy).

#include "fields/timestamp.h"
#include "print/json_archive.h"
#include "print/printer.h"

namespace dataaudit {
namespace {

using Json = nlohmann::ordered_json;

Json OptionalTime(const std::optional<std::int64_t>& time) {
  return time ? Json(FormatIsoTime(*time)) : Json(nullptr);
}

Json FieldJson(const FieldEntry& f) {
  return Json{{"file", f.file},         {"path", f.path},
              {"category", f.category}, {"kind", f.kind},
              {"rule", f.rule},         {"confidence", f.confidence},
              {"count", f.count},       {"distinct", f.distinct},
              {"first_seen", OptionalTime(f.first_seen)},
              {"last_seen", OptionalTime(f.last_seen)},
              {"sample", f.sample}};
}

}  // namespace

Json ArchiveJson(const ArchiveReport& a) {
  Json archive{{"input", a.input}};
  if (a.parts.size() > 1) archive["parts"] = a.parts;
  archive["platform"] = a.platform;
  archive["platforms"] = a.platforms;
  if (a.failed) archive["error"] = a.error;
  archive["files"] = Json{{"total", a.files.total},
                          {"parsed", a.files.parsed},
                          {"skipped", a.files.skipped},
                          {"unrecognised", a.files.unrecognised},
                          {"errors", a.files.errors}};
  Json headlines = Json::array();
  for (const Headline& h : a.headlines)
    headlines.push_back(Json{{"id", h.id}, {"count", h.count}, {"first_seen", OptionalTime(h.first_seen)},
                             {"last_seen", OptionalTime(h.last_seen)}, {"text", h.text}});
  archive["headlines"] = std::move(headlines);
  Json summary = Json::object();
  for (const CategoryTotals& t : a.summary) summary[t.category] = Json{{"fields", t.fields}, {"values", t.values}};
  archive["summary"] = std::move(summary);
  Json sensitive_categories = Json::object();
  for (const auto& [category, count] : a.sensitive.categories) sensitive_categories[category] = count;
  archive["sensitive"] = Json{{"count", a.sensitive.count}, {"categories", std::move(sensitive_categories)},
                              {"values", a.sensitive.values}};
  Json fields = Json::array();
  for (const FieldEntry& f : a.fields) fields.push_back(FieldJson(f));
  archive["fields"] = std::move(fields);
  Json diagnostics = Json::array();
  for (const ReportDiagnostic& d : a.diagnostics)
    diagnostics.push_back(Json{{"file", d.file}, {"severity", d.severity}, {"message", d.message}});
  archive["diagnostics"] = std::move(diagnostics);
  return archive;
}

std::string DumpJson(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

void PrintJson(const Report& report, const PrintStyle&, std::ostream& out) {
  Json root{{"schema_version", kJsonSchemaVersion},
            {"tool", Json{{"name", "dataaudit"}, {"version", DATAAUDIT_VERSION}}}};
  Json archives = Json::array();
  for (const ArchiveReport& a : report.archives) archives.push_back(ArchiveJson(a));
  root["archives"] = std::move(archives);
  out << DumpJson(root, 2) << '\n';
}

}  // namespace dataaudit
