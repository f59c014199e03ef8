// The JSON report: one document, documented in man/dataaudit.1 (JSON OUTPUT) and
// schema/report.schema.json. The per-archive object is also what the ndjson printer
// writes, one line per archive (see json_archive.h for the schema_version policy).

#include "text/timestamp.h"
#include "print/json_archive.h"
#include "print/printer.h"

namespace dataaudit {
namespace {

using Json = nlohmann::ordered_json;

Json OptionalTime(const std::optional<std::int64_t>& time) {
  return time ? Json(FormatIsoTime(*time)) : Json(nullptr);
}

Json ValuesJson(const std::vector<ValueEntry>& values) {
  Json out = Json::array();
  for (const ValueEntry& v : values)
    out.push_back(Json{{"value", v.value}, {"count", v.count}, {"error", v.error},
                       {"first_seen", OptionalTime(v.first_seen)}, {"last_seen", OptionalTime(v.last_seen)},
                       {"sensitive", v.sensitive}});
  return out;
}

Json FieldJson(const FieldEntry& f) {
  return Json{{"file", f.file},         {"path", f.path},
              {"category", f.category}, {"kind", f.kind},
              {"rule", f.rule},         {"confidence", f.confidence},
              {"count", f.count},       {"distinct", f.distinct},
              {"first_seen", OptionalTime(f.first_seen)},
              {"last_seen", OptionalTime(f.last_seen)},
              {"sample", f.sample},
              {"top_values", ValuesJson(f.top_values)}};
}

}  // namespace

Json ArchiveJson(const ArchiveReport& a, bool with_fields) {
  Json archive{{"input", a.input}};
  if (a.parts.size() > 1) archive["parts"] = a.parts;
  archive["platform"] = a.platform;
  archive["platforms"] = a.platforms;
  archive["platform_evidence"] = a.platform_evidence;
  if (a.failed) archive["error"] = a.error;
  archive["files"] = Json{{"total", a.files.total},
                          {"parsed", a.files.parsed},
                          {"skipped", a.files.skipped},
                          {"unrecognised", a.files.unrecognised},
                          {"errors", a.files.errors}};
  Json headlines = Json::array();
  for (const Headline& h : a.headlines)
    headlines.push_back(Json{{"id", h.id}, {"count", h.count}, {"estimate", h.estimate},
                             {"first_seen", OptionalTime(h.first_seen)}, {"last_seen", OptionalTime(h.last_seen)},
                             {"text", h.text}, {"fields", h.fields}});
  archive["headlines"] = std::move(headlines);
  Json summary = Json::object();
  for (const CategoryTotals& t : a.summary) summary[t.category] = Json{{"fields", t.fields}, {"values", t.values}};
  archive["summary"] = std::move(summary);
  Json sensitive_categories = Json::object();
  for (const auto& [category, count] : a.sensitive.categories) sensitive_categories[category] = count;
  archive["sensitive"] = Json{{"count", a.sensitive.count}, {"categories", std::move(sensitive_categories)},
                              {"values", a.sensitive.values}};
  Json fields = Json::array();
  if (with_fields)
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

namespace {

// `text` with every line after the first indented by `spaces` more.
std::string Reindent(std::string text, std::size_t spaces) {
  if (spaces == 0) return text;
  const std::string newline = "\n" + std::string(spaces, ' ');
  std::string out;
  out.reserve(text.size() + spaces * 16);
  for (char c : text) {
    if (c == '\n') out += newline;
    else out += c;
  }
  return out;
}

// Writes `object` (dumped with `indent`, sitting `depth` levels deep) with its empty
// array member `key` replaced by `count` elements, each written by `element(i, depth)`
// one at a time: the document is never one tree in memory.
template <typename WriteElement>
void WriteWithStreamedArray(const Json& object, std::string_view key, std::size_t count, int indent, int depth,
                            std::ostream& out, WriteElement element) {
  const std::size_t step = indent > 0 ? static_cast<std::size_t>(indent) : 0;
  const std::string text = Reindent(DumpJson(object, indent), step * static_cast<std::size_t>(depth));
  const std::string marker = "\"" + std::string(key) + "\":" + (indent >= 0 ? " []" : "[]");
  const std::size_t at = text.find(marker);  // quotes inside strings are escaped: only the key matches
  out << text.substr(0, at + marker.size() - 2);
  if (count == 0) {
    out << "[]";
  } else {
    out << '[';
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) out << ',';
      if (step > 0) out << '\n' << std::string(step * static_cast<std::size_t>(depth + 2), ' ');
      element(i, depth + 2);
    }
    if (step > 0) out << '\n' << std::string(step * static_cast<std::size_t>(depth + 1), ' ');
    out << ']';
  }
  out << text.substr(at + marker.size());
}

}  // namespace

void WriteArchiveJson(const ArchiveReport& archive, const Json& leading, int indent, int depth, std::ostream& out) {
  Json object = leading;
  Json members = ArchiveJson(archive, false);  // named: items() must not outlive it
  for (auto& [key, value] : members.items()) object[key] = std::move(value);
  const std::size_t step = indent > 0 ? static_cast<std::size_t>(indent) : 0;
  WriteWithStreamedArray(object, "fields", archive.fields.size(), indent, depth, out, [&](std::size_t i, int at) {
    out << Reindent(DumpJson(FieldJson(archive.fields[i]), indent), step * static_cast<std::size_t>(at));
  });
}

void PrintJson(const Report& report, const PrintStyle&, std::ostream& out) {
  const Json root{{"schema_version", kJsonSchemaVersion},
                  {"tool", Json{{"name", "dataaudit"}, {"version", DATAAUDIT_VERSION}}},
                  {"archives", Json::array()}};
  WriteWithStreamedArray(root, "archives", report.archives.size(), 2, 0, out, [&](std::size_t i, int at) {
    WriteArchiveJson(report.archives[i], Json::object(), 2, at, out);
  });
  out << '\n';
}

}  // namespace dataaudit
