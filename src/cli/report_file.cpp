#include "cli/report_file.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace dataaudit {
namespace {

namespace fs = std::filesystem;

// `path` with symbolic links and `..` resolved as far as it exists.
fs::path Resolved(const std::string& path) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal() : resolved;
}

// True when `path` is `folder` or lies under it, compared component by component.
bool IsWithin(const fs::path& path, const fs::path& folder) {
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
    if (f->empty()) continue;  // the trailing "" of "dir/"
    if (p == path.end() || *p != *f) return false;
  }
  return true;
}

// The mode of the report: the old report's, or what a new file gets from the umask.
mode_t ReportMode(const std::string& target) {
  struct stat old {};
  if (::stat(target.c_str(), &old) == 0) return old.st_mode & 07777;
  const mode_t mask = ::umask(0);  // read it back: there is no other way; no thread runs yet
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

std::string CheckReportPath(const std::string& output, const std::vector<std::string>& inputs) {
  const fs::path out = Resolved(output);
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) continue;  // a missing input is reported by the audit
    if (fs::is_directory(status)) {
      if (IsWithin(out, Resolved(input)))
        return fmt::format("{}: the report would be written inside the input folder {}; choose a path outside it",
                           output, input);
      continue;
    }
    if (out == Resolved(input) || fs::equivalent(output, input, ec))
      return fmt::format("{}: the report would overwrite the input {}; choose another path", output, input);
  }
  return "";
}

ReportFile::~ReportFile() {
  if (temporary_.empty()) return;
  stream_.close();
  std::remove(temporary_.c_str());
}

bool ReportFile::Open(const std::string& path, std::string* error) {
  shown_ = path;
  // A symbolic link given as -o is followed: its target gets the report, as with `>`.
  const fs::path target = Resolved(path);
  target_ = target.string();
  std::error_code ec;
  const fs::file_status status = fs::status(target, ec);
  if (fs::is_directory(status)) {
    *error = fmt::format("{}: is a directory", path);
    return false;
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) return OpenDirect(error);  // /dev/null, a FIFO
  // ".name.XXXXXX" in the target's folder: rename() is atomic only within one file system.
  std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    *error = fmt::format("{}: cannot write the report: {}", path, std::strerror(errno));
    return false;
  }
  ::fchmod(fd, ReportMode(target_));
  ::close(fd);
  temporary_ = pattern;
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    *error = fmt::format("{}: cannot write the report", path);
    return false;
  }
  return true;
}

// A device or FIFO is written as it is: there is nothing to replace, and renaming a
// file over /dev/null would replace the device itself.
bool ReportFile::OpenDirect(std::string* error) {
  stream_.open(target_, std::ios::binary | std::ios::trunc);
  if (!stream_) *error = fmt::format("{}: cannot write the report", shown_);
  return static_cast<bool>(stream_);
}

bool ReportFile::Commit(std::string* error) {
  stream_.close();
  if (!stream_) {
    *error = fmt::format("{}: cannot write the report", shown_);
    return false;
  }
  if (temporary_.empty()) return true;  // written directly
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    *error = fmt::format("{}: cannot write the report: {}", shown_, std::strerror(errno));
    return false;
  }
  temporary_.clear();
  return true;
}

}  // namespace dataaudit
