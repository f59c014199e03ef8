#include "archive/zip_directory.h"

#include <algorithm>

namespace dataaudit {
namespace {

// Record signatures and fixed sizes (APPNOTE.TXT 4.3).
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::size_t kEndBytes = 22;
constexpr std::size_t kZip64LocatorBytes = 20;
constexpr std::size_t kZip64EndBytes = 56;
constexpr std::size_t kCentralBytes = 46;
constexpr std::size_t kLocalBytes = 30;
constexpr std::size_t kMaxCommentBytes = 0xFFFF;
// Held in memory while the members are read (about 100 bytes a member): a larger
// directory, half a million members or more, is left to libarchive.
constexpr std::uint64_t kMaxDirectoryBytes = 64ull << 20;

constexpr std::uint16_t kFlagEncrypted = 1 << 0;
constexpr std::uint16_t kFlagStrongEncryption = 1 << 6;
constexpr std::uint16_t kFlagUtf8 = 1 << 11;
constexpr std::uint16_t kFlagMaskedHeaders = 1 << 13;
constexpr std::uint16_t kExtraZip64 = 0x0001;
constexpr std::uint16_t kExtraUnicodePath = 0x7075;
constexpr int kHostUnix = 3;

std::uint16_t U16(const char* p) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[1]) << 8);
}
std::uint32_t U32(const char* p) { return U16(p) | static_cast<std::uint32_t>(U16(p + 2)) << 16; }
std::uint64_t U64(const char* p) { return U32(p) | static_cast<std::uint64_t>(U32(p + 4)) << 32; }

struct Directory {
  std::uint64_t entries = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint64_t end = 0;  // where the directory must end: the (ZIP64) end record
};

// Reads the end-of-central-directory record at `tail[i]` (the last `tail.size()` bytes
// of the file), following it to a ZIP64 end record when there is one.
std::optional<Directory> ReadEnd(ByteSource& source, std::string_view tail, std::size_t i) {
  const std::uint64_t size = source.size();
  const char* p = tail.data() + i;
  if (U16(p + 4) != 0 || U16(p + 6) != 0 || U16(p + 8) != U16(p + 10)) return std::nullopt;  // several disks
  const Directory directory{U16(p + 10), U32(p + 16), U32(p + 12), size - tail.size() + i};
  const bool saturated =
      directory.entries == 0xFFFF || directory.offset == 0xFFFFFFFF || directory.size == 0xFFFFFFFF;
  // A ZIP64 locator just before this record points at the ZIP64 end record, which is
  // then where the directory ends. Writers add one whenever the zip passes 2 or 4 GiB,
  // also when the fields here are not saturated (Python's zipfile does).
  char locator[kZip64LocatorBytes];
  if (directory.end < kZip64LocatorBytes ||
      !source.ReadAt(directory.end - kZip64LocatorBytes, sizeof locator, locator) ||
      U32(locator) != kZip64LocatorSignature)
    return saturated ? std::nullopt : std::optional(directory);
  if (U32(locator + 4) != 0 || U32(locator + 16) != 1) return std::nullopt;  // several disks
  const std::uint64_t end64 = U64(locator + 8);
  char record[kZip64EndBytes];
  if (end64 > directory.end - kZip64LocatorBytes || !source.ReadAt(end64, sizeof record, record) ||
      U32(record) != kZip64EndSignature || U32(record + 16) != 0 || U32(record + 20) != 0 ||
      U64(record + 24) != U64(record + 32))
    return std::nullopt;
  return Directory{U64(record + 32), U64(record + 48), U64(record + 40), end64};
}

// The last bytes of the file, where the end record and its comment (up to 64 KiB) lie.
std::string ReadTail(ByteSource& source) {
  const std::uint64_t size = source.size();
  if (size < kEndBytes) return {};
  std::string tail(static_cast<std::size_t>(std::min<std::uint64_t>(size, kEndBytes + kMaxCommentBytes)), '\0');
  if (!source.ReadAt(size - tail.size(), tail.size(), tail.data())) return {};
  return tail;
}

// Where the end records may be: every signature whose comment length reaches exactly
// the end of the file, last first. More than one means a comment that holds (or ends
// in) something shaped like an end record.
std::vector<std::size_t> EndCandidates(std::string_view tail) {
  std::vector<std::size_t> candidates;
  if (tail.size() < kEndBytes) return candidates;
  for (std::size_t i = tail.size() - kEndBytes + 1; i-- > 0;) {
    const char* p = tail.data() + i;
    if (U32(p) == kEndSignature && i + kEndBytes + U16(p + 20) == tail.size()) candidates.push_back(i);
  }
  return candidates;
}

// Applies a ZIP64 extra field to the sizes and offset that are saturated; false when
// the extra fields cannot be read or ask for what this reader does not do.
bool ApplyExtra(std::string_view extra, ZipEntry& entry, bool wide_size, bool wide_compressed, bool wide_offset) {
  while (extra.size() >= 4) {
    const std::uint16_t id = U16(extra.data());
    const std::uint16_t length = U16(extra.data() + 2);
    if (extra.size() < 4u + length) return false;
    std::string_view data = extra.substr(4, length);
    if (id == kExtraUnicodePath) return false;  // libarchive decides between the two names
    if (id == kExtraZip64) {
      auto take = [&data](std::uint64_t& field) {
        if (data.size() < 8) return false;
        field = U64(data.data());
        data.remove_prefix(8);
        return true;
      };
      if ((wide_size && !take(entry.size)) || (wide_compressed && !take(entry.compressed_size)) ||
          (wide_offset && !take(entry.header_offset)))
        return false;
      wide_size = wide_compressed = wide_offset = false;
    }
    extra.remove_prefix(4u + length);
  }
  return !wide_size && !wide_compressed && !wide_offset;
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The kind of entry, as libarchive decides it: Unix mode bits when a Unix host made the
// entry, a trailing '/' or the MS-DOS directory attribute otherwise.
std::optional<ZipEntry::Kind> KindOf(std::uint16_t made_by, std::uint32_t attributes, std::string_view path) {
  const bool slash = path.ends_with('/');
  if (made_by >> 8 == kHostUnix && (attributes >> 16) != 0) {
    switch ((attributes >> 16) & 0xF000) {
      case 0x0000: return slash ? ZipEntry::Kind::kDirectory : ZipEntry::Kind::kFile;
      case 0x8000: return slash ? ZipEntry::Kind::kDirectory : ZipEntry::Kind::kFile;
      case 0x4000: return ZipEntry::Kind::kDirectory;
      case 0xA000: return ZipEntry::Kind::kSymlink;
      default: return std::nullopt;  // devices, FIFOs: libarchive names them
    }
  }
  return slash || (attributes & 0x10) != 0 ? ZipEntry::Kind::kDirectory : ZipEntry::Kind::kFile;
}

// Reads one central directory record at `p` (with `left` bytes of directory left).
std::optional<ZipEntry> ParseEntry(const char* p, std::size_t left, std::size_t* consumed) {
  if (left < kCentralBytes || U32(p) != kCentralSignature) return std::nullopt;
  const std::uint16_t flags = U16(p + 8);
  const std::size_t name_bytes = U16(p + 28), extra_bytes = U16(p + 30), comment_bytes = U16(p + 32);
  *consumed = kCentralBytes + name_bytes + extra_bytes + comment_bytes;
  if (*consumed > left || U16(p + 34) != 0) return std::nullopt;
  if (flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders)) return std::nullopt;
  ZipEntry entry;
  entry.method = U16(p + 10);
  if (entry.method != 0 && entry.method != 8) return std::nullopt;
  entry.crc32 = U32(p + 16);
  entry.compressed_size = U32(p + 20);
  entry.size = U32(p + 24);
  entry.header_offset = U32(p + 42);
  entry.path.assign(p + kCentralBytes, name_bytes);
  if (!(flags & kFlagUtf8) && !IsAscii(entry.path)) return std::nullopt;  // a legacy code page
  const std::string_view extra(p + kCentralBytes + name_bytes, extra_bytes);
  if (!ApplyExtra(extra, entry, entry.size == 0xFFFFFFFF, entry.compressed_size == 0xFFFFFFFF,
                  entry.header_offset == 0xFFFFFFFF))
    return std::nullopt;
  const auto kind = KindOf(U16(p + 4), U32(p + 38), entry.path);
  if (!kind) return std::nullopt;
  entry.kind = *kind;
  return entry;
}

// The entries `directory` lists, sorted by offset, each with the offset where its data
// must end; nullopt when any is out of bounds or two overlap (3,000 entries that share
// one local header would be inflated 3,000 times: libarchive reads such a zip once).
std::optional<std::vector<ZipEntry>> ReadEntries(ByteSource& source, const Directory& directory) {
  if (directory.size > kMaxDirectoryBytes || directory.size > directory.end ||
      directory.offset != directory.end - directory.size)
    return std::nullopt;  // also a prefix before the zip (self-extracting): libarchive's
  std::string bytes(static_cast<std::size_t>(directory.size), '\0');
  if (!source.ReadAt(directory.offset, bytes.size(), bytes.data())) return std::nullopt;
  std::vector<ZipEntry> entries;
  std::size_t at = 0;
  for (std::uint64_t i = 0; i < directory.entries; ++i) {
    std::size_t consumed = 0;
    auto entry = ParseEntry(bytes.data() + at, bytes.size() - at, &consumed);
    if (!entry || entry->header_offset > directory.offset ||
        directory.offset - entry->header_offset < kLocalBytes ||
        entry->compressed_size > directory.offset - entry->header_offset - kLocalBytes)
      return std::nullopt;  // the data would overlap the directory or lie past it
    entries.push_back(std::move(*entry));
    at += consumed;
  }
  if (at != bytes.size()) return std::nullopt;
  std::stable_sort(entries.begin(), entries.end(),
                   [](const ZipEntry& a, const ZipEntry& b) { return a.header_offset < b.header_offset; });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entries[i].data_limit = i + 1 < entries.size() ? entries[i + 1].header_offset : directory.offset;
    if (entries[i].data_limit - entries[i].header_offset < kLocalBytes + entries[i].compressed_size)
      return std::nullopt;  // overlaps the next entry (or shares its header)
  }
  return entries;
}

bool StartsWithLocalHeader(ByteSource& source) {
  char magic[4];
  return source.ReadAt(0, sizeof magic, magic) && U32(magic) == kLocalSignature;
}

}  // namespace

std::optional<std::vector<ZipEntry>> ReadZipDirectory(ByteSource& source, std::string* damage) {
  std::string ignored;
  if (damage == nullptr) damage = &ignored;
  damage->clear();
  const std::string tail = ReadTail(source);
  const std::vector<std::size_t> candidates = EndCandidates(tail);
  if (candidates.empty()) {
    if (StartsWithLocalHeader(source))
      *damage = "the zip has no end-of-central-directory record: it is truncated or its central directory is "
                "missing; the members were read from their local headers";
    return std::nullopt;
  }
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    const auto directory = ReadEnd(source, tail, candidates[c]);
    if (!directory) continue;
    auto entries = ReadEntries(source, *directory);
    // An empty directory behind members is not the real one either.
    if (!entries || (entries->empty() && StartsWithLocalHeader(source))) continue;
    if (c > 0)
      *damage = "the zip comment ends in a false end-of-central-directory record; the real one was read";
    return entries;
  }
  return std::nullopt;
}

}  // namespace dataaudit
