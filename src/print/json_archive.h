#pragma once
// The JSON form of one archive's report, shared by the json printer (one document with
// every archive) and the ndjson printer (one line per archive), so that the two can
// never disagree. The shape is documented in man/dataaudit.1 (JSON OUTPUT) and in
// schema/report.schema.json.

#include <string>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace dataaudit {

/// The version of the JSON shape. It changes only when a member is removed or renamed
/// or its type or meaning changes; members may be added within a version.
inline constexpr int kJsonSchemaVersion = 1;

/// The archive object; with `with_fields` false its "fields" array is left empty.
nlohmann::ordered_json ArchiveJson(const ArchiveReport& archive, bool with_fields = true);

/// Writes the archive object as DumpJson would (indent < 0: one line), `depth` levels
/// deep in the enclosing document, after the members of `leading` (e.g. NDJSON's
/// schema_version), writing its fields one at a time so that a report with 100,000
/// fields never exists as one JSON tree.
void WriteArchiveJson(const ArchiveReport& archive, const nlohmann::ordered_json& leading, int indent, int depth,
                      std::ostream& out);

/// Serialises `json` (indent < 0: one line). Archive content may hold invalid UTF-8,
/// which is replaced rather than failing the report.
std::string DumpJson(const nlohmann::ordered_json& json, int indent);

}  // namespace dataaudit
