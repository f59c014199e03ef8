#pragma once
// Meta's label/value records, as the JSON reader meets them: in
//   {"label": "Email", "value": "ana@example.org"}
// (label_values, string_map_data entries, lead_gen_info...) the label names the value, so
// the value's field is "/.../Email" rather than "/.../value". One MetaLabel lives in each
// open JSON object; the reader tells it every member key and string value.

#include <string>
#include <string_view>

namespace dataaudit {

class MetaLabel {
 public:
  /// A new object: no label seen yet.
  void Reset() {
    key_is_label_ = false;
    label_.clear();
  }

  /// The name the value of member `key` goes under: the object's label, once it has
  /// one, for the members that hold the labelled data; otherwise the key itself.
  std::string_view NameFor(std::string_view key);

  /// True when the current member is "label": its string value is the label.
  bool expects_label() const { return key_is_label_; }
  bool has_label() const { return !label_.empty(); }

  /// A string value of the current member (the label, when the member is "label"). A
  /// label is a path segment: at most kMaxLabelBytes of it are kept.
  void OnString(std::string_view text) {
    if (key_is_label_) label_.assign(text.substr(0, kMaxLabelBytes));
  }

  static constexpr std::size_t kMaxLabelBytes = 1024;

 private:
  bool key_is_label_ = false;  // the current member is "label"
  std::string label_;          // the "label" member's string value
};

}  // namespace dataaudit
