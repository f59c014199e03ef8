// The NDJSON report: one line per archive, each a complete JSON object: the archive
// object of the JSON report (json_archive.h) with "schema_version" first. A failed input
// is a line like any other, with its "error", so a stream of lines stays parseable
// whatever happens to one input.

#include "print/json_archive.h"
#include "print/printer.h"

namespace dataaudit {

void PrintNdjsonArchive(const ArchiveReport& archive, const PrintStyle&, std::ostream& out) {
  WriteArchiveJson(archive, nlohmann::ordered_json{{"schema_version", kJsonSchemaVersion}}, -1, 0, out);
  out << '\n';
}

void PrintNdjson(const Report& report, const PrintStyle& style, std::ostream& out) {
  for (const ArchiveReport& archive : report.archives) PrintNdjsonArchive(archive, style, out);
}

}  // namespace dataaudit
