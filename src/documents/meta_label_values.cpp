#include "documents/meta_label_values.h"

namespace dataaudit {
namespace {

// Members of a Meta label record that hold the labelled data.
bool IsLabelledMember(std::string_view key) {
  return key == "value" || key == "vec" || key == "dict" || key == "timestamp_value" || key == "href";
}

}  // namespace

std::string_view MetaLabel::NameFor(std::string_view key) {
  key_is_label_ = key == "label";
  return !label_.empty() && IsLabelledMember(key) ? std::string_view(label_) : key;
}

}  // namespace dataaudit
