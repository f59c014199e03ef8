#pragma once
// The fast path for the commonest input, a zip whose members are stored or deflated.
// The central directory is read directly (zip_directory.h) and members are inflated
// with ISA-L, about three times zlib's speed with the CRC-32 included, reading each
// member at its own offset. Any zip this reader doubts is left to libarchive before a
// single member is visited, so the two paths never mix within one input.

#include <memory>
#include <optional>
#include <string>

#include "archive/input.h"
#include "archive/zip_directory.h"

namespace dataaudit {

/// Visits the members of the zip in `source`, or returns nullopt, having visited none,
/// when ReadZipDirectory does not take it. A damaged member (bad CRC-32, invalid
/// deflate data, data that overlaps the next member) is a read error of that member;
/// the next one is read as usual. `damage` is ReadZipDirectory's: when it is set and
/// the members are read here anyway, the status is not ok and names it.
std::optional<InputStatus> ReadPlainZip(ByteSource& source, MemberVisitor& visitor, const ReadLimits& limits,
                                        std::string* damage = nullptr);

/// A ByteSource reading a file with pread; nullptr when it cannot be opened.
std::unique_ptr<ByteSource> OpenFileSource(const std::string& path);

/// A ByteSource over bytes in memory, which must outlive it.
std::unique_ptr<ByteSource> MemorySource(std::string_view bytes);

}  // namespace dataaudit
