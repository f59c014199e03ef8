#include "documents/json_nodes.h"

namespace dataaudit::json {

std::size_t NodeCache::Take(std::size_t depth, NodeId node) {
  const std::size_t first = depth * kCachesPerDepth;
  if (caches_.size() < first + kCachesPerDepth) caches_.resize(first + kCachesPerDepth);
  for (std::size_t i = first; i < first + kCachesPerDepth; ++i)
    if (caches_[i].valid && caches_[i].container == node) return i;
  std::size_t victim = first;
  for (std::size_t i = first + 1; i < first + kCachesPerDepth; ++i)
    if (!caches_[i].valid || caches_[i].taken < caches_[victim].taken) victim = i;
  Cache& cache = caches_[victim];
  cache.members.clear();
  cache.has_element = false;
  cache.container = node;
  cache.valid = true;
  cache.taken = ++taken_;
  return victim;
}

NodeId NodeCache::OtherMember(std::size_t index, std::size_t position, std::string_view segment) {
  Cache& cache = caches_[index];
  auto& members = cache.members;
  for (const auto& [name, node] : members)
    if (SameShortString(name, segment)) return node;
  const NodeId node = sink_.Child(cache.container, segment);
  if (segment.size() > kMaxCachedKeyBytes) return node;  // a long key is not worth keeping
  if (position < members.size()) members[position] = {std::string(segment), node};
  else if (position == members.size() && position < kMaxMembers) members.emplace_back(std::string(segment), node);
  return node;
}

NodeId NodeCache::NewElement(std::size_t index) {
  Cache& cache = caches_[index];
  cache.element = sink_.Child(cache.container, "*");
  cache.has_element = true;
  return cache.element;
}

}  // namespace dataaudit::json
