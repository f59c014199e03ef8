#pragma once
// Counts distinct values in bounded memory: exactly while there are few, then by a
// HyperLogLog sketch.
//
// The limits are the caller's: a field keeps up to 64 exact hashes, then 256 one-byte
// registers (about 6.5% standard error), so that a field with millions of values still
// costs 256 bytes; a headline over a whole input keeps up to 50,000 (at most 1 MiB of
// table), then 4,096 registers (about 1.6%). Every value is hashed (XXH3), so AddHash
// runs once per value: the exact hashes sit in a small open-addressing table rather than
// a list searched end to end.

#include <cstdint>
#include <string_view>
#include <vector>

namespace dataaudit {

class DistinctCounter {
 public:
  struct Limits {
    std::size_t exact;  ///< exact hashes kept before estimating
    int register_bits;  ///< the sketch has 2^register_bits one-byte registers
  };
  static constexpr Limits kFieldLimits{64, 8};

  explicit DistinctCounter(Limits limits = kFieldLimits) : limits_(limits) {}

  void Add(std::string_view value) { AddHash(Hash(value)); }
  /// Adds a value by its Hash(), for callers that need the hash themselves too.
  void AddHash(std::uint64_t hash);
  /// True when `hash` was added; always false once estimating.
  bool Contains(std::uint64_t hash) const;
  static std::uint64_t Hash(std::string_view value);
  /// The number of distinct values added: exact until estimating(), and never below the
  /// exact limit after.
  std::uint64_t Estimate() const;
  bool estimating() const { return !registers_.empty(); }
  /// Calls `visit` with each hash added, while exact (not at all once estimating).
  template <typename Visit>
  void ForEachExact(Visit visit) const {
    for (std::uint64_t h : table_)
      if (h != 0) visit(h);
  }

 private:
  bool InsertExact(std::uint64_t hash);  // false when already present
  void Grow();
  void Register(std::uint64_t hash);

  Limits limits_;
  std::vector<std::uint64_t> table_;  // exact hashes; 0 marks a free slot; load at most 1/2
  std::uint32_t exact_count_ = 0;
  std::vector<std::uint8_t> registers_;  // empty while exact
};

}  // namespace dataaudit
