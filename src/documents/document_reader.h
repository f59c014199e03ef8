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

#include "documents/document_sink.h"

namespace dataaudit {

/// Bounds that keep a hostile document from exhausting memory or the stack.
struct ReaderLimits {
  std::size_t max_nesting = 512;          ///< Deepest object/array/element nesting.
  std::size_t max_token_bytes = 1 << 20;  ///< Longest single string or text run kept.
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

 protected:
  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }

 private:
  std::string error_;
};

}  // namespace dataaudit
