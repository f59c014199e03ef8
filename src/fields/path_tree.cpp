#include "fields/path_tree.h"

#include <algorithm>

namespace dataaudit {

PathTree::PathTree(std::size_t max_nodes) : max_nodes_(std::max<std::size_t>(max_nodes, 2)) {
  nodes_.push_back({kRootNode, ""});
}

NodeId PathTree::Child(NodeId parent, std::string_view segment) {
  const auto found = children_.find(Key{parent, segment});
  if (found != children_.end()) return found->second;
  if (nodes_.size() + 1 >= max_nodes_) {
    overflowed_ = true;
    if (overflow_node_ == kRootNode) {
      nodes_.push_back({kRootNode, std::string(kOverflowSegment)});
      overflow_node_ = static_cast<NodeId>(nodes_.size() - 1);
    }
    return overflow_node_;
  }
  nodes_.push_back({parent, std::string(segment)});
  const auto id = static_cast<NodeId>(nodes_.size() - 1);
  children_.emplace(Key{parent, nodes_.back().segment}, id);
  return id;
}

std::vector<std::string_view> PathTree::Segments(NodeId node) const {
  std::vector<std::string_view> segments;
  for (NodeId n = node; n != kRootNode; n = nodes_[n].parent) segments.push_back(nodes_[n].segment);
  std::reverse(segments.begin(), segments.end());
  return segments;
}

std::string PathTree::Pointer(NodeId node) const {
  std::string pointer;
  for (std::string_view segment : Segments(node)) {
    pointer += '/';
    for (char c : segment) {
      if (c == '~') pointer += "~0";
      else if (c == '/') pointer += "~1";
      else pointer += c;
    }
  }
  return pointer;
}

}  // namespace dataaudit
