#pragma once
// The command line of an audit (`dataaudit [options] INPUT...`): what the user asked
// for, parsed and checked for form before any work. Names that depend on the rules
// (platforms, categories, kinds) are checked later, by src/cli/selection.h. The
// `rules` and `list` commands have command lines of their own (rules_command.h,
// list_command.h); dispatch.h tells which one argv holds.

#include <cstdint>
#include <string>
#include <vector>

#include "audit/export_parts.h"

namespace dataaudit {

enum class ColorMode { kAuto, kAlways, kNever };

struct CommandLine {
  std::vector<std::string> inputs;  ///< As given; "-" is standard input.
  std::string format = "text";  ///< A printer's name (--summary is "summary").
  std::string output;           ///< Empty or "-": standard output.
  ColorMode color = ColorMode::kAuto;
  bool show_values = false;
  bool quiet = false;  ///< No progress line.
  std::vector<std::string> rule_dirs;  ///< $DATAAUDIT_RULES's folders, then each --rules.
  bool default_rules = true;
  std::string platform;  ///< Empty: detect.
  std::vector<std::string> categories;  ///< --category; empty: all.
  std::vector<std::string> kinds;       ///< --kind; empty: all.
  std::string min_confidence;           ///< --min-confidence; empty: any.
  std::vector<std::string> fail_on;     ///< --fail-on terms, split at commas.
  int max_archive_depth = 3;
  // Limits against hostile input (AuditOptions and ReaderLimits say what each bounds).
  std::uint64_t max_member_mib = 16384;
  std::uint64_t max_total_gib = 256;
  double max_ratio = 1000;
  std::uint64_t max_nested_mib = 64;
  std::uint64_t max_members = 1000000;
  std::size_t max_path_bytes = 4096;
  std::size_t max_nesting = 512;
  std::size_t max_fields = 200000;
  std::size_t max_file_fields = 20000;     ///< Distinct paths of one file.
  std::size_t max_field_path = 1024;       ///< Bytes of one field path.
  std::size_t max_line_length = 1 << 20;   ///< Bytes of one logical line.
  std::size_t max_encoded_word = 1024;     ///< Bytes of one RFC 2047 encoded word.
  std::size_t max_attributes = 256;        ///< Attributes of one HTML element.
  std::size_t max_columns = 4096;          ///< Cells of one CSV row.
  std::size_t max_header_size = 65536;     ///< Bytes of one CSV header row.
  std::size_t max_label_frames = 64;       ///< Nested JSON label/value objects.
  MergeMode merge = MergeMode::kAuto;  ///< --merge, --no-merge.
  int jobs = 0;  ///< Cores to use; 0: the number of cores.
  std::size_t top_fields = 5;
  bool values = false;  ///< --values: the text report lists each kind's top values.
};

/// The folders of $DATAAUDIT_RULES (colon-separated, empty entries skipped), loaded
/// before any --rules folder by every command.
std::vector<std::string> RuleDirsFromEnvironment();

/// The --help text for a terminal `width` columns wide.
std::string AuditHelp(std::size_t width);

/// Parses argv. Returns -1 to go on, or the exit status to leave with (help, version,
/// usage errors: 0 or 2), having printed what was needed.
int ParseCommandLine(int argc, char** argv, CommandLine* out);

}  // namespace dataaudit
