#pragma once
// Runs the pipeline for one input: members -> documents -> fields.
//
// Each member is dispatched by format: media is counted and skipped unread; a nested
// archive is read into memory (up to a size limit) and audited recursively up to a
// depth limit, its members named "outer.zip!inner/path"; documents stream through their
// reader into a FieldTable. Any problem with one member becomes a diagnostic and the
// audit goes on with the next; an exception in a member (out of memory) also marks the
// input failed. Member paths also feed platform detection, and members
// of a Meta export pass through the mojibake repair before anything classifies them.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "archive/input.h"
#include "audit/audit_result.h"
#include "classify/classifier.h"
#include "documents/document_reader.h"
#include "fields/field_stats.h"

namespace dataaudit {

struct AuditOptions {
  ReaderLimits reader;
  int max_archive_depth = 3;                       ///< Archives inside archives.
  /// Nested archives are held in memory while read: this bounds all those open at once.
  std::uint64_t max_nested_archive_bytes = 64ull << 20;
  std::size_t max_paths_per_member = 20000;      ///< Distinct paths of one member.
  std::size_t max_field_path_bytes = 1024;       ///< Length of one field's path (PathTree).
  std::size_t max_fields = 200000;               ///< Fields kept for one input (memory).
  std::size_t top_values_budget = kTopValuesBudgetBytes;  ///< Bytes of top values kept for one input.
  // Limits against hostile archives; each one hit is a warning naming the member, the
  // member (or the rest of the input) is skipped, and the audit goes on.
  std::uint64_t max_member_bytes = 16ull << 30;  ///< Uncompressed bytes read from one member.
  std::uint64_t max_total_bytes = 256ull << 30;  ///< Uncompressed bytes read from one input.
  std::uint64_t max_members = 1000000;           ///< Members of one input.
  std::size_t max_path_bytes = 4096;             ///< Length of a member path.
  ReadLimits read;                               ///< Compression ratio (zip bombs).
  std::string platform;  ///< Declared with --platform; empty: detect from member paths.
  int jobs = 2;  ///< 1: one thread; more: decompress on a second, aggregate large members on a third.
  /// Told the path of each top-level member as its reading starts (for a progress
  /// line), on the thread that audits the input; may be empty.
  std::function<void(const std::string& member)> on_member;
};

AuditResult AuditInput(const std::string& input, const Classifier& classifier,
                       const AuditOptions& options);

/// Audits the parts of one export (Takeout's -001.zip, -002.zip...) as one: a member
/// that several parts carry counts once. `parts` is not empty.
AuditResult AuditParts(const std::vector<std::string>& parts, const Classifier& classifier,
                       const AuditOptions& options);

}  // namespace dataaudit
