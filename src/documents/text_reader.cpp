// Streaming plain-text reader; see text_reader.h for the contract.
//
// Design: bytes are collected into one bounded line buffer; each complete line is
// classified on its own (label/value, block label, or free text), so the only state
// carried between lines is "inside a record" and the current block label.

#include "documents/text_reader.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace dataaudit {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxLabelChars = 60;

std::string_view Trim(std::string_view s) {
  const auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// A label is 1-60 characters (UTF-8 code points), has a letter (any non-ASCII byte
// counts, for non-Latin labels) and no '/', which would make it part of a URL or path.
bool IsLabel(std::string_view label) {
  std::size_t chars = 0;
  bool has_letter = false;
  for (unsigned char c : label) {
    if (c == '/') return false;
    if ((c & 0xC0) != 0x80) ++chars;
    if (c >= 0x80 || static_cast<unsigned>((c | 0x20) - 'a') < 26u) has_letter = true;
  }
  return chars >= 1 && chars <= kMaxLabelChars && has_letter;
}

// "- Account: ..." is a bulleted label: the bullet is not part of the label.
std::string_view StripBullet(std::string_view label) {
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 "})
    if (label.starts_with(bullet)) return Trim(label.substr(bullet.size()));
  return label;
}

class TextReader final : public DocumentReader {
 public:
  TextReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink), max_line_(std::max<std::size_t>(limits.max_line_bytes, 1)) {}

  void Feed(std::string_view chunk) override {
    if (finished_) return;
    for (char c : chunk) {
      if (c == '\n' && after_cr_) {
        after_cr_ = false;
        continue;
      }
      after_cr_ = (c == '\r');
      if (c == '\r' || c == '\n') {
        EndLine();
      } else if (line_.size() < max_line_) {
        line_.push_back(c);
      } else if (!line_cut_) {
        line_cut_ = true;
        NoteLimit("a line longer than " + std::to_string(max_line_) +
                  " bytes (--max-line-length); the rest of it is not read");
      }
    }
  }

  void Finish() override {
    if (finished_) return;
    finished_ = true;
    if (!line_.empty()) EndLine();
    EndBlock();
  }

 private:
  void EndLine() {
    std::string_view line = line_;
    if (first_line_ && line.starts_with(kBom)) line.remove_prefix(kBom.size());
    first_line_ = false;
    line = Trim(line);
    if (line.empty()) {
      EndBlock();
    } else {
      if (!in_record_) sink_.BeginRecord();
      in_record_ = true;
      ClassifyLine(line);
    }
    line_.clear();
  }

  void EndBlock() {
    if (in_record_) sink_.EndRecord();
    in_record_ = false;
    has_block_label_ = false;
  }

  void ClassifyLine(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view label = StripBullet(Trim(line.substr(0, colon)));
      const std::string_view rest = line.substr(colon + 1);
      if (IsLabel(label) && (rest.empty() || rest.front() == ' ' || rest.front() == '\t')) {
        const NodeId node = sink_.Child(kRootNode, label);
        const std::string_view value = Trim(rest);
        if (value.empty()) {
          block_label_ = node;
          has_block_label_ = true;
        } else {
          sink_.Value(node, value, ValueType::kString);
        }
        return;
      }
    }
    sink_.Value(has_block_label_ ? block_label_ : TextNode(), line, ValueType::kString);
  }

  NodeId TextNode() {
    if (!has_text_node_) text_node_ = sink_.Child(kRootNode, "text");
    has_text_node_ = true;
    return text_node_;
  }

  DocumentSink& sink_;
  bool line_cut_ = false;
  const std::size_t max_line_;
  std::string line_;
  bool after_cr_ = false;
  bool first_line_ = true;
  bool finished_ = false;
  bool in_record_ = false;
  bool has_block_label_ = false;
  NodeId block_label_ = kRootNode;
  bool has_text_node_ = false;
  NodeId text_node_ = kRootNode;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeTextReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<TextReader>(sink, limits);
}

}  // namespace dataaudit
