#include "headlines/seen_values.h"

namespace dataaudit {
namespace {

constexpr std::size_t kFirstSize = 16;

}  // namespace

std::uint64_t SeenValues::Key(std::uint64_t hash) {
  const std::uint64_t key = hash & ~std::uint64_t{1};
  return key == 0 ? 2 : key;
}

std::optional<bool> SeenValues::Find(std::uint64_t hash) const {
  if (table_.empty()) return std::nullopt;
  const std::uint64_t key = Key(hash);
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = (key >> 1) & mask; table_[i] != 0; i = (i + 1) & mask)
    if ((table_[i] & ~std::uint64_t{1}) == key) return (table_[i] & 1) != 0;
  return std::nullopt;
}

void SeenValues::Remember(std::uint64_t hash, bool bit, std::size_t& budget) {
  if (gave_up_) return;
  if (size_ == kMaxEntries) {
    if (++misses_when_full_ >= kMaxEntries) {  // as many new values again: not categorical
      gave_up_ = true;
      budget += table_.size();
      table_ = {};
    }
    return;
  }
  if (2 * (size_ + 1) > table_.size()) {  // keep the load at most one half
    const std::size_t grown = table_.empty() ? kFirstSize : 2 * table_.size();
    if (grown - table_.size() > budget) return;
    budget -= grown - table_.size();
    std::vector<std::uint64_t> old(grown, 0);
    old.swap(table_);
    size_ = 0;
    for (std::uint64_t entry : old)
      if (entry != 0) Insert(entry);
  }
  Insert(Key(hash) | (bit ? 1 : 0));
}

void SeenValues::Insert(std::uint64_t entry) {
  const std::size_t mask = table_.size() - 1;
  std::size_t i = (entry >> 1) & mask;
  while (table_[i] != 0) i = (i + 1) & mask;
  table_[i] = entry;
  ++size_;
}

}  // namespace dataaudit
