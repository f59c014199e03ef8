// Streaming vCard reader and the shared content-line machinery; see vcard_reader.h for
// the contract.
//
// Design: an Unfolder turns bytes into logical lines with one bounded buffer (a folded
// continuation is only known when the next physical line starts, so the pending logical
// line is kept until then); each logical line is parsed and emitted on its own. The only
// state between lines is the vCard nesting depth.

#include "documents/vcard_reader.h"

#include "documents/content_line.h"

#include <algorithm>
#include <array>

namespace dataaudit {

namespace {

using content_line::IsOneOf;

using content_line::ContentLine;

constexpr std::array<std::string_view, 4> kStructured = {"ADR", "GENDER", "N", "ORG"};
constexpr std::array<std::string_view, 3> kDates = {"ANNIVERSARY", "BDAY", "REV"};

class VcardReader final : public DocumentReader, private content_line::LineHandler {
 public:
  VcardReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink), unfolder_(limits.max_line_bytes), max_line_(limits.max_line_bytes), max_nesting_(limits.max_nesting) {}

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
    if (depth_ > 0) Fail("truncated vCard: BEGIN:VCARD without END:VCARD at the end of the file");
    while (records_ > 0) {
      sink_.EndRecord();
      --records_;
    }
    if (saw_text_ && !saw_content_line_) Fail("not a vCard: no NAME:VALUE content line found");
  }

 private:
  void OnLogicalLine(std::string_view line) override {
    ContentLine cl;
    if (!content_line::Parse(line, name_, &cl)) return;
    saw_content_line_ = true;
    const std::string_view value = content_line::Trim(cl.value);
    if (cl.name == "BEGIN") {
      if (content_line::EqualsIgnoreCase(value, "VCARD")) {
        ++depth_;
        if (records_ < max_nesting_) {
          sink_.BeginRecord();
          ++records_;
        }
      }
      return;
    }
    if (cl.name == "END") {
      if (content_line::EqualsIgnoreCase(value, "VCARD") && depth_ > 0) {
        if (records_ == depth_) {
          sink_.EndRecord();
          --records_;
        }
        --depth_;
      }
      return;
    }
    if (content_line::IsBinary(cl)) return;

    std::string raw;
    std::string_view out = content_line::DecodeValue(cl, IsOneOf(kStructured, cl.name), raw, value_);
    if (cl.name == "TEL") out = content_line::DropScheme(out, "tel:");
    if (cl.name == "EMAIL") out = content_line::DropScheme(out, "mailto:");
    if (IsOneOf(kDates, cl.name)) {
      date_ = content_line::ExtendedDateTime(out);
      out = date_;
    }
    out = content_line::Trim(out);
    if (out.empty()) return;
    sink_.Value(sink_.Child(kRootNode, cl.name), out, ValueType::kString);
  }

  DocumentSink& sink_;
  content_line::Unfolder unfolder_;
  const std::size_t max_line_;
  const std::size_t max_nesting_;
  std::string name_, value_, date_;
  std::size_t depth_ = 0;    // open vCards
  std::size_t records_ = 0;  // open records (at most max_nesting)
  bool saw_text_ = false;
  bool saw_content_line_ = false;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeVcardReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<VcardReader>(sink, limits);
}

}  // namespace dataaudit
