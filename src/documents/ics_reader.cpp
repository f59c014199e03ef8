// Streaming iCalendar reader; see ics_reader.h for the contract.
//
// Design: the content-line Unfolder of the vCard reader yields logical lines; a stack
// of open components (bounded by max_nesting) gives each property its path node and
// brackets the record components.

#include "documents/ics_reader.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "documents/content_line.h"

namespace dataaudit {
namespace {

using content_line::IsOneOf;

using content_line::ContentLine;

constexpr std::array<std::string_view, 4> kRecordComponents = {"VEVENT", "VFREEBUSY", "VJOURNAL", "VTODO"};
constexpr std::array<std::string_view, 9> kDates = {"ACKNOWLEDGED", "COMPLETED",     "CREATED",
                                                    "DTEND",        "DTSTAMP",       "DTSTART",
                                                    "DUE",          "LAST-MODIFIED", "RECURRENCE-ID"};
constexpr std::array<std::string_view, 2> kStructured = {"GEO", "REQUEST-STATUS"};
constexpr std::array<std::string_view, 2> kAddresses = {"ATTENDEE", "ORGANIZER"};
constexpr std::size_t kMaxComponentName = 64;

std::string UpperName(std::string_view s) {
  s = content_line::Trim(s).substr(0, kMaxComponentName);
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

class IcsReader final : public DocumentReader, private content_line::LineHandler {
 public:
  IcsReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink), unfolder_(limits.max_line_bytes), max_line_(limits.max_line_bytes), max_nesting_(std::max<std::size_t>(limits.max_nesting, 1)) {}

  void Feed(std::string_view chunk) override {
    if (finished_) return;
    if (!saw_text_) saw_text_ = content_line::HasText(chunk);
    unfolder_.Feed(chunk, *this);
  }

  void Finish() override {
    if (finished_) return;
    finished_ = true;
    unfolder_.Finish(*this);
    if (unfolder_.cut())
      NoteLimit("a logical line longer than " + std::to_string(max_line_) +
                " bytes (--max-line-length); the rest of it is not read");
    if (!stack_.empty() || overflow_ > 0)
      Fail("truncated iCalendar: BEGIN:" + (stack_.empty() ? std::string("component") : stack_.back().name) +
           " without END at the end of the file");
    while (!stack_.empty()) Pop();
    if (saw_text_ && !saw_content_line_) Fail("not an iCalendar file: no NAME:VALUE content line found");
  }

 private:
  struct Frame {
    std::string name;
    NodeId node;
    bool record;
  };

  NodeId Current() const { return stack_.empty() ? kRootNode : stack_.back().node; }

  void Pop() {
    if (stack_.back().record) sink_.EndRecord();
    stack_.pop_back();
  }

  void Begin(std::string_view component) {
    if (stack_.size() >= max_nesting_) {
      ++overflow_;
      return;
    }
    std::string name = UpperName(component);
    const bool record = IsOneOf(kRecordComponents, name);
    NodeId node = kRootNode;
    if (!record && name != "VCALENDAR") node = sink_.Child(Current(), name);
    if (record) sink_.BeginRecord();
    stack_.push_back({std::move(name), node, record});
  }

  void End(std::string_view component) {
    if (overflow_ > 0) {
      --overflow_;
      return;
    }
    const std::string name = UpperName(component);
    const auto it = std::find_if(stack_.rbegin(), stack_.rend(), [&](const Frame& f) { return f.name == name; });
    if (it == stack_.rend()) return;
    const std::size_t keep = static_cast<std::size_t>(stack_.rend() - it) - 1;
    while (stack_.size() > keep) Pop();
  }

  void OnLogicalLine(std::string_view line) override {
    ContentLine cl;
    if (!content_line::Parse(line, name_, &cl)) return;
    saw_content_line_ = true;
    if (cl.name == "BEGIN") return Begin(cl.value);
    if (cl.name == "END") return End(cl.value);
    if (content_line::IsBinary(cl)) return;

    std::string decoded;
    std::string_view out = content_line::DecodeValue(cl, IsOneOf(kStructured, cl.name), decoded, value_);
    if (IsOneOf(kAddresses, cl.name)) out = content_line::Trim(content_line::DropScheme(out, "mailto:"));
    if (IsOneOf(kDates, cl.name)) {
      date_ = content_line::ExtendedDateTime(out);
      out = date_;
    }
    if (out.empty()) return;
    sink_.Value(sink_.Child(Current(), cl.name), out, ValueType::kString);
  }

  DocumentSink& sink_;
  content_line::Unfolder unfolder_;
  const std::size_t max_line_;
  const std::size_t max_nesting_;
  std::vector<Frame> stack_;
  std::size_t overflow_ = 0;  // components opened beyond max_nesting
  std::string name_, value_, date_;
  bool saw_text_ = false;
  bool saw_content_line_ = false;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeIcsReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<IcsReader>(sink, limits);
}

}  // namespace dataaudit
