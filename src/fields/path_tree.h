#pragma once
// Interns the paths of one document as a tree of small integer ids.
//
// Parsers ask for Child(parent, segment) once per key they meet; the tree answers from
// a hash map without building path strings, which are only made when the report is
// written. The number of nodes is capped: a hostile document with millions of distinct
// keys folds the excess into one overflow node instead of growing without bound. So is
// the length of a path (its segments and a '/' before each): a segment that would make
// it longer is cut (on a UTF-8 boundary) to fit, and below a path at the limit every
// child is that path itself, so keys of megabytes nested hundreds deep cost at most
// max_path_bytes per node.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "documents/document_sink.h"

namespace dataaudit {

class PathTree {
 public:
  static constexpr std::string_view kOverflowSegment = "(too many distinct keys)";

  explicit PathTree(std::size_t max_nodes = 100000, std::size_t max_path_bytes = 1024);

  /// The child of `parent` named `segment`, created on first use (or the overflow node).
  NodeId Child(NodeId parent, std::string_view segment);

  NodeId parent(NodeId node) const { return nodes_[node].parent; }
  std::string_view segment(NodeId node) const { return nodes_[node].segment; }
  std::size_t size() const { return nodes_.size(); }
  bool overflowed() const { return overflowed_; }
  /// True once a path was cut at max_path_bytes.
  bool path_cut() const { return path_cut_; }
  std::size_t max_path_bytes() const { return max_path_bytes_; }

  /// The segments from the root's child down to `node`.
  std::vector<std::string_view> Segments(NodeId node) const;

  /// The RFC 6901 pointer of `node`, e.g. "/logins/*/ip" ("~" and "/" escaped).
  std::string Pointer(NodeId node) const;

 private:
  struct Node {
    NodeId parent;
    std::string segment;
    std::size_t path_bytes;  // of the whole path, with a '/' before each segment
  };
  struct Key {
    NodeId parent;
    std::string_view segment;  // points into a Node in nodes_, or into the caller's text
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<std::string_view>{}(k.segment) * 31 + k.parent;
    }
  };

  std::deque<Node> nodes_;  // a deque keeps segment storage stable for the map's views
  std::unordered_map<Key, NodeId, KeyHash> children_;
  std::size_t max_nodes_;
  std::size_t max_path_bytes_;
  bool path_cut_ = false;
  NodeId overflow_node_ = kRootNode;
  bool overflowed_ = false;
};

}  // namespace dataaudit
