#pragma once
// Reads the members of one input as streams: a zip/tar/tar.gz archive (through
// libarchive, nothing extracted to disk), a directory (an export someone already
// unzipped), or a single loose file. Archives held in memory (a zip inside a zip) are
// read the same way.
//
// Members are visited in the order the input stores them (directories: sorted). Only
// regular files are members; links, devices and FIFOs are reported and never followed.

#include <cstdint>
#include <string>
#include <string_view>

namespace dataaudit {

struct MemberInfo {
  std::string path;        ///< '/'-separated path inside the input.
  std::int64_t size = -1;  ///< Uncompressed size when the input states it.
};

/// The bytes of the member being visited, read in chunks.
class MemberData {
 public:
  virtual ~MemberData() = default;
  /// Sets `chunk` to the next bytes; an empty chunk means the end. Returns false and
  /// sets `error` when the input cannot be read further.
  virtual bool Read(std::string_view* chunk, std::string* error) = 0;
  /// Like Read, but the bytes go into `buffer` (whose memory is reused), so that the
  /// prefetching thread can hand them over without copying. An empty buffer means the
  /// end. The default copies what Read gives; readers that decompress override it to
  /// write straight into the buffer.
  virtual bool ReadInto(std::string* buffer, std::string* error) {
    std::string_view chunk;
    if (!Read(&chunk, error)) return false;
    buffer->assign(chunk);
    return true;
  }
};

class MemberVisitor {
 public:
  virtual ~MemberVisitor() = default;
  /// Called once per regular file. The visitor may read all, part or none of `data`.
  virtual void OnMember(const MemberInfo& info, MemberData& data) = 0;
  /// Called for entries that are not read: links, devices, encrypted members.
  virtual void OnIgnoredEntry(const std::string& path, const std::string& reason) = 0;
};

/// Bounds on what reading an archive may cost.
struct ReadLimits {
  /// A member whose bytes outgrow its compressed bytes by more than this (past the first
  /// 16 MiB) stops with an error: a zip bomb.
  double max_compression_ratio = 1000.0;
  /// Uncompressed bytes that may be decompressed, over the whole input, only to pass
  /// over members or their unread rest (a skipped member in a tar.bz2 must be inflated
  /// to reach the next one). Past it, the input stops with an error.
  std::uint64_t max_skipped_bytes = 256ull << 30;
};

struct InputStatus {
  bool ok = true;
  std::string error;  ///< Why the input could not be read (fully); empty when ok.
  std::uint64_t members = 0;
};

/// The input name that stands for standard input: an archive read as a stream (a zip
/// through its local headers), never seeked, so a pipe works.
inline constexpr std::string_view kStandardInput = "-";

/// Reads `input` (archive file, directory, loose file, or kStandardInput) and visits its
/// members. What a visitor leaves unread of a member is skipped: by seeking where the
/// format allows, otherwise by decompressing it within `limits`. An input in a format
/// dataaudit does not read (RAR) fails with a message that names the format.
InputStatus ReadInput(const std::string& input, MemberVisitor& visitor, const ReadLimits& limits = {});

/// Reads an archive whose bytes are in memory.
InputStatus ReadArchiveMemory(std::string_view bytes, MemberVisitor& visitor, const ReadLimits& limits = {});

/// True when `head` (the first bytes of a file) starts like a zip, tar or compressed file.
bool LooksLikeArchive(std::string_view head);

}  // namespace dataaudit
