#include "documents/json_nodes.h"

#include <doctest/doctest.h>

#include "documents/recording_sink.h"

namespace dataaudit::json {
namespace {

// Counts the Child calls that reach the sink, to show what the cache saves.
class CountingSink final : public testing::RecordingSink {
 public:
  NodeId Child(NodeId parent, std::string_view segment) override {
    ++children;
    return RecordingSink::Child(parent, segment);
  }
  int children = 0;
};

TEST_SUITE("documents/json_nodes") {
  TEST_CASE("sibling records ask the sink once per member, also when a member is optional") {
    CountingSink sink;
    NodeCache cache(sink);
    const NodeId records = sink.Child(kRootNode, "records");
    sink.children = 0;
    NodeId lat = 0, source = 0;
    for (int i = 0; i < 100; ++i) {
      const std::size_t c = cache.Take(1, records);
      std::size_t position = 0;
      lat = cache.Member(c, position++, "lat");
      if (i % 3 == 0) CHECK(cache.Member(c, position++, "activity") == sink.Child(records, "activity"));
      source = cache.Member(c, position++, "source");
    }
    CHECK(lat == sink.Child(records, "lat"));
    CHECK(source == sink.Child(records, "source"));
    CHECK(sink.children == 3 + 34 + 2);  // first sightings, the 34 checks above, the two lookups
  }

  TEST_CASE("containers side by side at one depth keep their own caches") {
    CountingSink sink;
    NodeCache cache(sink);
    const NodeId a = sink.Child(kRootNode, "a"), b = sink.Child(kRootNode, "b");
    sink.children = 0;
    for (int i = 0; i < 50; ++i) {
      CHECK(cache.Element(cache.Take(2, a)) == sink.Child(a, "*"));
      CHECK(cache.Member(cache.Take(2, b), 0, "x") == sink.Child(b, "x"));
    }
    CHECK(sink.children == 2 + 100);  // two first sightings, then only the checks' own calls
  }
}

}  // namespace
}  // namespace dataaudit::json
