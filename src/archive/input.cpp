#include "archive/input.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "archive/unsupported_archive.h"
#include "archive/zip_reader.h"

namespace dataaudit {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kFileChunk = 1 << 18;

struct ArchiveCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

class ArchiveMemberData final : public MemberData {
 public:
  ArchiveMemberData(archive* a, const ReadLimits& limits)
      : archive_(a), limits_(limits), compressed_at_start_(archive_filter_bytes(a, -1)) {}

  bool Read(std::string_view* chunk, std::string* error) override {
    if (!ReadBlock(chunk, error)) return false;
    produced_ += chunk->size();
    if (produced_ > kRatioGrace) {
      const auto compressed = static_cast<double>(archive_filter_bytes(archive_, -1) - compressed_at_start_) + 1;
      if (static_cast<double>(produced_) / compressed > limits_.max_compression_ratio) {
        *error = fmt::format("compression ratio above {:.0f}:1 (a zip bomb?); the rest of the member is skipped",
                             limits_.max_compression_ratio);
        return false;
      }
    }
    return true;
  }

 private:
  static constexpr std::uint64_t kRatioGrace = 16u << 20;

  bool ReadBlock(std::string_view* chunk, std::string* error) {
    const void* buffer = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    const int r = archive_read_data_block(archive_, &buffer, &size, &offset);
    if (r == ARCHIVE_EOF) {
      *chunk = {};
      return true;
    }
    if (r < ARCHIVE_WARN) {
      const char* message = archive_error_string(archive_);
      *error = message != nullptr ? message : "read error";
      return false;
    }
    *chunk = std::string_view(static_cast<const char*>(buffer), size);
    return true;
  }

  archive* archive_;
  const ReadLimits& limits_;
  const la_int64_t compressed_at_start_;
  std::uint64_t produced_ = 0;
};

class FileMemberData final : public MemberData {
 public:
  explicit FileMemberData(std::FILE* file) : file_(file), buffer_(kFileChunk) {}
  bool Read(std::string_view* chunk, std::string* error) override {
    const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    if (n == 0 && std::ferror(file_)) {
      *error = "read error";
      return false;
    }
    *chunk = std::string_view(buffer_.data(), n);
    return true;
  }

 private:
  std::FILE* file_;
  std::vector<char> buffer_;
};

std::string EntryPath(archive_entry* entry) {
  const char* utf8 = archive_entry_pathname_utf8(entry);
  const char* raw = utf8 != nullptr ? utf8 : archive_entry_pathname(entry);
  std::string path = raw != nullptr ? raw : "";
  while (path.starts_with("./")) path.erase(0, 2);
  while (path.starts_with('/')) path.erase(0, 1);
  return path;
}

std::string EntryTypeName(mode_t type) {
  switch (type) {
    case AE_IFLNK: return "symbolic link";
    case AE_IFCHR: return "character device";
    case AE_IFBLK: return "block device";
    case AE_IFIFO: return "FIFO";
    case AE_IFSOCK: return "socket";
    default: return "special file";
  }
}

// True when libarchive can pass over the rest of a member without decompressing it: a
// tar, cpio or ar that no compression filter wraps (it seeks), or a zip member whose
// size is known (libarchive skips its compressed bytes; one whose sizes come only after
// its data, in a zip read without its directory, has to be inflated to find its end).
bool SkipsCheaply(archive* a, archive_entry* entry) {
  for (int i = 0; i < archive_filter_count(a); ++i)
    if (archive_filter_code(a, i) != ARCHIVE_FILTER_NONE) return false;
  switch (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_TAR:
    case ARCHIVE_FORMAT_CPIO:
    case ARCHIVE_FORMAT_AR: return true;
    case ARCHIVE_FORMAT_ZIP: return archive_entry_size_is_set(entry) != 0;
    default: return false;
  }
}

// Moves past what the visitor left of a member. In a solid compressed stream (tar.bz2,
// tar.gz, 7z) that means decompressing it, so the skipped bytes count against the
// compression ratio (through `data`) and `skipped` against max_skipped_bytes: a run of
// zeros in a skipped member cannot hang the audit. False, with `error` set, when a limit
// stops the skip: the members after it cannot be reached.
bool SkipRest(archive* a, archive_entry* entry, MemberData& data, const ReadLimits& limits, std::uint64_t& skipped,
              std::string* error) {
  if (SkipsCheaply(a, entry)) return archive_read_data_skip(a) == ARCHIVE_OK || (*error = "read error", false);
  std::string_view chunk;
  do {
    if (!data.Read(&chunk, error)) return false;
    skipped += chunk.size();
    if (skipped > limits.max_skipped_bytes) {
      *error = fmt::format("more than {} MiB decompressed to skip members", limits.max_skipped_bytes >> 20);
      return false;
    }
  } while (!chunk.empty());
  return true;
}

InputStatus VisitArchive(archive* a, MemberVisitor& visitor, const ReadLimits& limits) {
  InputStatus status;
  archive_entry* entry = nullptr;
  std::uint64_t skipped = 0;
  int r = ARCHIVE_OK;
  while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
    const mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFDIR) continue;
    const std::string path = EntryPath(entry);
    if (archive_entry_hardlink(entry) != nullptr) {
      visitor.OnIgnoredEntry(path, "hard link, not followed");
      continue;
    }
    if (type != AE_IFREG) {
      visitor.OnIgnoredEntry(path, EntryTypeName(type) + ", not followed");
      continue;
    }
    if (archive_entry_is_encrypted(entry)) {
      visitor.OnIgnoredEntry(path, "encrypted member, not readable");
      continue;
    }
    MemberInfo info{path, archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1};
    ArchiveMemberData data(a, limits);
    ++status.members;
    visitor.OnMember(info, data);
    if (std::string error; !SkipRest(a, entry, data, limits, skipped, &error)) {
      status.ok = false;
      status.error = fmt::format("{}: {} while skipping the rest of this member; the members after it are not read",
                                 path, error);
      return status;
    }
  }
  if (r != ARCHIVE_EOF) {
    const char* message = archive_error_string(a);
    status.ok = false;
    status.error = message != nullptr ? message : "unreadable archive";
  }
  return status;
}

ArchivePtr NewReader() {
  ArchivePtr a(archive_read_new());
  archive_read_support_filter_all(a.get());
  archive_read_support_format_all(a.get());
  return a;
}

// libarchive's status, failed with `damage` (what the zip fast path found wrong with the
// zip), which says more than libarchive's own message about the same zip.
InputStatus WithDamage(InputStatus status, const std::string& damage) {
  if (damage.empty()) return status;
  status.error = status.ok ? damage : fmt::format("{} ({})", damage, status.error);
  status.ok = false;
  return status;
}

InputStatus ReadArchiveFile(const std::string& path, MemberVisitor& visitor, const ReadLimits& limits) {
  std::string damage;
  if (const auto source = OpenFileSource(path))
    if (auto status = ReadPlainZip(*source, visitor, limits, &damage)) return *status;
  ArchivePtr a = NewReader();
  if (archive_read_open_filename(a.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
    const char* message = archive_error_string(a.get());
    return {false, fmt::format("not a readable archive: {}", message ? message : "unknown error"), 0};
  }
  return WithDamage(VisitArchive(a.get(), visitor, limits), damage);
}

InputStatus ReadArchiveStream(int fd, MemberVisitor& visitor, const ReadLimits& limits) {
  ArchivePtr a = NewReader();
  if (archive_read_open_fd(a.get(), fd, 1 << 16) != ARCHIVE_OK) {
    const char* message = archive_error_string(a.get());
    return {false, fmt::format("not a readable archive: {}", message ? message : "unknown error"), 0};
  }
  return VisitArchive(a.get(), visitor, limits);
}

InputStatus ReadLooseFile(const fs::path& path, const std::string& member, MemberVisitor& visitor) {
  // Closed however the visit ends: a visitor may throw (out of memory).
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (file == nullptr) return {false, "cannot open file", 0};
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  FileMemberData data(file.get());
  visitor.OnMember(MemberInfo{member, ec ? -1 : static_cast<std::int64_t>(size)}, data);
  return {true, "", 1};
}

InputStatus ReadDirectory(const fs::path& root, MemberVisitor& visitor) {
  std::error_code ec;
  std::vector<fs::path> files;
  auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) return {false, fmt::format("cannot read directory: {}", ec.message()), 0};
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::file_status status = it->symlink_status(ec);
    // lexically: fs::relative would resolve a link and name its target instead
    const std::string relative = it->path().lexically_relative(root).generic_string();
    if (fs::is_symlink(status)) visitor.OnIgnoredEntry(relative, "symbolic link, not followed");
    else if (fs::is_regular_file(status)) files.push_back(it->path());
    else if (!fs::is_directory(status)) visitor.OnIgnoredEntry(relative, "special file, not read");
  }
  std::sort(files.begin(), files.end());
  InputStatus status;
  for (const fs::path& file : files) {
    const std::string relative = file.lexically_relative(root).generic_string();
    const InputStatus one = ReadLooseFile(file, relative, visitor);
    if (!one.ok) visitor.OnIgnoredEntry(relative, one.error);
    status.members += one.members;
  }
  return status;
}

std::string ReadHead(const fs::path& path) {
  std::string head(512, '\0');
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return {};
  head.resize(std::fread(head.data(), 1, head.size(), file));
  std::fclose(file);
  return head;
}

bool HasArchiveExtension(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* ext : {".zip", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".zst", ".7z"})
    if (lower.ends_with(ext)) return true;
  return false;
}

}  // namespace

bool LooksLikeArchive(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.starts_with(magic); };
  if (starts("PK\x03\x04") || starts("PK\x05\x06") || starts("PK\x07\x08")) return true;
  if (starts("\x1f\x8b") || starts("BZh") || starts("\xFD" "7zXZ") || starts("\x28\xB5\x2F\xFD"))
    return true;
  if (starts("7z\xBC\xAF\x27\x1C")) return true;
  return head.size() >= 262 && head.substr(257, 5) == "ustar";
}

InputStatus ReadInput(const std::string& input, MemberVisitor& visitor, const ReadLimits& limits) {
  if (input == kStandardInput) return ReadArchiveStream(STDIN_FILENO, visitor, limits);
  const fs::path path(input);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return {false, "no such file or directory", 0};
  if (fs::is_directory(status)) return ReadDirectory(path, visitor);
  if (!fs::is_regular_file(status)) return {false, "not a regular file or directory", 0};
  if (std::FILE* probe = std::fopen(path.c_str(), "rb")) std::fclose(probe);
  else return {false, "permission denied or unreadable", 0};
  if (fs::file_size(path, ec) == 0) return {false, "empty file", 0};
  const std::string head = ReadHead(path);
  if (const auto format = UnsupportedArchiveFormat(head))
    return {false, fmt::format("{} archives are not supported; nothing in it was audited", *format), 0};
  if (LooksLikeArchive(head) || HasArchiveExtension(path.filename().string()))
    return ReadArchiveFile(input, visitor, limits);
  return ReadLooseFile(path, path.filename().string(), visitor);
}

InputStatus ReadArchiveMemory(std::string_view bytes, MemberVisitor& visitor, const ReadLimits& limits) {
  std::string damage;
  if (auto status = ReadPlainZip(*MemorySource(bytes), visitor, limits, &damage)) return *status;
  ArchivePtr a = NewReader();
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    const char* message = archive_error_string(a.get());
    return {false, fmt::format("not a readable archive: {}", message ? message : "unknown error"), 0};
  }
  return WithDamage(VisitArchive(a.get(), visitor, limits), damage);
}

}  // namespace dataaudit
