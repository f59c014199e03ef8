#pragma once
// A streaming parser for one document format.
//
// The archive layer feeds a member's bytes in chunks of any size, then calls Finish().
// A reader keeps at most a bounded amount of state (the current token, a nesting stack
// capped by Limits::max_nesting), so memory does not grow with the size of the member.
// A reader never throws on bad input: it records the first error and ignores the rest.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "documents/document_sink.h"

namespace dataaudit {

/// Bounds that keep a hostile document from exhausting memory or the stack, and every
/// reader linear in time. Reaching one (other than max_token_bytes, which only cuts a
/// value) is a limit note: the reader goes on with the rest of the document.
struct ReaderLimits {
  std::size_t max_nesting = 512;          ///< Deepest object/array/element nesting.
  std::size_t max_token_bytes = 1 << 20;  ///< Longest single string or text run kept.
  std::size_t max_line_bytes = 1 << 20;   ///< One logical line: unfolded vCard/iCalendar line, mail header, text line.
  std::size_t max_encoded_word_bytes = 1024;  ///< One RFC 2047 encoded word ("=?utf-8?B?...?=").
  std::size_t max_attributes = 256;       ///< Attributes of one HTML element.
  std::size_t max_columns = 4096;         ///< Cells of one CSV row.
  std::size_t max_header_bytes = 64 << 10;  ///< Column names of one CSV header row, in all.
  std::size_t max_label_frames = 64;      ///< JSON objects open at once whose Meta "label" names their value.
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  /// Parses the next piece of the document. Chunks may split tokens anywhere,
  /// including inside a multi-byte UTF-8 sequence.
  virtual void Feed(std::string_view chunk) = 0;

  /// Marks the end of the document; reports a truncated document as an error.
  virtual void Finish() = 0;

  /// True once the reader met input it cannot parse; later input is ignored.
  bool failed() const { return !error_.empty(); }
  /// The first parse error, with a byte offset or line number where known.
  const std::string& error() const { return error_; }
  /// The limits the reader reached, one message each, in the order met; the document
  /// was read on past them (the auditor makes each a warning naming the member).
  const std::vector<std::string>& limit_notes() const { return notes_; }

 protected:
  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }
  /// Records that a limit was reached; the same message is kept once.
  void NoteLimit(std::string message) {
    for (const std::string& note : notes_)
      if (note == message) return;
    notes_.push_back(std::move(message));
  }

 private:
  std::string error_;
  std::vector<std::string> notes_;
};

}  // namespace dataaudit
