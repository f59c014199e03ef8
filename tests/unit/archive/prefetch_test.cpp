#include "archive/prefetch.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "archive/test_archives.h"

namespace dataaudit {
namespace {

using testing::ArchiveEntry;
using testing::ArchiveFormat;
using testing::MakeArchive;
using testing::Recorder;

bool NeverSkip(std::string_view) { return false; }
bool SkipBin(std::string_view path) { return path.ends_with(".bin"); }

TEST_SUITE("archive/prefetch") {
  TEST_CASE("members arrive as ReadInput gives them, through the reader thread and its reused buffers") {
    std::vector<ArchiveEntry> entries;
    for (int i = 0; i < 300; ++i) entries.push_back({"small/" + std::to_string(i) + ".json", "{\"i\":" + std::to_string(i) + "}"});
    entries.push_back({"big.bin", testing::RandomBytes(3 << 20)});  // many chunks
    entries.push_back({"link", "big.bin", ArchiveEntry::Type::kSymlink});
    entries.push_back({"last.txt", "end"});
    testing::TempDir dir;
    for (ArchiveFormat format : {ArchiveFormat::kZip, ArchiveFormat::kTarGz}) {
      CAPTURE(format == ArchiveFormat::kZip ? "zip" : "tar.gz");
      const std::string path = dir.Write(format == ArchiveFormat::kZip ? "a.zip" : "a.tar.gz", MakeArchive(format, entries));
      Recorder direct, prefetched;
      CHECK(ReadInput(path, direct).ok);
      // A small queue bound makes the reader thread wait for the visitor over and over.
      CHECK(ReadInputPrefetched(path, prefetched, NeverSkip, {}, 1 << 20).ok);
      CHECK(prefetched.paths == direct.paths);
      CHECK(prefetched.contents == direct.contents);
      CHECK(prefetched.ignored == direct.ignored);
      CHECK(prefetched.read_errors.empty());
      CHECK(direct.paths.size() == 302);
    }
  }

  TEST_CASE("skipped members are announced but never read") {
    testing::TempDir dir;
    const std::string path =
        dir.Write("a.zip", MakeArchive(ArchiveFormat::kZip, {{"a.bin", std::string(1 << 20, 'x')}, {"b.txt", "b"}}));
    Recorder r;
    CHECK(ReadInputPrefetched(path, r, SkipBin).ok);
    CHECK(r.paths == std::vector<std::string>{"a.bin", "b.txt"});
    CHECK(r.contents == std::vector<std::string>{"", "b"});
  }
}

}  // namespace
}  // namespace dataaudit
