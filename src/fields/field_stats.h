#pragma once
// What the pipeline knows about one field (a path in one member) after reading it.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fields/distinct_counter.h"
#include "fields/top_values.h"

namespace dataaudit {

struct Rule;

/// The values of a field that one rule claimed.
struct RuleTally {
  const Rule* rule = nullptr;
  std::uint64_t count = 0;
  std::string sample;  ///< The first value claimed, unredacted (redaction is the report's job).
};

struct FieldStats {
  std::string file;  ///< Member path as read (before top-folder stripping).
  std::string path;  ///< Normalised path, e.g. "/logins/*/ip".
  std::uint64_t count = 0;  ///< Non-empty values.
  DistinctCounter distinct;
  std::optional<std::int64_t> first_seen, last_seen;  ///< From the records' timestamps.
  std::vector<RuleTally> tallies;  ///< In order of first claim.
  std::uint64_t unclassified = 0;  ///< Values no rule claimed.
  std::string unclassified_sample;
  /// Values flagged possibly sensitive, per special category, and the first distinct ones.
  std::map<std::string, std::uint64_t> sensitive_counts;
  std::vector<std::string> sensitive_values;
  /// Its most frequent values, most frequent first: at most kReportedTopValues of the
  /// TopValues counters (fields/top_values.h states the error bound).
  std::vector<TopValue> top_values;
};

inline constexpr std::size_t kReportedTopValues = 10;
/// Bytes of top values one input keeps in all (values and their entries). Fields are many
/// (up to --max-fields), so without it their top values alone could take hundreds of
/// megabytes; the fields read once it is spent report none, and a warning says so.
inline constexpr std::size_t kTopValuesBudgetBytes = std::size_t{32} << 20;

/// The bytes `values` holds, as counted against kTopValuesBudgetBytes.
inline std::size_t TopValuesBytes(const std::vector<TopValue>& values) {
  std::size_t bytes = values.capacity() * sizeof(TopValue);
  for (const TopValue& v : values) bytes += v.value.capacity();
  return bytes;
}

}  // namespace dataaudit
