#pragma once
// Counts distinct values of a field in bounded memory.
//
// Exact while a field has few distinct values (up to kExactLimit hashes, the common
// case for categorical fields), then a HyperLogLog sketch with 256 registers (about 6.5%
// standard error) so that a field with millions of values still costs 256 bytes.
// Every value is hashed (XXH3), so Add runs once per value of every field: the exact
// hashes sit in a small open-addressing table rather than a list searched end to end.

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dataaudit {

class DistinctCounter {
 public:
  static constexpr std::size_t kExactLimit = 64;

  void Add(std::string_view value) { AddHash(Hash(value)); }
  /// Adds a value by its Hash(), for callers that need the hash themselves too.
  void AddHash(std::uint64_t hash);
  static std::uint64_t Hash(std::string_view value);
  /// The number of distinct values added (exact up to kExactLimit, estimated beyond).
  std::uint64_t Estimate() const;

 private:
  bool InsertExact(std::uint64_t hash);  // false when already present
  void Grow();
  void Register(std::uint64_t hash);

  std::vector<std::uint64_t> table_;  // exact hashes; 0 marks a free slot; load at most 1/2
  std::uint32_t exact_count_ = 0;
  std::unique_ptr<std::array<std::uint8_t, 256>> registers_;
};

}  // namespace dataaudit
