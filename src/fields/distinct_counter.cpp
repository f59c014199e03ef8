#include "fields/distinct_counter.h"

#include <algorithm>
#include <bit>
#include <cmath>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace dataaudit {
namespace {

constexpr std::size_t kFirstTableSize = 8;

}  // namespace

std::uint64_t DistinctCounter::Hash(std::string_view value) { return XXH3_64bits(value.data(), value.size()); }

void DistinctCounter::AddHash(std::uint64_t hash) {
  if (estimating()) return Register(hash);
  if (hash == 0) hash = 1;  // 0 marks a free slot
  if (!InsertExact(hash) || exact_count_ <= limits_.exact) return;
  // One more than the exact limit: from now on, estimate.
  registers_.assign(std::size_t{1} << limits_.register_bits, 0);
  for (std::uint64_t h : table_)
    if (h != 0) Register(h);
  table_ = {};
}

bool DistinctCounter::Contains(std::uint64_t hash) const {
  if (estimating() || table_.empty()) return false;
  if (hash == 0) hash = 1;
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = hash & mask; table_[i] != 0; i = (i + 1) & mask)
    if (table_[i] == hash) return true;
  return false;
}

bool DistinctCounter::InsertExact(std::uint64_t hash) {
  if (table_.empty()) table_.assign(kFirstTableSize, 0);
  const std::size_t mask = table_.size() - 1;
  std::size_t i = hash & mask;
  for (; table_[i] != 0; i = (i + 1) & mask)
    if (table_[i] == hash) return false;
  table_[i] = hash;
  if (++exact_count_ * 2 > table_.size() && exact_count_ <= limits_.exact) Grow();
  return true;
}

void DistinctCounter::Grow() {
  std::vector<std::uint64_t> old(table_.size() * 2, 0);
  old.swap(table_);
  const std::size_t mask = table_.size() - 1;
  for (std::uint64_t h : old) {
    if (h == 0) continue;
    std::size_t i = h & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = h;
  }
}

void DistinctCounter::Register(std::uint64_t hash) {
  const int bits = limits_.register_bits;
  const std::size_t index = hash >> (64 - bits);
  const std::uint64_t rest = hash << bits;
  const auto rank = static_cast<std::uint8_t>(rest == 0 ? 64 - bits + 1 : std::countl_zero(rest) + 1);
  registers_[index] = std::max(registers_[index], rank);
}

std::uint64_t DistinctCounter::Estimate() const {
  if (!estimating()) return exact_count_;
  const double m = static_cast<double>(registers_.size());
  double sum = 0;
  int zeros = 0;
  for (std::uint8_t r : registers_) {
    sum += std::ldexp(1.0, -r);
    zeros += r == 0;
  }
  double estimate = (0.7213 / (1 + 1.079 / m)) * m * m / sum;
  if (estimate <= 2.5 * m && zeros > 0) estimate = m * std::log(m / zeros);  // linear counting
  // Never below what the exact table held when it gave up.
  return std::max<std::uint64_t>(static_cast<std::uint64_t>(std::llround(estimate)), limits_.exact);
}

}  // namespace dataaudit
