#include "fields/path_tree.h"

#include <algorithm>

namespace dataaudit {

namespace {

// `s` cut to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view ClipUtf8(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace

PathTree::PathTree(std::size_t max_nodes, std::size_t max_path_bytes)
    : max_nodes_(std::max<std::size_t>(max_nodes, 2)), max_path_bytes_(std::max<std::size_t>(max_path_bytes, 2)) {
  nodes_.push_back({kRootNode, "", 0});
}

NodeId PathTree::Child(NodeId parent, std::string_view segment) {
  const std::size_t room = max_path_bytes_ - std::min(max_path_bytes_, nodes_[parent].path_bytes + 1);
  if (segment.size() > room) {
    path_cut_ = true;
    segment = ClipUtf8(segment, room);
    if (segment.empty()) return parent;  // the path is at the limit: its children are itself
  }
  const auto found = children_.find(Key{parent, segment});
  if (found != children_.end()) return found->second;
  if (nodes_.size() + 1 >= max_nodes_) {
    overflowed_ = true;
    if (overflow_node_ == kRootNode) {
      nodes_.push_back({kRootNode, std::string(kOverflowSegment), kOverflowSegment.size() + 1});
      overflow_node_ = static_cast<NodeId>(nodes_.size() - 1);
    }
    return overflow_node_;
  }
  nodes_.push_back({parent, std::string(segment), nodes_[parent].path_bytes + 1 + segment.size()});
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
