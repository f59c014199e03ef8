#include "fields/value_memo.h"

namespace dataaudit {
namespace {

constexpr std::size_t kFirstSize = 16;

}  // namespace

std::uint64_t ValueMemo::Key(std::uint64_t hash, ValueType type) {
  const std::uint64_t key = hash ^ (static_cast<std::uint64_t>(type) * 0x9E3779B97F4A7C15ULL);
  return key == 0 ? 1 : key;
}

bool ValueMemo::Find(std::uint64_t hash, ValueType type, const Rule** rule) const {
  if (table_.empty()) return false;
  const std::uint64_t key = Key(hash, type);
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = key & mask; table_[i].key != 0; i = (i + 1) & mask) {
    if (table_[i].key == key) {
      *rule = table_[i].rule;
      return true;
    }
  }
  return false;
}

void ValueMemo::Remember(std::uint64_t hash, ValueType type, const Rule* rule, std::size_t& budget) {
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
    std::vector<Entry> old(grown);
    old.swap(table_);
    size_ = 0;
    for (const Entry& entry : old)
      if (entry.key != 0) Insert(entry.key, entry.rule);
  }
  Insert(Key(hash, type), rule);
}

void ValueMemo::Insert(std::uint64_t key, const Rule* rule) {
  const std::size_t mask = table_.size() - 1;
  std::size_t i = key & mask;
  while (table_[i].key != 0) i = (i + 1) & mask;
  table_[i] = {key, rule};
  ++size_;
}

}  // namespace dataaudit
