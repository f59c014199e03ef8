#pragma once
// The progress line on standard error during long audits:
//
//   dataaudit: 1/3 inputs done, 1.2 GiB of 3.4 GiB read (35%), auditing takeout-002.zip: Takeout/Maps/x.json
//
// It is drawn only when the caller says so (stderr is a terminal and no --quiet: see
// ShowsProgress), first after a delay so that
// quick runs never show it, always on one line that is rewritten in place, and erased
// before anything else is written to the terminal. Bytes are the bytes the process has
// read from files (Linux /proc/self/io), against the sizes of the inputs.

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace dataaudit {

struct ProgressState {
  std::size_t inputs_done = 0;
  std::size_t inputs_total = 0;
  std::optional<std::uint64_t> bytes_read;  ///< Unknown when the system does not say.
  std::uint64_t bytes_total = 0;
  std::string current;  ///< The inputs being audited, e.g. "a.zip" or "a.zip +2 more".
};

/// The line for `state`, cut to `width` display columns.
std::string FormatProgress(const ProgressState& state, std::size_t width);

/// "512 B", "12.3 KiB", "1.2 GiB".
std::string FormatBytes(std::uint64_t bytes);

/// True when a progress line may be drawn: stderr is a terminal and --quiet is not
/// given, whatever the format (the report goes to stdout, the line to stderr).
bool ShowsProgress(bool stderr_is_terminal, bool quiet);

class ProgressLine {
 public:
  ProgressLine(std::ostream& out, bool enabled, std::size_t width,
               std::chrono::milliseconds delay = std::chrono::milliseconds(500))
      : out_(out), enabled_(enabled), width_(width), delay_(delay) {}
  ~ProgressLine() { Clear(); }

  /// Redraws the line, once `elapsed` (since the audit began) reaches the delay.
  void Update(const ProgressState& state, std::chrono::milliseconds elapsed);
  /// Erases the line if one is drawn; the next Update draws it again.
  void Clear();

 private:
  std::ostream& out_;
  bool enabled_;
  std::size_t width_;
  std::chrono::milliseconds delay_;
  bool drawn_ = false;
};

/// The bytes this process has read so far (rchar of /proc/self/io), if known.
std::optional<std::uint64_t> ProcessBytesRead();

/// The size of an input: a file's size, or the sum over a directory's regular files.
std::uint64_t InputBytes(const std::string& path);

/// The columns text written to file descriptor `fd` may take: $COLUMNS when set (to a
/// number), else the width of the terminal `fd` is, else 100 (a file or a pipe).
std::size_t TerminalWidth(int fd);

}  // namespace dataaudit
