#pragma once
// Remembers which rule claimed each distinct value of one field, so that value
// conditions (detectors, patterns) run once per distinct value rather than once per
// value: a field of signal strengths or headings repeats a few hundred values millions
// of times.
//
// Values are known by their 64-bit XXH3 hash and JSON type, not by their text: two
// values that differ but share a hash would share an answer, which for the at most
// kMaxEntries values of a field has a probability below 1e-13. The table grows to
// kMaxEntries; a field that keeps bringing new values past that (ids, coordinates,
// times) is not categorical, and the memo gives up and frees its table.

#include <cstdint>
#include <vector>

#include "documents/document_sink.h"

namespace dataaudit {

struct Rule;

class ValueMemo {
 public:
  static constexpr std::size_t kMaxEntries = 1024;

  /// Looks (hash, type) up; true and `*rule` (possibly nullptr: no rule) when known.
  bool Find(std::uint64_t hash, ValueType type, const Rule** rule) const;

  /// Remembers the answer for a value Find did not know. Growing the table takes its
  /// new entries from `budget`, the entries the caller's memos may still hold; without
  /// budget the memo stops remembering.
  void Remember(std::uint64_t hash, ValueType type, const Rule* rule, std::size_t& budget);

  bool gave_up() const { return gave_up_; }

 private:
  struct Entry {
    std::uint64_t key = 0;  // 0: free
    const Rule* rule = nullptr;
  };
  static std::uint64_t Key(std::uint64_t hash, ValueType type);
  void Insert(std::uint64_t key, const Rule* rule);

  std::vector<Entry> table_;
  std::size_t size_ = 0;
  std::size_t misses_when_full_ = 0;
  bool gave_up_ = false;
};

}  // namespace dataaudit
