#pragma once
// The central directory of a zip file: where each member's data starts, how it is
// compressed, its sizes and CRC-32. Used by the fast zip reader (zip_reader.h), which
// only takes zips it fully understands and leaves every other one to libarchive.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

/// Random access to the bytes of a zip: a file or a buffer.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::uint64_t size() const = 0;
  /// Reads `n` bytes at `offset` into `out`; false when they cannot all be read.
  virtual bool ReadAt(std::uint64_t offset, std::size_t n, char* out) = 0;
};

struct ZipEntry {
  enum class Kind { kFile, kDirectory, kSymlink };
  std::string path;  ///< As stored: UTF-8 (or ASCII).
  Kind kind = Kind::kFile;
  std::uint16_t method = 0;  ///< 0 stored, 8 deflated.
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;
  std::uint64_t header_offset = 0;  ///< Of the member's local file header.
  /// Where the member's data must end: the next entry's local header, or the directory.
  std::uint64_t data_limit = 0;
};

/// The entries of a zip in the order their data is stored, or nullopt when `source` is
/// not a zip this reader takes: no end-of-central-directory record, several disks, a
/// method other than stored or deflated, encryption, names neither ASCII nor flagged
/// UTF-8, any size or offset that points outside the file, or entries whose data
/// overlap (each entry's local header and data must end before the next one's header).
///
/// An end record is looked for from the end of the file back; one that leads nowhere
/// (a false record at the end of the comment) is passed over for an earlier one.
/// `damage`, when given, is set to what is wrong with a zip that is recognisably
/// damaged even though it may still be read: no end record at all behind local
/// headers (a truncated download), or a false end record in the comment. Empty otherwise.
std::optional<std::vector<ZipEntry>> ReadZipDirectory(ByteSource& source, std::string* damage = nullptr);

}  // namespace dataaudit
