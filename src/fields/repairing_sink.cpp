#include "fields/repairing_sink.h"

#include "fields/mojibake.h"

namespace dataaudit {

NodeId MojibakeRepairingSink::Child(NodeId parent, std::string_view segment) {
  if (RepairMojibake(segment, &scratch_)) return inner_.Child(parent, scratch_);
  return inner_.Child(parent, segment);
}

void MojibakeRepairingSink::Value(NodeId node, std::string_view text, ValueType type) {
  if (type == ValueType::kString && RepairMojibake(text, &scratch_)) return inner_.Value(node, scratch_, type);
  inner_.Value(node, text, type);
}

}  // namespace dataaudit
