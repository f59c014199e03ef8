#include "archive/zip_reader.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/test_archives.h"

namespace dataaudit {
namespace {

using testing::ArchiveEntry;
using testing::ArchiveFormat;
using testing::MakeArchive;
using testing::Recorder;
using V = std::vector<std::string>;

std::uint32_t Crc32(std::string_view data) {
  std::uint32_t crc = 0xFFFFFFFF;
  for (char c : data) {
    crc ^= static_cast<unsigned char>(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

// A zip of stored members written byte by byte, so that tests control every field:
// ZIP64 records, flags, methods, names, and the order of the central directory.
struct ZipBuilder {
  struct Member {
    std::string name;
    std::string data;
    bool zip64 = false;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;  // 0: the data's own
  };
  std::vector<Member> members;
  bool reverse_directory = false;
  bool zip64_end = false;       // ZIP64 end records even when nothing needs them
  bool saturate_end = true;     // with ZIP64 end records, saturate the classic one's fields
  std::string prefix;  // bytes before the zip, as in a self-extracting archive
  std::string comment;  // the zip comment, after the end record
  std::size_t repeat_first = 0;  // this many extra directory entries all naming the first member's header

  static void U16(std::string& out, std::uint64_t v) { out.append({char(v & 0xFF), char(v >> 8 & 0xFF)}); }
  static void U32(std::string& out, std::uint64_t v) { U16(out, v & 0xFFFF), U16(out, v >> 16 & 0xFFFF); }
  static void U64(std::string& out, std::uint64_t v) { U32(out, v & 0xFFFFFFFF), U32(out, v >> 32); }

  std::string Build() const {
    std::string zip = prefix;
    std::vector<std::string> records;
    bool any64 = false;
    for (const Member& m : members) {
      const std::uint64_t offset = zip.size() - prefix.size();
      const std::uint32_t crc = m.crc != 0 ? m.crc : Crc32(m.data);
      U32(zip, 0x04034b50), U16(zip, 20), U16(zip, m.flags), U16(zip, m.method), U32(zip, 0);
      U32(zip, crc), U32(zip, m.data.size()), U32(zip, m.data.size());
      U16(zip, m.name.size()), U16(zip, 0);
      zip += m.name + m.data;
      std::string extra;
      if (m.zip64) U16(extra, 1), U16(extra, 24), U64(extra, m.data.size()), U64(extra, m.data.size()), U64(extra, offset);
      std::string r;
      U32(r, 0x02014b50), U16(r, 3 << 8 | 20), U16(r, 45), U16(r, m.flags), U16(r, m.method), U32(r, 0), U32(r, crc);
      const std::uint64_t wide = 0xFFFFFFFF;
      U32(r, m.zip64 ? wide : m.data.size()), U32(r, m.zip64 ? wide : m.data.size());
      U16(r, m.name.size()), U16(r, extra.size()), U16(r, 0), U16(r, 0), U16(r, 0), U32(r, 0100644u << 16);
      U32(r, m.zip64 ? wide : offset);
      records.push_back(r + m.name + extra);
      any64 = any64 || m.zip64;
    }
    for (std::size_t i = 0; i < repeat_first; ++i) records.push_back(records.front());
    if (reverse_directory) std::reverse(records.begin(), records.end());
    const std::uint64_t directory_offset = zip.size() - prefix.size();
    for (const std::string& r : records) zip += r;
    const std::uint64_t directory_size = zip.size() - prefix.size() - directory_offset;
    const bool saturate = any64 && saturate_end;
    if (any64 || zip64_end) {
      const std::uint64_t end64 = zip.size() - prefix.size();
      U32(zip, 0x06064b50), U64(zip, 44), U16(zip, 45), U16(zip, 45), U32(zip, 0), U32(zip, 0);
      U64(zip, records.size()), U64(zip, records.size()), U64(zip, directory_size), U64(zip, directory_offset);
      U32(zip, 0x07064b50), U32(zip, 0), U64(zip, end64), U32(zip, 1);
    }
    U32(zip, 0x06054b50), U16(zip, 0), U16(zip, 0);
    U16(zip, saturate ? 0xFFFF : records.size()), U16(zip, saturate ? 0xFFFF : records.size());
    U32(zip, saturate ? 0xFFFFFFFF : directory_size), U32(zip, saturate ? 0xFFFFFFFF : directory_offset);
    U16(zip, comment.size());
    return zip + comment;
  }
};

// Reads `zip` with the fast path; fails the test when it declines the zip.
Recorder ReadFast(std::string_view zip, const ReadLimits& limits = {}) {
  Recorder r;
  const auto source = MemorySource(zip);
  const auto status = ReadPlainZip(*source, r, limits);
  REQUIRE(status.has_value());
  CHECK(status->ok);
  return r;
}

bool Declines(std::string_view zip) {
  Recorder r;
  const auto source = MemorySource(zip);
  const bool declined = !ReadPlainZip(*source, r, {}).has_value();
  CHECK(r.paths.empty());
  return declined;
}

TEST_SUITE("archive/zip_reader") {
  TEST_CASE("deflated members, folders and links are read as libarchive reads them") {
    const std::string big = testing::RandomBytes(700000) + std::string(300000, 'a');
    const std::string zip = MakeArchive(ArchiveFormat::kZip, {{"a.json", "{\"x\":1}"},
                                                               {"dir", "", ArchiveEntry::Type::kDirectory},
                                                               {"dir/big.bin", big},
                                                               {"dir/empty.txt", ""},
                                                               {"link", "a.json", ArchiveEntry::Type::kSymlink}});
    const Recorder fast = ReadFast(zip);
    CHECK(fast.paths == V{"a.json", "dir/big.bin", "dir/empty.txt"});
    CHECK(fast.contents == V{"{\"x\":1}", big, ""});
    CHECK(fast.sizes == std::vector<std::int64_t>{7, static_cast<std::int64_t>(big.size()), 0});
    CHECK(fast.ignored == V{"link: symbolic link, not followed"});
    CHECK(fast.read_errors.empty());
  }

  TEST_CASE("stored members come in the order of their data, whatever the directory's order") {
    ZipBuilder b;
    b.members = {{"first.txt", "one"}, {"./second.txt", "two"}, {"/third.txt", std::string(300000, 'z')}};
    b.reverse_directory = true;
    const Recorder r = ReadFast(b.Build());
    CHECK(r.paths == V{"first.txt", "second.txt", "third.txt"});
    CHECK(r.contents == V{"one", "two", std::string(300000, 'z')});
  }

  TEST_CASE("ZIP64 sizes, offsets and end records are read") {
    ZipBuilder b;
    b.members = {{"small.txt", "s"}, {"wide.txt", "wide data", true}};
    const Recorder r = ReadFast(b.Build());
    CHECK(r.paths == V{"small.txt", "wide.txt"});
    CHECK(r.contents == V{"s", "wide data"});
  }

  TEST_CASE("ZIP64 end records are followed also when the classic one is not saturated") {
    // Python's zipfile writes them once a zip passes 2 GiB, with the classic fields
    // still holding the real (32-bit) values; the directory then ends at the ZIP64 record.
    ZipBuilder b;
    b.members = {{"a.txt", "a"}, {"b.txt", "b"}};
    b.zip64_end = true;
    b.saturate_end = false;
    const Recorder r = ReadFast(b.Build());
    CHECK(r.paths == V{"a.txt", "b.txt"});
    b.saturate_end = true;
    CHECK(ReadFast(b.Build()).contents == V{"a", "b"});
  }

  TEST_CASE("a damaged member is an error of its own and the next one is read") {
    ZipBuilder b;
    b.members = {{"bad.txt", "payload"}, {"good.txt", "fine"}};
    b.members[0].crc = 0x12345678;
    const Recorder r = ReadFast(b.Build());
    CHECK(r.paths == V{"bad.txt", "good.txt"});
    CHECK(r.read_errors == V{"bad.txt: damaged member: CRC-32 is " + fmt::format("{:08x}", Crc32("payload")) +
                             " where the zip directory says 12345678"});
    CHECK(r.contents[1] == "fine");

    std::string zip = MakeArchive(ArchiveFormat::kZip, {{"x.bin", testing::RandomBytes(50000)}, {"y.txt", "y"}});
    for (std::size_t i = 100; i < 40000; i += 997) zip[i] = static_cast<char>(zip[i] ^ 0x5A);  // inside x's data
    const Recorder damaged = ReadFast(zip);
    CHECK(damaged.paths == V{"x.bin", "y.txt"});
    REQUIRE(damaged.read_errors.size() == 1);
    CHECK(damaged.read_errors[0].starts_with("x.bin: damaged member: "));
    CHECK(damaged.contents[1] == "y");
  }

  TEST_CASE("a member inflating past the compression ratio limit stops with an error") {
    const std::string zip = MakeArchive(ArchiveFormat::kZip, {{"bomb.txt", std::string(40 << 20, '0')}});
    ReadLimits limits;
    limits.max_compression_ratio = 100;
    const Recorder r = ReadFast(zip, limits);
    REQUIRE(r.read_errors.size() == 1);
    CHECK(r.read_errors[0].find("compression ratio above 100:1") != std::string::npos);
    CHECK(r.contents[0].size() < (40u << 20));
  }

  TEST_CASE("zips it does not fully understand are left to libarchive untouched") {
    ZipBuilder encrypted;
    encrypted.members = {{"secret.txt", "x"}};
    encrypted.members[0].flags = 1;
    CHECK(Declines(encrypted.Build()));

    ZipBuilder bzip2;
    bzip2.members = {{"b.txt", "x"}};
    bzip2.members[0].method = 12;
    CHECK(Declines(bzip2.Build()));

    ZipBuilder cp437;  // a legacy code page name: libarchive converts it
    cp437.members = {{"caf\x82.txt", "x"}};
    CHECK(Declines(cp437.Build()));

    ZipBuilder self_extracting;
    self_extracting.members = {{"a.txt", "x"}};
    self_extracting.prefix = "MZ executable stub";
    CHECK(Declines(self_extracting.Build()));

    const std::string whole = MakeArchive(ArchiveFormat::kZip, {{"a.txt", "x"}, {"b.txt", "y"}});
    CHECK(Declines(whole.substr(0, whole.size() / 2)));  // truncated: no directory
    CHECK(Declines(MakeArchive(ArchiveFormat::kTarGz, {{"a.txt", "x"}})));
    CHECK(Declines(""));
  }

  TEST_CASE("entries that share or overlap data are left to libarchive, which reads them once") {
    ZipBuilder shared;  // 3,000 directory entries naming one local header: inflated once, not 3,000 times
    shared.members = {{"zeros.json", std::string(4096, '0')}};
    shared.repeat_first = 3000;
    CHECK(Declines(shared.Build()));
    testing::TempDir dir;
    Recorder r;
    const InputStatus status = ReadInput(dir.Write("shared.zip", shared.Build()), r);
    CHECK(r.paths.size() == 1);

    // A local header whose name is longer than the directory says pushes the data into the next member.
    ZipBuilder b;
    b.members = {{"a.txt", "aaaa"}, {"b.txt", "bbbb"}};
    std::string zip = b.Build();
    zip[26] = 9;  // the first local header's name length: its data now starts inside b.txt's header
    const Recorder fast = ReadFast(zip);
    REQUIRE(fast.read_errors.size() == 1);
    CHECK(fast.read_errors[0] == "a.txt: damaged member: its data overlaps the next member's");
    CHECK(fast.contents[1] == "bbbb");
  }

  TEST_CASE("a false end record at the end of the comment is passed over, and named") {
    ZipBuilder b;
    b.members = {{"a.txt", "x"}, {"b.txt", "y"}};
    std::string fake;
    ZipBuilder::U32(fake, 0x06054b50), ZipBuilder::U64(fake, 0), ZipBuilder::U64(fake, 0), ZipBuilder::U16(fake, 0);
    for (const std::string& comment : {fake, "a comment" + fake}) {
      b.comment = comment;
      const std::string zip = b.Build();
      Recorder r;
      std::string damage;
      const auto status = ReadPlainZip(*MemorySource(zip), r, {}, &damage);
      REQUIRE(status.has_value());
      CHECK(r.contents == V{"x", "y"});
      CHECK_FALSE(status->ok);
      CHECK(status->error == "the zip comment ends in a false end-of-central-directory record; the real one was read");
    }
    b.comment = "a harmless comment";  // a real comment is no damage
    Recorder r;
    std::string damage;
    CHECK(ReadPlainZip(*MemorySource(b.Build()), r, {}, &damage)->ok);
    CHECK(damage.empty());
  }

  TEST_CASE("a zip without its central directory is read by libarchive and fails, named") {
    ZipBuilder b;
    b.members = {{"a.txt", "x"}, {"b.txt", "y"}};
    const std::string zip = b.Build();
    const std::string cut = zip.substr(0, zip.find("PK\x01\x02"));  // every member whole, no directory
    std::string damage;
    Recorder fast;
    CHECK_FALSE(ReadPlainZip(*MemorySource(cut), fast, {}, &damage).has_value());
    CHECK(damage.starts_with("the zip has no end-of-central-directory record"));
    Recorder r;
    const InputStatus status = ReadArchiveMemory(cut, r);
    CHECK(r.contents == V{"x", "y"});  // a partial report
    CHECK_FALSE(status.ok);
    CHECK(status.error.starts_with(damage));  // and libarchive's complaint, if any

    const std::string one_record = zip.substr(0, zip.find("PK\x01\x02", zip.find("PK\x01\x02") + 4));
    Recorder cut_inside;
    const InputStatus inside = ReadArchiveMemory(one_record, cut_inside);
    CHECK(cut_inside.contents == V{"x", "y"});
    CHECK_FALSE(inside.ok);
    CHECK(inside.error.starts_with(damage));
  }

  TEST_CASE("UTF-8 names flagged as such are taken as they are") {
    ZipBuilder b;
    b.members = {{"caf\xC3\xA9.json", "{}"}};
    b.members[0].flags = 1 << 11;
    CHECK(ReadFast(b.Build()).paths == V{"caf\xC3\xA9.json"});
  }
}

}  // namespace
}  // namespace dataaudit
