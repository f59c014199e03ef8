#include "headlines/distinct_set.h"

#include <algorithm>

namespace dataaudit {

std::uint64_t MixHash(std::uint64_t key) {  // splitmix64's finaliser
  key ^= key >> 30;
  key *= 0xBF58476D1CE4E5B9ULL;
  key ^= key >> 27;
  key *= 0x94D049BB133111EBULL;
  return key ^ (key >> 31);
}

void DistinctTally::Add(const NormalValue& value) {
  const std::uint64_t key = DistinctCounter::Hash(value.key);
  if (!value.partial) {
    full_.AddHash(key);
    for (const std::string& alias : value.aliases) aliases_.Add(alias);
    return;
  }
  partial_.AddHash(key);
  if (partial_.estimating()) lookups_.clear();
  else lookups_.emplace(key, DistinctCounter::Hash(value.lookup));
}

std::uint64_t DistinctTally::Count() const {
  if (partial_.estimating() || aliases_.estimating()) return full_.Estimate() + partial_.Estimate();
  std::uint64_t unanswered = 0;
  for (const auto& [key, lookup] : lookups_) unanswered += !aliases_.Contains(lookup);
  return full_.Estimate() + unanswered;
}

std::uint64_t DistinctTally::CountWithout(const DistinctCounter& except) const {
  const std::uint64_t count = Count();
  if (except.Estimate() == 0 || except.estimating() || full_.estimating()) return count;
  std::uint64_t overlap = 0;
  except.ForEachExact([&](std::uint64_t hash) { overlap += full_.Contains(hash); });
  return count - std::min(count, overlap);
}

}  // namespace dataaudit
