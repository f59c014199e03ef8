#pragma once
// A DocumentSink for reader tests: records every value as "path=value" (paths joined
// with '/'), and records as "{" and "}" lines, so a test compares one vector of strings.

#include <string>
#include <string_view>
#include <vector>

#include "documents/document_sink.h"

namespace dataaudit::testing {

class RecordingSink : public DocumentSink {
 public:
  RecordingSink() { paths_.push_back(""); }

  NodeId Child(NodeId parent, std::string_view segment) override {
    std::string path = paths_[parent] + "/" + std::string(segment);
    for (NodeId id = 0; id < paths_.size(); ++id)
      if (paths_[id] == path) return id;
    paths_.push_back(path);
    return static_cast<NodeId>(paths_.size() - 1);
  }
  void BeginRecord() override { events.push_back("{"); }
  void EndRecord() override { events.push_back("}"); }
  void Value(NodeId node, std::string_view text, ValueType type) override {
    const char* tag = type == ValueType::kNumber ? "#"
                      : type == ValueType::kBool ? "?"
                      : type == ValueType::kNull ? "~"
                                                 : "";
    events.push_back(paths_[node] + "=" + tag + std::string(text));
  }

  /// Only the values, without record brackets.
  std::vector<std::string> values() const {
    std::vector<std::string> out;
    for (const auto& e : events)
      if (e != "{" && e != "}") out.push_back(e);
    return out;
  }

  std::vector<std::string> events;

 private:
  std::vector<std::string> paths_;
};

}  // namespace dataaudit::testing
