#include "fields/threaded_sink.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "documents/json_reader.h"
#include "documents/recording_sink.h"

namespace dataaudit {
namespace {

using testing::RecordingSink;

// Folds segments to lower case, so that distinct mirror nodes meet in one inner node
// (as the mojibake repair does with a broken and a clean spelling of one key).
class FoldingSink final : public DocumentSink {
 public:
  explicit FoldingSink(DocumentSink& inner) : inner_(inner) {}
  NodeId Child(NodeId parent, std::string_view segment) override {
    std::string lower(segment);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return inner_.Child(parent, lower);
  }
  void BeginRecord() override { inner_.BeginRecord(); }
  void EndRecord() override { inner_.EndRecord(); }
  void Value(NodeId node, std::string_view text, ValueType type) override { inner_.Value(node, text, type); }

 private:
  DocumentSink& inner_;
};

// A document of `records` records with mixed-case keys, strings, numbers and nulls.
std::string Document(int records) {
  std::string doc = "[";
  for (int i = 0; i < records; ++i) {
    if (i > 0) doc += ",";
    doc += "{\"Email\":\"user" + std::to_string(i) + "@example.org\",\"email\":null,\"n\":" + std::to_string(i) +
           ",\"tags\":[\"" + std::string(static_cast<std::size_t>(i % 50), 'x') + "\"]}";
  }
  return doc + "]";
}

std::vector<std::string> Direct(std::string_view doc, bool fold) {
  RecordingSink sink;
  FoldingSink folding(sink);
  auto reader = MakeJsonReader(fold ? static_cast<DocumentSink&>(folding) : sink, {});
  reader->Feed(doc);
  reader->Finish();
  return sink.events;
}

std::vector<std::string> Threaded(std::string_view doc, bool fold, std::size_t max_paths = 1000) {
  RecordingSink sink;
  FoldingSink folding(sink);
  ThreadedSink threaded(fold ? static_cast<DocumentSink&>(folding) : sink, max_paths);
  auto reader = MakeJsonReader(threaded, {});
  reader->Feed(doc);
  reader->Finish();
  threaded.Finish();
  return sink.events;
}

TEST_SUITE("fields/threaded_sink") {
  TEST_CASE("the inner sink receives exactly the events it would receive directly") {
    const std::string doc = Document(20000);  // about 1.5 MB of events: many batches
    const auto direct = Direct(doc, false);
    CHECK(direct.size() == 20000 * 6);  // braces and four values per record
    CHECK(Threaded(doc, false) == direct);
  }

  TEST_CASE("inner node ids are mapped even when the inner sink merges paths") {
    const std::string doc = Document(300);
    const auto direct = Direct(doc, true);
    CHECK(std::count(direct.begin(), direct.end(), "/*/email=user7@example.org") == 1);
    CHECK(Threaded(doc, true) == direct);
  }

  TEST_CASE("past the mirror's path limit values still arrive, under the overflow path") {
    std::string doc = "{";
    for (int i = 0; i < 100; ++i) doc += (i > 0 ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    doc += "}";
    const auto events = Threaded(doc, false, 10);  // the mirror holds 2 * 10 + 16 nodes
    REQUIRE(events.size() == 102);
    CHECK(events[1] == "/k0=#0");
    CHECK(events[100] == events[100].substr(0, events[100].find('=')) + "=#99");
  }

  TEST_CASE("finishing twice, or not at all, is safe") {
    RecordingSink sink;
    {
      ThreadedSink threaded(sink, 100);
      threaded.Value(threaded.Child(kRootNode, "a"), "1", ValueType::kNumber);
      threaded.Finish();
      threaded.Finish();
    }
    {
      ThreadedSink threaded(sink, 100);
      threaded.Value(threaded.Child(kRootNode, "b"), "2", ValueType::kNumber);
    }  // the destructor finishes
    CHECK(sink.events == std::vector<std::string>{"/a=#1", "/b=#2"});
  }

  TEST_CASE("an inner sink that throws on the replay thread: Finish rethrows, and the parser never blocks") {
    // Throws at its 1000th value, as running out of memory in the field table would.
    class ThrowingSink final : public DocumentSink {
     public:
      NodeId Child(NodeId, std::string_view) override { return next_++; }
      void BeginRecord() override {}
      void EndRecord() override {}
      void Value(NodeId, std::string_view, ValueType) override {
        if (++values_ == 1000) throw std::bad_alloc();
      }

     private:
      NodeId next_ = 1;
      int values_ = 0;
    };
    const std::string doc = Document(20000);  // many batches after the failure
    ThrowingSink inner;
    ThreadedSink threaded(inner, 1000);
    auto reader = MakeJsonReader(threaded, {});
    reader->Feed(doc);
    reader->Finish();
    CHECK_THROWS_AS(threaded.Finish(), std::bad_alloc);
    CHECK_NOTHROW(threaded.Finish());  // reported once
  }

  TEST_CASE("unwinding past a ThreadedSink whose replay failed joins its thread without throwing") {
    class ThrowingSink final : public DocumentSink {
     public:
      NodeId Child(NodeId, std::string_view) override { throw std::runtime_error("inner failed"); }
      void BeginRecord() override {}
      void EndRecord() override {}
      void Value(NodeId, std::string_view, ValueType) override {}
    };
    ThrowingSink inner;
    auto parse_then_fail = [&] {
      ThreadedSink threaded(inner, 1000);
      auto reader = MakeJsonReader(threaded, {});
      reader->Feed(Document(5000));
      throw std::logic_error("the parser failed");  // ~ThreadedSink runs during unwinding
    };
    CHECK_THROWS_WITH_AS(parse_then_fail(), "the parser failed", std::logic_error);
  }
}

}  // namespace
}  // namespace dataaudit
