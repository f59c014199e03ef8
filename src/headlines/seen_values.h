#pragma once
// Remembers which values of one field the headlines have already taken in, so that a
// field that repeats a few hundred values a million times (activity types, settings,
// labels) is normalised, shape-checked and matched once per distinct value: counting a
// distinct value again changes nothing, and a record only needs to know whether the
// value counts (one bit, kept with it).
//
// Values are known by their 64-bit hash (as ValueMemo knows them). The table grows to
// kMaxEntries, taking its room from a budget shared by the fields of a document; a field
// that keeps bringing new values beyond that (ids, times) is not categorical and the
// memo gives up, returning its room to the budget.

#include <cstdint>
#include <optional>
#include <vector>

namespace dataaudit {

class SeenValues {
 public:
  static constexpr std::size_t kMaxEntries = 1024;

  /// The bit remembered with `hash`, or nullopt when the value is new (or the memo gave up).
  std::optional<bool> Find(std::uint64_t hash) const;

  /// Remembers `hash` (not found before) with `bit`, budget permitting.
  void Remember(std::uint64_t hash, bool bit, std::size_t& budget);

 private:
  static std::uint64_t Key(std::uint64_t hash);  // never 0; bit 0 left for the flag
  void Insert(std::uint64_t entry);

  std::vector<std::uint64_t> table_;  // key | bit; 0: free
  std::size_t size_ = 0;
  std::size_t misses_when_full_ = 0;
  bool gave_up_ = false;
};

}  // namespace dataaudit
