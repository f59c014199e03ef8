#pragma once
// Reads an input on a background thread so that decompression (libarchive, zlib) on one
// core overlaps parsing and classification on the other.
//
// The reader thread copies each member's chunks into a queue bounded in bytes, so
// memory stays fixed however large a member is; the calling thread visits members in
// the same order and with the same chunks as ReadInput would give. Members for which
// `skip_unread(path)` is true (media) are announced but never read, as with a visitor
// that reads nothing. When the visitor stops reading a member early, the reader thread
// is told to move on to the next one.
//
// Failures: an exception on the reader thread (out of memory, a bug) is caught there
// and rethrown from ReadInputPrefetched on the calling thread; an exception from the
// visitor stops the reader thread. Either way the thread is joined before
// ReadInputPrefetched returns or throws, so no failure ends the process.

#include <string>
#include <string_view>

#include "archive/input.h"

namespace dataaudit {

using SkipUnread = bool (*)(std::string_view path);

InputStatus ReadInputPrefetched(const std::string& input, MemberVisitor& visitor, SkipUnread skip_unread,
                                const ReadLimits& limits = {}, std::size_t max_queued_bytes = 16u << 20);

}  // namespace dataaudit
