#include "fields/path_tree.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/field_name.h"

namespace dataaudit {
namespace {

using SV = std::vector<std::string_view>;

TEST_SUITE("fields/path_tree") {
  TEST_CASE("a new tree holds only the root") {
    const PathTree tree;
    CHECK(tree.size() == 1);
    CHECK_FALSE(tree.overflowed());
    CHECK(tree.Pointer(kRootNode) == "");
    CHECK(tree.Segments(kRootNode).empty());
  }

  TEST_CASE("the same parent and segment always give the same id") {
    PathTree tree;
    const NodeId logins = tree.Child(kRootNode, "logins");
    const NodeId star = tree.Child(logins, "*");
    const NodeId ip = tree.Child(star, "ip");
    CHECK(logins != kRootNode);
    CHECK(tree.Child(kRootNode, "logins") == logins);
    CHECK(tree.Child(logins, "*") == star);
    CHECK(tree.Child(star, "ip") == ip);
    CHECK(tree.size() == 4);
    CHECK(tree.parent(ip) == star);
    CHECK(tree.parent(logins) == kRootNode);
    CHECK(tree.segment(ip) == "ip");
    CHECK(tree.Segments(ip) == SV{"logins", "*", "ip"});
    CHECK(tree.Pointer(ip) == "/logins/*/ip");
  }

  TEST_CASE("equal segments under different parents are different nodes") {
    PathTree tree;
    const NodeId a = tree.Child(kRootNode, "a");
    const NodeId b = tree.Child(kRootNode, "b");
    const NodeId a_x = tree.Child(a, "x");
    const NodeId b_x = tree.Child(b, "x");
    CHECK(a_x != b_x);
    CHECK(tree.Pointer(a_x) == "/a/x");
    CHECK(tree.Pointer(b_x) == "/b/x");
    CHECK(tree.Child(kRootNode, "x") != a_x);
  }

  TEST_CASE("segments need not outlive the call") {
    PathTree tree;
    NodeId first = 0;
    {
      std::string temporary = "emailAddress";
      first = tree.Child(kRootNode, temporary);
      temporary.assign("overwritten!");
    }
    for (int i = 0; i < 1000; ++i) tree.Child(kRootNode, "k" + std::to_string(i));  // force rehashes
    const std::string again = "emailAddress";
    CHECK(tree.Child(kRootNode, again) == first);
    CHECK(tree.segment(first) == "emailAddress");
  }

  TEST_CASE("the empty segment is a key like any other") {
    PathTree tree;
    const NodeId empty = tree.Child(kRootNode, "");
    CHECK(empty != kRootNode);
    CHECK(tree.Child(kRootNode, "") == empty);
    CHECK(tree.Pointer(tree.Child(empty, "a")) == "//a");
  }

  TEST_CASE("Pointer escapes tilde and slash as in RFC 6901") {
    struct Case {
      std::string_view segment;
      std::string_view pointer;
    };
    const Case cases[] = {
        {"a/b", "/a~1b"}, {"c~d", "/c~0d"}, {"~1", "/~01"}, {"/", "/~1"}, {"~", "/~0"}, {"IP Address", "/IP Address"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.segment);
      PathTree tree;
      const NodeId node = tree.Child(kRootNode, c.segment);
      CHECK(tree.Pointer(node) == c.pointer);
      CHECK(SplitPointer(tree.Pointer(node)) == std::vector<std::string>{std::string(c.segment)});
    }
  }

  TEST_CASE("new keys beyond the maximum fold into one overflow node") {
    PathTree tree(5);  // root, three keys, the overflow node
    const NodeId a = tree.Child(kRootNode, "a");
    const NodeId b = tree.Child(kRootNode, "b");
    const NodeId c = tree.Child(a, "c");
    CHECK_FALSE(tree.overflowed());
    CHECK(tree.size() == 4);

    const NodeId overflow = tree.Child(b, "d");
    CHECK(tree.overflowed());
    CHECK(tree.size() == 5);
    CHECK(tree.segment(overflow) == PathTree::kOverflowSegment);
    CHECK(tree.parent(overflow) == kRootNode);
    CHECK(tree.Pointer(overflow) == "/(too many distinct keys)");

    // Every further new key, under any parent (the overflow node too), is the same node.
    CHECK(tree.Child(kRootNode, "e") == overflow);
    CHECK(tree.Child(c, "f") == overflow);
    CHECK(tree.Child(overflow, "g") == overflow);
    CHECK(tree.size() == 5);

    // Keys interned before the cap keep their ids.
    CHECK(tree.Child(kRootNode, "a") == a);
    CHECK(tree.Child(a, "c") == c);
  }

  TEST_CASE("a tiny maximum still leaves room for the root and the overflow node") {
    for (std::size_t limit : {0u, 1u, 2u}) {
      CAPTURE(limit);
      PathTree tree(limit);
      const NodeId node = tree.Child(kRootNode, "a");
      CHECK(node != kRootNode);
      CHECK(tree.overflowed());
      CHECK(tree.segment(node) == PathTree::kOverflowSegment);
      CHECK(tree.size() == 2);
    }
  }

  TEST_CASE("a hostile number of distinct keys never grows the tree past its maximum") {
    PathTree tree(100);
    for (int i = 0; i < 10000; ++i) tree.Child(kRootNode, std::to_string(i));
    CHECK(tree.size() == 100);
    CHECK(tree.overflowed());
  }

  TEST_CASE("a path is cut at max_path_bytes and the children of a full path are itself") {
    PathTree tree(1000, 16);
    const NodeId a = tree.Child(kRootNode, "abcdef");  // "/abcdef": 7 bytes
    CHECK_FALSE(tree.path_cut());
    const NodeId b = tree.Child(a, std::string(100, 'x'));  // cut to fit 16 bytes
    CHECK(tree.path_cut());
    CHECK(tree.Pointer(b) == "/abcdef/xxxxxxxx");
    CHECK(tree.Child(b, "deeper") == b);
    CHECK(tree.Child(a, std::string(50, 'x')) == b);  // the same cut key is the same node
  }

  TEST_CASE("a cut never splits a UTF-8 sequence") {
    PathTree tree(1000, 7);
    const NodeId n = tree.Child(kRootNode, "abcde\xC3\xA9" "f");  // the cut falls inside the é
    CHECK(tree.Pointer(n) == "/abcde");
  }

  TEST_CASE("keys of megabytes nested deep keep every path within the limit") {
    PathTree tree(100000, 1024);
    const std::string key(1 << 20, 'k');
    NodeId node = kRootNode;
    for (int depth = 0; depth < 500; ++depth) node = tree.Child(node, key);
    CHECK(tree.Pointer(node).size() <= 1024);
    CHECK(tree.size() == 2);
  }
}

}  // namespace
}  // namespace dataaudit
