#include "archive/prefetch.h"

#include <doctest/doctest.h>

#include <new>
#include <stdexcept>
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

  TEST_CASE("a visitor that throws stops the reader thread, which is joined, and the exception reaches the caller") {
    struct Throwing final : MemberVisitor {
      void OnMember(const MemberInfo& info, MemberData&) override {
        if (++members == 3) throw std::runtime_error("visitor failed at " + info.path);
      }
      void OnIgnoredEntry(const std::string&, const std::string&) override {}
      int members = 0;
    };
    std::vector<ArchiveEntry> entries;  // more than the queue holds, so the reader thread waits on it
    for (int i = 0; i < 40; ++i) entries.push_back({std::to_string(i) + ".bin", testing::RandomBytes(300000, i + 1)});
    testing::TempDir dir;
    const std::string path = dir.Write("a.tar.gz", MakeArchive(ArchiveFormat::kTarGz, entries));
    Throwing visitor;
    CHECK_THROWS_WITH_AS(ReadInputPrefetched(path, visitor, NeverSkip, {}, 1 << 20), "visitor failed at 2.bin",
                         std::runtime_error);
    CHECK(visitor.members == 3);
  }

  TEST_CASE("an exception on the reader thread is handed to the caller, not left to end the process") {
    // skip_unread runs on the reader thread: a stage that throws there, as running out of memory would.
    const SkipUnread throws_on_b = [](std::string_view path) {
      if (path == "b.txt") throw std::bad_alloc();
      return false;
    };
    testing::TempDir dir;
    for (ArchiveFormat format : {ArchiveFormat::kZip, ArchiveFormat::kTarGz}) {
      const std::string path = dir.Write(format == ArchiveFormat::kZip ? "a.zip" : "a.tar.gz",
                                         MakeArchive(format, {{"a.txt", "a"}, {"b.txt", "b"}, {"c.txt", "c"}}));
      Recorder r;
      CHECK_THROWS_AS(ReadInputPrefetched(path, r, throws_on_b), std::bad_alloc);
      CHECK(r.paths == std::vector<std::string>{"a.txt", "b.txt"});  // b.txt was announced, then the thread failed
      CHECK(r.contents[0] == "a");
    }
  }
}

}  // namespace
}  // namespace dataaudit
