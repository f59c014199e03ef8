#pragma once
// A DocumentSink in front of another that repairs Meta mojibake in keys and values, so
// that rules, detectors and the report only ever see the repaired text. Used for
// members of exports detected (or declared with --platform) as Meta's.

#include <string>

#include "documents/document_sink.h"

namespace dataaudit {

class MojibakeRepairingSink final : public DocumentSink {
 public:
  explicit MojibakeRepairingSink(DocumentSink& inner) : inner_(inner) {}

  NodeId Child(NodeId parent, std::string_view segment) override;
  void BeginRecord() override { inner_.BeginRecord(); }
  void EndRecord() override { inner_.EndRecord(); }
  void Value(NodeId node, std::string_view text, ValueType type) override;

 private:
  DocumentSink& inner_;
  std::string scratch_;
};

}  // namespace dataaudit
