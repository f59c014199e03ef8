#pragma once
// Shared by the reader tests: feed a document in chunks of a given size into a
// RecordingSink, and read it both whole and one byte at a time, checking both agree
// (every reader must be independent of how its input is chunked).

#include <doctest/doctest.h>

#include <cstdint>
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
  std::string error;  ///< The reader's first error, empty when it did not fail.
};

inline ChunkedResult FeedInChunks(ReaderFactory make, std::string_view input, std::size_t chunk,
                                  const ReaderLimits& limits) {
  RecordingSink sink;
  auto reader = make(sink, limits);
  for (std::size_t i = 0; i < input.size(); i += chunk) reader->Feed(input.substr(i, chunk));
  reader->Finish();
  return {JoinEvents(sink.events), reader->failed(), reader->error()};
}

/// `input` read whole; checks that byte-by-byte reading gives the same events and error.
inline ChunkedResult ReadBothWays(ReaderFactory make, std::string_view input, const ReaderLimits& limits = {}) {
  const ChunkedResult whole = FeedInChunks(make, input, input.size() + 1, limits);
  const ChunkedResult bytes = FeedInChunks(make, input, 1, limits);
  CHECK(whole.events == bytes.events);
  CHECK(whole.error == bytes.error);
  return whole;
}

/// The events of `input` read whole; checks that byte-by-byte reading agrees and that
/// neither fails.
inline std::string ReadWholeAndBytewise(ReaderFactory make, std::string_view input, const ReaderLimits& limits = {}) {
  const ChunkedResult whole = ReadBothWays(make, input, limits);
  CHECK_FALSE(whole.failed);
  return whole.events;
}

/// Feeds 200 random documents (bytes from `alphabet` and random bytes, in random chunk
/// sizes, with random small limits) and checks that records stay balanced and no event
/// outgrows the limits: fuzzing in miniature, deterministic, inside the unit tests.
inline void CheckRandomInputsStayBounded(ReaderFactory make, std::string_view alphabet) {
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 200; ++round) {
    std::string input;
    const std::size_t size = next() % 600;
    for (std::size_t i = 0; i < size; ++i)
      input.push_back(next() % 4 == 0 ? static_cast<char>(next() & 0xFF) : alphabet[next() % alphabet.size()]);
    RecordingSink sink;
    ReaderLimits limits;
    limits.max_token_bytes = 1 + next() % 64;
    limits.max_nesting = 1 + next() % 4;
    auto reader = make(sink, limits);
    for (std::size_t i = 0; i < input.size();) {
      const std::size_t chunk = 1 + next() % 17;
      reader->Feed(std::string_view(input).substr(i, chunk));
      i += chunk;
    }
    reader->Finish();
    int depth = 0;
    for (const auto& e : sink.events) {
      if (e == "{") ++depth;
      if (e == "}") --depth;
      CHECK(depth >= 0);
      CHECK(e.size() <= 2 * 1024);
    }
    CHECK(depth == 0);
  }
}

}  // namespace dataaudit::testing
