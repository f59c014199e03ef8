#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "text/display_width.h"

namespace dataaudit {
std::string FormatBytes(std::uint64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes) / 1024;
  std::size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) value /= 1024, ++unit;
  return fmt::format("{:.1f} {}", value, kUnits[unit]);
}

std::string FormatProgress(const ProgressState& state, std::size_t width) {
  std::string line = fmt::format("dataaudit: {}/{} inputs done", state.inputs_done, state.inputs_total);
  if (state.bytes_read) {
    // Readers read a little more than the inputs hold (zip directories read twice):
    // never show more read than there is.
    const std::uint64_t read = state.bytes_total > 0 ? std::min(*state.bytes_read, state.bytes_total) : *state.bytes_read;
    line += fmt::format(", {} of {} read", FormatBytes(read), FormatBytes(state.bytes_total));
    if (state.bytes_total > 0) {
      // Never claim to be done before the last input is.
      const std::uint64_t percent = std::min<std::uint64_t>(99, *state.bytes_read * 100 / state.bytes_total);
      line += fmt::format(" ({}%)", percent);
    }
  }
  if (!state.current.empty()) line += ", auditing " + state.current;
  return CutToWidth(line, width);
}

bool ShowsProgress(bool stderr_is_terminal, bool quiet) {
  return stderr_is_terminal && !quiet;
}

void ProgressLine::Update(const ProgressState& state, std::chrono::milliseconds elapsed) {
  if (!enabled_ || elapsed < delay_) return;
  // Carriage return, the line, then erase to the end of the line: no flicker, and a
  // shorter line leaves nothing of the longer one before it.
  out_ << '\r' << FormatProgress(state, width_ > 1 ? width_ - 1 : width_) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

std::optional<std::uint64_t> ProcessBytesRead() {
  std::ifstream io("/proc/self/io");
  std::string key;
  std::uint64_t value = 0;
  while (io >> key >> value)
    if (key == "rchar:") return value;
  return std::nullopt;
}

std::uint64_t InputBytes(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
  }
  std::uint64_t total = 0;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      const auto size = it->file_size(size_ec);
      if (!size_ec) total += size;
    }
  }
  return total;
}

std::size_t TerminalWidth(int fd) {
  if (const char* columns = std::getenv("COLUMNS")) {
    const long value = std::strtol(columns, nullptr, 10);
    if (value > 0) return static_cast<std::size_t>(std::max(value, 20L));
  }
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 100;
}

}  // namespace dataaudit
