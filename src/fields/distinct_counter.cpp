#include "fields/distinct_counter.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>

namespace dataaudit {
namespace {

// splitmix64 finaliser: spreads std::hash bits evenly, which HyperLogLog relies on.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

void DistinctCounter::Add(std::string_view value) {
  AddHash(Mix(std::hash<std::string_view>{}(value)));
}

void DistinctCounter::AddHash(std::uint64_t hash) {
  if (!registers_) {
    if (std::find(exact_.begin(), exact_.end(), hash) != exact_.end()) return;
    if (exact_.size() < kExactLimit) {
      exact_.push_back(hash);
      return;
    }
    registers_ = std::make_unique<std::array<std::uint8_t, 256>>();
    registers_->fill(0);
    const std::vector<std::uint64_t> seen = std::move(exact_);
    exact_.clear();
    for (std::uint64_t h : seen) AddHash(h);
  }
  const std::size_t index = hash >> 56;
  const std::uint64_t rest = hash << 8;
  const auto rank = static_cast<std::uint8_t>(rest == 0 ? 57 : std::countl_zero(rest) + 1);
  (*registers_)[index] = std::max((*registers_)[index], rank);
}

std::uint64_t DistinctCounter::Estimate() const {
  if (!registers_) return exact_.size();
  constexpr double m = 256.0;
  double sum = 0;
  int zeros = 0;
  for (std::uint8_t r : *registers_) {
    sum += std::ldexp(1.0, -r);
    zeros += r == 0;
  }
  double estimate = (0.7213 / (1 + 1.079 / m)) * m * m / sum;
  if (estimate <= 2.5 * m && zeros > 0) estimate = m * std::log(m / zeros);  // linear counting
  return std::max<std::uint64_t>(static_cast<std::uint64_t>(std::llround(estimate)), kExactLimit);
}

}  // namespace dataaudit
