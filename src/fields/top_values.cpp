#include "fields/top_values.h"

#include <algorithm>
#include <numeric>

namespace dataaudit {
namespace {

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view Clip(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace

std::uint32_t TopValues::Add(std::uint64_t hash, std::string_view value) {
  if (gave_up_) return kNone;
  const bool full = size_ == kCounters;
  if (full && ++window_ == kWindow) {
    gave_up_ = misses_ >= kGiveUpMisses;
    window_ = misses_ = 0;
    if (gave_up_) return kNone;
  }
  for (std::uint32_t i = 0; i < size_; ++i) {
    if (hashes_[i] == hash) {
      values_[i].count++;
      return i;
    }
  }
  std::uint32_t slot = size_;
  std::uint64_t inherited = 0;
  if (!full) {
    ++size_;
  } else {  // replace the smallest counter (the oldest of equals, so recent values rotate)
    ++misses_;
    slot = 0;
    for (std::uint32_t i = 1; i < kCounters; ++i)
      if (values_[i].count < values_[slot].count) slot = i;
    inherited = values_[slot].count;
  }
  hashes_[slot] = hash;
  TopValue& top = values_[slot];
  top.value.assign(Clip(value, kMaxValueBytes));
  top.count = inherited + 1;
  top.error = inherited;
  top.first_seen.reset();
  top.last_seen.reset();
  order_[slot] = next_order_++;
  return slot;
}

void TopValues::Date(std::uint32_t index, std::uint64_t hash, std::int64_t earliest, std::int64_t latest) {
  if (index >= size_ || hashes_[index] != hash) return;
  TopValue& top = values_[index];
  top.first_seen = std::min(top.first_seen.value_or(earliest), earliest);
  top.last_seen = std::max(top.last_seen.value_or(latest), latest);
}

std::vector<TopValue> TopValues::Sorted() const {
  if (gave_up_) return {};
  std::vector<std::uint32_t> index(size_);
  std::iota(index.begin(), index.end(), 0);
  std::sort(index.begin(), index.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (values_[a].count != values_[b].count) return values_[a].count > values_[b].count;
    return order_[a] < order_[b];
  });
  std::vector<TopValue> out;
  out.reserve(size_);
  for (std::uint32_t i : index) out.push_back(values_[i]);
  return out;
}

}  // namespace dataaudit
