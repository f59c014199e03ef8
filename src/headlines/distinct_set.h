#pragma once
// Distinct values of a whole input, in bounded memory.
//
// A headline's values are counted by fields/distinct_counter.h with HeadlineLimits():
// exactly up to 50,000 by default (at most 1 MiB of table), then by a HyperLogLog sketch
// of 4,096 one-byte registers (standard error about 1.6%), and from then on the headline
// says its count is an estimate.
//
// DistinctTally counts normalised values (headlines/normalise.h): full values, plus the
// partial ones that no full value answers for ("0612345678" when "+31612345678" is not in
// the input). Merging partial values needs exact sets; once any set estimates, partial
// values simply count.

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fields/distinct_counter.h"
#include "headlines/normalise.h"

namespace dataaudit {

/// What a headline counts exactly before it estimates, and the precision of its sketch.
inline constexpr std::size_t kHeadlineExactLimit = 50000;
constexpr DistinctCounter::Limits HeadlineLimits(std::size_t exact) { return {exact, 12}; }

/// Spreads the bits of a key that is not a hash yet (a grid cell) over all 64.
std::uint64_t MixHash(std::uint64_t key);

class DistinctTally {
 public:
  explicit DistinctTally(std::size_t exact_limit = kHeadlineExactLimit)
      : full_(HeadlineLimits(exact_limit)), aliases_(HeadlineLimits(3 * exact_limit)),
        partial_(HeadlineLimits(exact_limit)) {}

  void Add(const NormalValue& value);
  /// Adds a full value without aliases by its key.
  void AddKey(std::string_view key) { full_.Add(key); }
  /// Adds a full value without aliases by its hash (a position's grid cell, mixed).
  void AddHash(std::uint64_t hash) { full_.AddHash(hash); }
  /// Full values, plus the partial ones no full value answers for.
  std::uint64_t Count() const;
  /// Count(), less the full values whose keys `except` holds (while both are exact).
  std::uint64_t CountWithout(const DistinctCounter& except) const;
  bool estimated() const { return full_.estimating() || partial_.estimating(); }

 private:
  DistinctCounter full_;
  DistinctCounter aliases_;  // what full values answer for
  DistinctCounter partial_;
  std::unordered_map<std::uint64_t, std::uint64_t> lookups_;  // partial key -> its lookup, while exact
};

}  // namespace dataaudit
