#pragma once
// The command line: what the user asked for, parsed and checked before any work.

#include <string>
#include <vector>

namespace dataaudit {

enum class ColorMode { kAuto, kAlways, kNever };

struct CommandLine {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output;  ///< Empty: standard output.
  ColorMode color = ColorMode::kAuto;
  bool show_values = false;
  std::vector<std::string> rule_dirs;
  bool default_rules = true;
  std::string platform;  ///< Empty: detect.
  int max_archive_depth = 3;
  int jobs = 0;  ///< 0: the number of cores.
  std::size_t top_fields = 5;
};

/// Parses argv. Returns -1 to go on, or the exit status to leave with (help, version,
/// usage errors: 0 or 2), having printed what was needed.
int ParseCommandLine(int argc, char** argv, CommandLine* out);

}  // namespace dataaudit
