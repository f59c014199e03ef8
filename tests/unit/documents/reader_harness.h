#pragma once
// Shared by the reader tests: feed a document in chunks of a given size into a
// RecordingSink, and read it both whole and one byte at a time, checking both agree
// (every reader must be independent of how its input is chunked).

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/format.h"
#include "documents/recording_sink.h"

namespace dataaudit::testing {

/// Events one per line, for readable comparisons.
inline std::string JoinEvents(const std::vector<std::string>& events) {
  std::string out;
  for (const auto& e : events) out += e + "\n";
  return out;
}

struct ChunkedResult {
  std::string events;
  bool failed = false;
};

inline ChunkedResult FeedInChunks(ReaderFactory make, std::string_view input, std::size_t chunk,
                                  const ReaderLimits& limits) {
  RecordingSink sink;
  auto reader = make(sink, limits);
  for (std::size_t i = 0; i < input.size(); i += chunk) reader->Feed(input.substr(i, chunk));
  reader->Finish();
  return {JoinEvents(sink.events), reader->failed()};
}

/// The events of `input` read whole; checks that byte-by-byte reading agrees and that
/// neither fails.
inline std::string ReadWholeAndBytewise(ReaderFactory make, std::string_view input, const ReaderLimits& limits = {}) {
  const ChunkedResult whole = FeedInChunks(make, input, input.size() + 1, limits);
  const ChunkedResult bytes = FeedInChunks(make, input, 1, limits);
  CHECK(whole.events == bytes.events);
  CHECK_FALSE(whole.failed);
  CHECK_FALSE(bytes.failed);
  return whole.events;
}

}  // namespace dataaudit::testing
