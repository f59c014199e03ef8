#include "text/field_name.h"

#include <array>
#include <algorithm>

#include "text/key_tokens.h"

namespace dataaudit {
namespace {

constexpr std::array<std::string_view, 12> kGenericKeys = {
    "data", "dict", "href", "label_values", "string_list_data", "string_map_data", "text",
    "timestamp", "timestamp_value", "value", "values", "vec"};

// Appends the tokens of one segment, at most kMaxSegmentTokens of them.
void AppendSegmentTokens(std::string_view segment, std::vector<std::string>& out) {
  const std::size_t first = out.size();
  AppendKeyTokens(segment, out);
  if (out.size() > first + kMaxSegmentTokens) out.resize(first + kMaxSegmentTokens);
}

// Index of the nearest segment at or before `i` that is neither "*" nor generic, or -1.
long MeaningfulAncestor(std::span<const std::string_view> segments, long i) {
  while (i >= 0 && (segments[static_cast<std::size_t>(i)] == "*" ||
                    IsGenericKey(segments[static_cast<std::size_t>(i)])))
    --i;
  return i;
}

// The file's folders and its name without extension, as context tokens.
void AppendFileContext(std::string_view file, std::vector<std::string>& out) {
  const std::size_t bang = file.rfind('!');  // nested archive: the inner member counts
  if (bang != std::string_view::npos) file = file.substr(bang + 1);
  std::size_t start = 0;
  while (start <= file.size()) {
    std::size_t slash = file.find('/', start);
    if (slash == std::string_view::npos) slash = file.size();
    std::string_view part = file.substr(start, slash - start);
    if (slash == file.size()) {
      const std::size_t dot = part.rfind('.');
      if (dot != std::string_view::npos && dot > 0) part = part.substr(0, dot);
    }
    if (!part.empty()) {
      out.emplace_back();
      const std::size_t first = out.size();
      AppendSegmentTokens(part, out);
      // Numbers in file names (message_3, 001/) say nothing and would keep members of
      // one shape from sharing plans.
      out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                               [](const std::string& t) {
                                 return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
                               }),
                out.end());
    }
    start = slash + 1;
  }
}

}  // namespace

bool IsGenericKey(std::string_view segment) {
  return std::find(kGenericKeys.begin(), kGenericKeys.end(), segment) != kGenericKeys.end();
}

// Meta's label/value containers name no field, but they say the keys inside are labels:
// they stay in the context ("label values"), so a rule can tell a label from a value.
bool IsStructureMarker(std::string_view segment) {
  return segment == "label_values" || segment == "string_map_data" || segment == "string_list_data";
}

FieldName DescribeField(std::string_view file, std::span<const std::string_view> segments) {
  FieldName name;
  const long last = static_cast<long>(segments.size()) - 1;
  const long named = MeaningfulAncestor(segments, last);
  if (named >= 0) AppendSegmentTokens(segments[static_cast<std::size_t>(named)], name.key);
  if (last >= 0 && named != last && IsGenericKey(segments[static_cast<std::size_t>(last)]))
    AppendSegmentTokens(segments[static_cast<std::size_t>(last)], name.key);

  AppendFileContext(file, name.context);
  for (long i = 0; i < named && name.context.size() < kMaxContextTokens; ++i) {
    const std::string_view segment = segments[static_cast<std::size_t>(i)];
    if (segment == "*" || (IsGenericKey(segment) && !IsStructureMarker(segment))) continue;
    name.context.emplace_back();
    AppendSegmentTokens(segment, name.context);
  }
  if (name.context.size() > kMaxContextTokens) name.context.resize(kMaxContextTokens);
  return name;
}

std::vector<std::string> SplitPointer(std::string_view pointer) {
  std::vector<std::string> segments;
  if (pointer.empty()) return segments;
  std::size_t start = pointer.front() == '/' ? 1 : 0;
  while (true) {
    std::size_t slash = pointer.find('/', start);
    std::string_view raw = pointer.substr(start, slash == std::string_view::npos ? slash : slash - start);
    std::string segment;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        segment += raw[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        segment += raw[i];
      }
    }
    segments.push_back(std::move(segment));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return segments;
}

}  // namespace dataaudit
