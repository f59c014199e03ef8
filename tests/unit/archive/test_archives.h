#pragma once
// Test helpers for inputs: archives built in memory with libarchive, and a temporary
// directory removed when the test ends.

#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>

#include <doctest/doctest.h>

#include "archive/input.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dataaudit::testing {

struct ArchiveEntry {
  enum class Type { kFile, kDirectory, kSymlink };
  std::string path;
  std::string data;  ///< File contents, or the link target.
  Type type = Type::kFile;
};

enum class ArchiveFormat { kZip, kTarGz };

/// The bytes of an archive holding `entries`, in order.
inline std::string MakeArchive(ArchiveFormat format, const std::vector<ArchiveEntry>& entries) {
  std::size_t capacity = 1 << 16;
  for (const ArchiveEntry& e : entries) capacity += e.data.size() * 2 + 1024;
  std::string buffer(capacity, '\0');
  size_t used = 0;
  archive* a = archive_write_new();
  if (format == ArchiveFormat::kZip) {
    archive_write_set_format_zip(a);
  } else {
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
  }
  REQUIRE(archive_write_open_memory(a, buffer.data(), buffer.size(), &used) == ARCHIVE_OK);
  for (const ArchiveEntry& e : entries) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, e.path.c_str());
    archive_entry_set_mtime(entry, 1700000000, 0);
    if (e.type == ArchiveEntry::Type::kDirectory) {
      archive_entry_set_filetype(entry, AE_IFDIR);
      archive_entry_set_perm(entry, 0755);
      archive_entry_set_size(entry, 0);
    } else if (e.type == ArchiveEntry::Type::kSymlink) {
      archive_entry_set_filetype(entry, AE_IFLNK);
      archive_entry_set_perm(entry, 0777);
      archive_entry_set_symlink(entry, e.data.c_str());
      archive_entry_set_size(entry, 0);
    } else {
      archive_entry_set_filetype(entry, AE_IFREG);
      archive_entry_set_perm(entry, 0644);
      archive_entry_set_size(entry, static_cast<la_int64_t>(e.data.size()));
    }
    REQUIRE(archive_write_header(a, entry) == ARCHIVE_OK);
    if (e.type == ArchiveEntry::Type::kFile && !e.data.empty())
      REQUIRE(archive_write_data(a, e.data.data(), e.data.size()) == static_cast<la_ssize_t>(e.data.size()));
    archive_entry_free(entry);
  }
  REQUIRE(archive_write_close(a) == ARCHIVE_OK);
  archive_write_free(a);
  buffer.resize(used);
  return buffer;
}

// Records every member with its contents, and every ignored entry.
struct Recorder final : MemberVisitor {
  void OnMember(const MemberInfo& info, MemberData& data) override {
    paths.push_back(info.path);
    sizes.push_back(info.size);
    std::string bytes, error;
    std::string_view chunk;
    while (true) {
      if (!data.Read(&chunk, &error)) {
        read_errors.push_back(info.path + ": " + error);
        break;
      }
      if (chunk.empty()) break;
      bytes.append(chunk);
    }
    contents.push_back(std::move(bytes));
  }
  void OnIgnoredEntry(const std::string& path, const std::string& reason) override {
    ignored.push_back(path + ": " + reason);
  }
  std::vector<std::string> paths, contents, ignored, read_errors;
  std::vector<std::int64_t> sizes;
};

/// Bytes that do not compress: a simple xorshift stream.
inline std::string RandomBytes(std::size_t n, std::uint64_t seed = 0x9E3779B97F4A7C15ULL) {
  std::string out(n, '\0');
  for (char& c : out) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    c = static_cast<char>(seed & 0xFF);
  }
  return out;
}

/// A fresh directory under the system temporary directory, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dataaudit-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  /// Writes `data` to `relative` (creating folders) and returns the full path.
  std::string Write(const std::string& relative, std::string_view data) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace dataaudit::testing
