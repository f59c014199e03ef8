#include "documents/html_chat_classes.h"

#include <algorithm>
#include <iterator>

namespace dataaudit {
namespace {

struct ClassLabel {
  std::string_view css_class;
  std::string_view label;
};

// Sorted by class. Telegram Desktop: from_name, forwarded from_name; Facebook before 2018:
// user (the sender), meta (the date line), and the thread's participant line.
constexpr ClassLabel kLabels[] = {
    {"from_name", "sender"},
    {"meta", "date"},
    {"user", "sender"},
};

constexpr std::string_view kMessageClasses[] = {"message"};
constexpr std::string_view kDateClasses[] = {"date"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Calls `visit` with each class token of a class attribute until it returns true.
template <typename Visit>
bool AnyClass(std::string_view classes, Visit visit) {
  std::size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && IsSpace(classes[i])) ++i;
    std::size_t end = i;
    while (end < classes.size() && !IsSpace(classes[end])) ++end;
    if (end > i && visit(classes.substr(i, end - i))) return true;
    i = end;
  }
  return false;
}

template <std::size_t N>
bool HasOneOf(std::string_view classes, const std::string_view (&list)[N]) {
  return AnyClass(classes, [&](std::string_view token) {
    return std::find(std::begin(list), std::end(list), token) != std::end(list);
  });
}

}  // namespace

std::string_view ChatClassLabel(std::string_view classes) {
  std::string_view label;
  AnyClass(classes, [&](std::string_view token) {
    const auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                                 [&](const ClassLabel& entry) { return entry.css_class == token; });
    if (it == std::end(kLabels)) return false;
    label = it->label;
    return true;
  });
  return label;
}

bool IsChatMessageClass(std::string_view classes) { return HasOneOf(classes, kMessageClasses); }

bool IsChatDateClass(std::string_view classes) { return HasOneOf(classes, kDateClasses); }

}  // namespace dataaudit
