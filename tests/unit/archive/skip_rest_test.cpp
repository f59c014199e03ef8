// What a visitor leaves unread is skipped within limits (archive/input.h): a solid
// compressed tar must be decompressed to reach the next member, so the skipped bytes
// count against the compression ratio and max_skipped_bytes.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "archive/input.h"
#include "archive/test_archives.h"

namespace dataaudit {
namespace {

using testing::ArchiveFormat;
using testing::MakeArchive;
using V = std::vector<std::string>;

// Reads nothing of *.mp4 (media), everything of the rest.
struct SkipsMedia final : MemberVisitor {
  void OnMember(const MemberInfo& info, MemberData& data) override {
    paths.push_back(info.path);
    if (info.path.ends_with(".mp4")) return;
    std::string_view chunk;
    std::string error;
    while (data.Read(&chunk, &error) && !chunk.empty()) {}
  }
  void OnIgnoredEntry(const std::string&, const std::string&) override {}
  V paths;
};

TEST_SUITE("archive/skip_rest") {
  TEST_CASE("skipping a member of a tar.gz decompresses it within max_skipped_bytes") {
    testing::TempDir dir;
    const std::string path = dir.Write(
        "a.tar.gz", MakeArchive(ArchiveFormat::kTarGz, {{"a.mp4", std::string(3 << 20, '\0')}, {"b.txt", "b"}}));
    SkipsMedia within;
    CHECK(ReadInput(path, within).ok);
    CHECK(within.paths == V{"a.mp4", "b.txt"});

    ReadLimits limits;
    limits.max_skipped_bytes = 1 << 20;
    SkipsMedia past;
    const InputStatus status = ReadInput(path, past, limits);
    CHECK_FALSE(status.ok);
    CHECK(status.error ==
          "a.mp4: more than 1 MiB decompressed to skip members while skipping the rest of this member; "
          "the members after it are not read");
    CHECK(past.paths == V{"a.mp4"});
  }

  TEST_CASE("skipping a run of zeros stops at the compression ratio, naming the member") {
    testing::TempDir dir;
    const std::string path = dir.Write(
        "zeros.tar.gz", MakeArchive(ArchiveFormat::kTarGz, {{"zeros.mp4", std::string(24 << 20, '\0')}, {"b.txt", "b"}}));
    ReadLimits limits;
    limits.max_compression_ratio = 100;  // gzip packs zeros about 1,000 to 1
    SkipsMedia visitor;
    const InputStatus status = ReadInput(path, visitor, limits);
    CHECK_FALSE(status.ok);
    CHECK(status.error.starts_with("zeros.mp4: compression ratio above 100:1"));
    CHECK(visitor.paths == V{"zeros.mp4"});
  }

  TEST_CASE("an unread member of a zip costs nothing and stops nothing") {
    testing::TempDir dir;
    const std::string path = dir.Write(
        "a.zip", MakeArchive(ArchiveFormat::kZip, {{"zeros.mp4", std::string(24 << 20, '\0')}, {"b.txt", "b"}}));
    ReadLimits limits;
    limits.max_compression_ratio = 100;
    limits.max_skipped_bytes = 1 << 20;
    SkipsMedia visitor;
    CHECK(ReadInput(path, visitor, limits).ok);
    CHECK(visitor.paths == V{"zeros.mp4", "b.txt"});
  }

  TEST_CASE("a zip read without its directory: an unread member with known sizes is passed over") {
    // Cut before the central directory: libarchive reads it from the local headers,
    // which state the sizes here, so the member of zeros is skipped without inflating
    // it (the ratio limit would stop the input otherwise).
    const std::string zip =
        MakeArchive(ArchiveFormat::kZip, {{"zeros.mp4", std::string(24 << 20, '\0')}, {"b.txt", "b"}});
    testing::TempDir dir;
    const std::string path = dir.Write("cut.zip", zip.substr(0, zip.find("PK\x01\x02")));
    ReadLimits limits;
    limits.max_compression_ratio = 100;
    SkipsMedia visitor;
    const InputStatus status = ReadInput(path, visitor, limits);
    CHECK(visitor.paths == V{"zeros.mp4", "b.txt"});
    CHECK_FALSE(status.ok);
    CHECK(status.error.starts_with("the zip has no end-of-central-directory record"));
  }

  TEST_CASE("RAR and ACE inputs are named as unsupported, whatever their file name") {
    testing::TempDir dir;
    for (const std::string name : {"export.rar", "export.zip", "notes.txt"}) {
      SkipsMedia visitor;
      const InputStatus status = ReadInput(dir.Write(name, std::string("Rar!\x1A\x07\x01\x00", 8) + "rest"), visitor);
      CHECK_FALSE(status.ok);
      CHECK(status.error == "RAR archives are not supported; nothing in it was audited");
      CHECK(visitor.paths.empty());
    }
    SkipsMedia visitor;
    CHECK(ReadInput(dir.Write("x.ace", "\x01\x02\x03\x04\x05\x06\x07**ACE**rest"), visitor).error ==
          "ACE archives are not supported; nothing in it was audited");
  }
}

}  // namespace
}  // namespace dataaudit
