#pragma once
// The report file named with -o: never one of the inputs, and never left half-written.
//
// CheckReportPath refuses an -o that resolves (after symbolic links and `..`) to an input
// file, to the same file under another name (a hard link), or to any path inside an
// input folder, before anything is opened for writing. ReportFile writes the report to a
// temporary file beside the target and renames it into place on Commit(), so a run that
// fails or dies while writing leaves an older report as it was. A target that exists
// and is not a regular file (/dev/null, a FIFO) is written directly.

#include <fstream>
#include <string>
#include <vector>

namespace dataaudit {

/// Why `output` may not receive the report of `inputs`; empty when it may.
std::string CheckReportPath(const std::string& output, const std::vector<std::string>& inputs);

class ReportFile {
 public:
  ReportFile() = default;
  ReportFile(const ReportFile&) = delete;
  ReportFile& operator=(const ReportFile&) = delete;
  /// Removes the temporary file unless Commit() succeeded.
  ~ReportFile();

  /// Creates the temporary file beside `path`. False, with `error` set, when it cannot.
  bool Open(const std::string& path, std::string* error);
  std::ostream& stream() { return stream_; }
  /// Flushes and closes the temporary file and renames it to the path given to Open().
  /// False, with `error` set, when writing or renaming failed; the target is then untouched.
  bool Commit(std::string* error);

 private:
  bool OpenDirect(std::string* error);

  std::string shown_;      // the path as given, for messages
  std::string target_;     // the path resolved: a symbolic link's target
  std::string temporary_;  // empty once renamed or removed
  std::ofstream stream_;
};

}  // namespace dataaudit
