#pragma once
// The path-tree nodes of a JSON document's members and elements, cached by position.
//
// Sibling records in an array share a node and almost always list the same keys in the
// same order, so the node of member i is found by one short compare instead of the
// sink's hash lookup; an optional member that shifts the ones after it is found by a
// scan of the few cached names. Arrays likewise keep their "*" node. Each depth has
// kCachesPerDepth caches, so that containers side by side at one depth (Records.json's
// "activity" array and "activeWifiScan" object) do not evict each other.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "documents/byte_scan.h"
#include "documents/document_sink.h"

namespace dataaudit::json {

class NodeCache {
 public:
  static constexpr std::size_t kCachesPerDepth = 4;
  static constexpr std::size_t kMaxMembers = 64;  // cached per container
  static constexpr std::size_t kMaxCachedKeyBytes = 256;  // longer keys go to the sink each time

  explicit NodeCache(DocumentSink& sink) : sink_(sink) {}

  /// The cache for a container opening at `depth` with node `node`: the one a container
  /// with that node used last, else the least recently taken one at this depth.
  std::size_t Take(std::size_t depth, NodeId node);

  /// The node of the member at `position` (0-based) named `segment`, in the container
  /// that took `cache`. Inline for the usual case, the same key at the same position.
  NodeId Member(std::size_t cache, std::size_t position, std::string_view segment) {
    const auto& members = caches_[cache].members;
    if (position < members.size() && SameShortString(members[position].first, segment))
      return members[position].second;
    return OtherMember(cache, position, segment);
  }

  /// The "*" node of the elements of the array that took `cache`.
  NodeId Element(std::size_t cache) {
    const Cache& c = caches_[cache];
    return c.has_element ? c.element : NewElement(cache);
  }

 private:
  NodeId OtherMember(std::size_t cache, std::size_t position, std::string_view segment);
  NodeId NewElement(std::size_t cache);

  struct Cache {
    NodeId container = 0;
    bool valid = false;
    std::vector<std::pair<std::string, NodeId>> members;
    NodeId element = 0;
    bool has_element = false;
    std::uint64_t taken = 0;  // when a container last took it
  };

  DocumentSink& sink_;
  std::vector<Cache> caches_;
  std::uint64_t taken_ = 0;
};

}  // namespace dataaudit::json
