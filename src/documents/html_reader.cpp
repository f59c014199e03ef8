// Streaming HTML reader; see html_reader.h for the contract.
//
// Design: libxml2 parses and recovers; this file only reacts to SAX start/end/characters.
// Inline text accumulates in `text_`; at every block boundary it becomes a "run" that is
// delivered to the innermost structural frame (table cell, <dt>, <dd>) or, outside
// those, to the free-text rules. Frames are pushed only for records, tables, rows,
// cells, <dt> and <dd> at depth <= max_nesting, so the frame stack is bounded, and no
// code recurses over the element tree. Cells of a row are held back (within one
// max_token_bytes budget for the whole document) only until the row's shape is known.

#include "documents/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>

#include "documents/html_chat_classes.h"
#include "documents/html_guard.h"
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dataaudit {
namespace {

constexpr std::size_t kMaxLabelBytes = 120;
constexpr std::size_t kMaxColumns = 256;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kSlice = 1 << 20;  // bytes copied into held_ per step
constexpr std::size_t kGuard = 16;        // longer than "</script" plus one byte

enum class Tag : std::uint8_t {
  kInline, kIgnored, kBlock, kBreak, kAnchor, kBold, kTable, kRow, kCell, kHeaderCell,
  kTerm, kDefinition, kList, kSection
};
enum class FrameKind : std::uint8_t { kRecord, kTable, kRow, kCell, kTerm, kDefinition };

Tag Classify(std::string_view name) {
  static const std::unordered_map<std::string_view, Tag> kTags = [] {
    std::unordered_map<std::string_view, Tag> tags = {
        {"title", Tag::kIgnored}, {"script", Tag::kIgnored}, {"style", Tag::kIgnored},
        {"noscript", Tag::kIgnored}, {"template", Tag::kIgnored}, {"br", Tag::kBreak},
        {"a", Tag::kAnchor}, {"b", Tag::kBold}, {"strong", Tag::kBold},
        {"table", Tag::kTable}, {"tr", Tag::kRow}, {"td", Tag::kCell},
        {"th", Tag::kHeaderCell}, {"dt", Tag::kTerm}, {"dd", Tag::kDefinition},
        {"dl", Tag::kList}, {"section", Tag::kSection}};
    for (std::string_view block :
         {"html", "body", "head", "div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
          "h6", "thead", "tbody", "tfoot", "caption", "header", "footer", "main", "article",
          "aside", "nav", "pre", "blockquote", "form", "hr", "address", "figure", "figcaption",
          "fieldset", "legend", "details", "summary", "center", "option", "textarea"})
      tags.emplace(block, Tag::kBlock);
    return tags;
  }();
  const auto it = kTags.find(name);
  return it == kTags.end() ? Tag::kInline : it->second;
}

bool IsBlock(Tag tag) {
  return tag != Tag::kInline && tag != Tag::kBreak && tag != Tag::kAnchor && tag != Tag::kBold;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Attribute(const xmlChar** atts, std::string_view name) {
  for (; atts != nullptr && atts[0] != nullptr; atts += 2)
    if (name == reinterpret_cast<const char*>(atts[0]) && atts[1] != nullptr)
      return reinterpret_cast<const char*>(atts[1]);
  return {};
}

bool HasClass(const xmlChar** atts, std::string_view token) {
  std::string_view classes = Attribute(atts, "class");
  for (std::size_t pos = classes.find(token); pos != std::string_view::npos;
       pos = classes.find(token, pos + 1)) {
    const std::size_t end = pos + token.size();
    if ((pos == 0 || IsAsciiSpace(classes[pos - 1])) &&
        (end == classes.size() || IsAsciiSpace(classes[end])))
      return true;
  }
  return false;
}

// Length of the (Unicode) space at s[i], or 0: ASCII blanks, NBSP, U+2000-200A, U+202F, U+3000.
std::size_t SpaceLength(std::string_view s, std::size_t i) {
  if (IsAsciiSpace(s[i])) return 1;
  const auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (at(0) == 0xC2 && at(1) == 0xA0) return 2;
  if (at(0) == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xAF)) return 3;
  if (at(0) == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
  return 0;
}

// Collapses every run of spaces to one ' ' and trims both ends.
std::string Normalize(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t n = SpaceLength(s, i)) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i++]);
  }
  return out;
}

std::string_view StripColon(std::string_view s) {
  if (s.ends_with(":")) s.remove_suffix(1);
  else if (s.ends_with("\xEF\xBC\x9A")) s.remove_suffix(3);  // fullwidth colon
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A normalized run as a path segment: no trailing ':' and at most 120 bytes.
std::string LabelOf(std::string_view run) {
  std::string_view label = StripColon(run);
  if (label.size() > kMaxLabelBytes) {
    std::size_t cut = kMaxLabelBytes;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
    label = label.substr(0, cut);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  }
  return std::string(label);
}

bool LooksLikeLabel(std::string_view run) {
  return run.size() <= kMaxLabelBytes + 3 && StripColon(run).size() != run.size() &&
         !StripColon(run).empty();
}

bool IsWebLink(std::string_view href) {
  for (std::string_view scheme : {"http://", "https://", "mailto:", "tel:"}) {
    if (href.size() > scheme.size() &&
        std::equal(scheme.begin(), scheme.end(), href.begin(),
                   [](char a, char b) { return a == (b | (b >= 'A' && b <= 'Z' ? 0x20 : 0)); }))
      return true;
  }
  return false;
}

struct Frame {
  Frame(FrameKind k, std::size_t d) : kind(k), depth(d) {}
  FrameKind kind;
  std::size_t depth;                 // element depth that opened the frame
  std::vector<NodeId> headers;       // table: column labels from its header row
  std::size_t table = kNone;         // row: index of its table frame
  bool is_record = false, record_open = false;
  bool buffering = true, all_th = true, columns = false;
  std::size_t cells = 0, cell = 0, cell_runs = 0;
  bool cell_th = false;
  std::vector<std::string> pending;  // row: cells held until the row's shape is known
  NodeId label = kRootNode;          // row: where the values of a label row go
};

class HtmlReader final : public DocumentReader {
 public:
  HtmlReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink), limits_(limits), max_text_(std::max<std::size_t>(limits.max_token_bytes, 1)),
        guard_(limits.max_attributes, max_text_) {
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = [](void* self, const xmlChar* name, const xmlChar** atts) {
      static_cast<HtmlReader*>(self)->Start(reinterpret_cast<const char*>(name), atts);
    };
    sax.endElement = [](void* self, const xmlChar* name) {
      static_cast<HtmlReader*>(self)->End(reinterpret_cast<const char*>(name));
    };
    sax.characters = [](void* self, const xmlChar* text, int len) {
      static_cast<HtmlReader*>(self)->Characters(reinterpret_cast<const char*>(text), len);
    };
    sax.ignorableWhitespace = sax.characters;
    sax.initialized = XML_SAX2_MAGIC;
    sax.serror = [](void*, xmlErrorPtr) {};  // recoverable errors are expected and silent
    ctxt_ = htmlCreatePushParserCtxt(&sax, this, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (ctxt_ == nullptr) {
      Fail("cannot create the HTML parser");
      return;
    }
    htmlCtxtUseOptions(ctxt_, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                  HTML_PARSE_NOWARNING);
  }
  ~HtmlReader() override {
    if (ctxt_ != nullptr) htmlFreeParserCtxt(ctxt_);
  }

  // The input goes through the guard (html_guard.h), which bounds what libxml2 holds.
  // libxml2 2.9's push parser misreads a close tag cut by a chunk boundary inside
  // <script>/<style> ("</s" + "cript>") as script text and then swallows the rest of the
  // page. So a '<' in the last kGuard bytes is held back until more input arrives: every
  // piece handed to libxml2 ends right before a '<' or at least kGuard bytes after one.
  void Feed(std::string_view chunk) override {
    while (!chunk.empty() && !failed() && !finished_) {
      const std::size_t n = std::min(chunk.size(), kSlice);
      guard_.Filter(chunk.substr(0, n), held_);
      chunk.remove_prefix(n);
      const std::size_t window = held_.size() > kGuard ? held_.size() - kGuard : 0;
      const std::size_t safe = std::min(held_.find('<', window), held_.size());
      if (safe == 0) continue;
      Parse(held_.data(), static_cast<int>(safe), false);
      held_.erase(0, safe);
    }
  }

  void Finish() override {
    if (failed() || finished_) return;
    finished_ = true;
    Parse(held_.data(), static_cast<int>(held_.size()), true);
    held_.clear();
    Flush();
    while (!frames_.empty()) PopFrame();
    ExpireLabel();
    NoteGuardLimits();
  }

 private:
  void NoteGuardLimits() {
    if (guard_.attributes_cut())
      NoteLimit("an element with more than " + std::to_string(limits_.max_attributes) +
                " attributes (--max-attributes); the rest of them are not read");
    if (guard_.values_cut())
      NoteLimit("an element whose attributes (names and values) are longer than " + std::to_string(max_text_) +
                " bytes is cut there");
    if (guard_.text_cut())
      NoteLimit("a run of text longer than " + std::to_string(max_text_) + " bytes is cut");
  }

  void Parse(const char* data, int size, bool terminate) {
    htmlParseChunk(ctxt_, data, size, terminate ? 1 : 0);
    if (ctxt_->disableSAX == 0) return;
    while (!frames_.empty()) PopFrame();  // keep the sink's records balanced
    const char* why = ctxt_->lastError.message;
    Fail("HTML parser stopped at line " + std::to_string(ctxt_->lastError.line) + ": " +
         (why != nullptr ? Normalize(why) : "unknown error"));
  }

  void Start(std::string_view name, const xmlChar** atts) {
    ++depth_;
    // libxml2 searches its whole element stack for every close tag, so a document that
    // opens tens of thousands of elements and then closes others costs quadratic time.
    // Past a hard depth the rest of the document is not read.
    if (depth_ > HardDepthLimit() && !failed()) {
      Fail("HTML elements nested deeper than " + std::to_string(HardDepthLimit()) +
           " levels; the rest of the document is not read");
      xmlStopParser(ctxt_);
      return;
    }
    const Tag tag = Classify(name);
    if (ignore_ > 0 || tag == Tag::kIgnored) {
      ignore_ += (tag == Tag::kIgnored);
      return;
    }
    if (depth_ > limits_.max_nesting) {  // too deep for structure: keep words apart only
      if (IsBlock(tag) || tag == Tag::kBreak) AddSpace();
      return;
    }
    const std::string_view classes = Attribute(atts, "class");
    const bool record = tag == Tag::kSection || HasClass(atts, "_a6-g") || HasClass(atts, "outer-cell") ||
                        IsChatMessageClass(classes);
    if (record || IsBlock(tag)) Flush();
    if (record) OpenRecord();
    if (!classes.empty()) StartChatClass(classes, atts);
    switch (tag) {
      case Tag::kBreak: return InValueFrame() ? AddSpace() : Flush();
      case Tag::kAnchor: return EmitLink(Attribute(atts, "href"));
      case Tag::kBold: return StartBold();
      case Tag::kTable: return Push(FrameKind::kTable);
      case Tag::kRow: return StartRow();
      case Tag::kCell: return StartCell(false);
      case Tag::kHeaderCell: return StartCell(true);
      case Tag::kTerm: term_text_.clear(); return Push(FrameKind::kTerm);
      case Tag::kDefinition: return Push(FrameKind::kDefinition);
      case Tag::kList: has_term_ = false; return;
      default: return;
    }
  }

  void End(std::string_view name) {
    if (depth_ == 0) return;
    const Tag tag = Classify(name);
    if (ignore_ > 0) {
      ignore_ -= (tag == Tag::kIgnored);
    } else if (depth_ > limits_.max_nesting) {
      if (IsBlock(tag)) AddSpace();
    } else {
      if (tag == Tag::kBold) EndBold();
      if (!class_labels_.empty() && class_labels_.back().depth == depth_) {
        Flush();  // the run inside a labelled element is that label's value
        class_labels_.pop_back();
      }
      const bool closes_frame = !frames_.empty() && frames_.back().depth >= depth_;
      if (IsBlock(tag) || closes_frame) Flush();
      while (!frames_.empty() && frames_.back().depth >= depth_) PopFrame();
      if (tag == Tag::kList) has_term_ = false;
    }
    --depth_;
  }

  void Characters(const char* data, int len) {
    if (ignore_ > 0) return;
    for (int i = 0; i < len; ++i) {
      if (IsAsciiSpace(data[i])) {
        space_pending_ = !text_.empty();
      } else if (text_.size() < max_text_) {
        if (space_pending_) text_.push_back(' ');
        space_pending_ = false;
        if (text_.size() < max_text_) text_.push_back(data[i]);
      }
    }
  }

  void AddSpace() { space_pending_ = !text_.empty(); }

  // Ends the current run of text and hands it to the innermost frame.
  void Flush() {
    bold_open_ = false;
    if (text_.empty()) return;
    std::string run = Normalize(text_);
    text_.clear();
    space_pending_ = false;
    if (run.empty()) return;
    const FrameKind top = frames_.empty() ? FrameKind::kRecord : frames_.back().kind;
    if (top == FrameKind::kCell) return CellRun(frames_[frames_.size() - 2], std::move(run));
    if (top == FrameKind::kDefinition) return EmitValue(has_term_ ? term_ : TextNode(), run);
    if (top != FrameKind::kTerm) return FreeRun(std::move(run));
    if (term_text_.size() >= kMaxLabelBytes) return;  // the label is cut at 120 bytes anyway
    if (!term_text_.empty()) term_text_.push_back(' ');
    term_text_.append(run, 0, kMaxLabelBytes + 1);
  }

  bool InValueFrame() const {
    if (frames_.empty()) return false;
    const FrameKind top = frames_.back().kind;
    return top == FrameKind::kCell || top == FrameKind::kTerm || top == FrameKind::kDefinition;
  }

  std::size_t HardDepthLimit() const { return std::max<std::size_t>(limits_.max_nesting * 4, 64); }

  void Push(FrameKind kind) { frames_.emplace_back(kind, depth_); }

  void PopFrame() {
    Frame& frame = frames_.back();
    if (frame.kind == FrameKind::kRecord) {
      ExpireLabel();
      sink_.EndRecord();
      --records_open_;
    } else if (frame.kind == FrameKind::kRow) {
      FinishRow(frame);
      --rows_open_;
    } else if (frame.kind == FrameKind::kTerm) {
      has_term_ = !term_text_.empty();
      if (has_term_) term_ = LabelNode(term_text_);
    }
    frames_.pop_back();
  }

  void OpenRecord() {
    ExpireLabel();
    EnsureRowRecord();
    sink_.BeginRecord();
    ++records_open_;
    Push(FrameKind::kRecord);
  }

  // A top-level row is a record, begun lazily so header and empty rows emit nothing.
  void EnsureRowRecord() {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->kind == FrameKind::kRecord) return;
      if (it->kind != FrameKind::kRow) continue;
      if (it->is_record && !it->record_open) sink_.BeginRecord();
      it->record_open = it->is_record;
      return;
    }
  }

  void EmitValue(NodeId node, std::string_view text) {
    EnsureRowRecord();
    sink_.Value(node, text, ValueType::kString);
  }

  void EmitLink(std::string_view href) {
    while (!href.empty() && IsAsciiSpace(href.front())) href.remove_prefix(1);
    while (!href.empty() && IsAsciiSpace(href.back())) href.remove_suffix(1);
    if (!IsWebLink(href)) return;
    if (!has_link_) link_ = sink_.Child(kRootNode, "link");
    has_link_ = true;
    EmitValue(link_, href.substr(0, max_text_));
  }

  // ---- chat pages: classes that name their text (html_chat_classes.h).
  void StartChatClass(std::string_view classes, const xmlChar** atts) {
    if (IsChatDateClass(classes)) {
      const std::string title = Normalize(Attribute(atts, "title"));
      if (!title.empty()) EmitValue(LabelNode("date"), std::string_view(title).substr(0, max_text_));
    }
    const std::string_view label = ChatClassLabel(classes);
    if (label.empty()) return;
    Flush();
    class_labels_.push_back({depth_, label});
  }

  // ---- free text: a chat class names its run; otherwise "Label:" runs and <b>Label:</b>
  // prefixes label the next run.
  void FreeRun(std::string run) {
    if (!class_labels_.empty()) {
      ExpireLabel();
      return EmitValue(LabelNode(class_labels_.back().label), run);
    }
    if (LooksLikeLabel(run)) {
      ExpireLabel();
      held_label_ = std::move(run);
    } else if (!held_label_.empty()) {
      const std::string label = std::exchange(held_label_, {});
      EmitValue(LabelNode(label), run);
    } else {
      EmitValue(TextNode(), run);
    }
  }

  void ExpireLabel() {
    if (!held_label_.empty()) EmitValue(TextNode(), std::exchange(held_label_, {}));
  }

  void StartBold() {
    if (bold_open_ || InValueFrame()) return;
    bold_open_ = true;
    bold_depth_ = depth_;
    bold_start_ = text_.size();
  }

  void EndBold() {
    if (!bold_open_ || bold_depth_ != depth_) return;
    bold_open_ = false;
    std::string label = Normalize(std::string_view(text_).substr(bold_start_));
    if (!LooksLikeLabel(label)) return;
    std::string before = Normalize(std::string_view(text_).substr(0, bold_start_));
    text_.clear();
    space_pending_ = false;
    if (!before.empty()) FreeRun(std::move(before));
    ExpireLabel();
    held_label_ = std::move(label);
  }

  // ---- tables
  void StartRow() {
    const bool in_table = !frames_.empty() && frames_.back().kind == FrameKind::kTable;
    Frame row(FrameKind::kRow, depth_);
    row.table = in_table ? frames_.size() - 1 : kNone;
    row.is_record = records_open_ == 0 && rows_open_ == 0;
    ++rows_open_;
    frames_.push_back(std::move(row));
  }

  void StartCell(bool th) {
    if (frames_.empty() || frames_.back().kind != FrameKind::kRow) return;  // stray cell: a block
    Frame& row = frames_.back();
    row.cell = row.cells++;
    row.cell_th = th;
    row.cell_runs = 0;
    if (row.buffering) {
      row.all_th = row.all_th && th;
      const bool hold = row.all_th || (row.cell == 0 && !HasHeaders(row));
      if (hold && row.pending.size() < kMaxColumns) row.pending.emplace_back();
      else Resolve(row);
    }
    Push(FrameKind::kCell);
  }

  void CellRun(Frame& row, std::string run) {
    const bool label_cell_value = row.cell == 0 && !row.cell_th && row.cell_runs > 0;
    ++row.cell_runs;
    if (row.buffering && !label_cell_value) return Hold(row, run);
    if (row.buffering) Resolve(row);
    EmitValue(row.columns ? ColumnNode(row, row.cell) : row.label, run);
  }

  void Hold(Frame& row, std::string_view run) {
    std::string& cell = row.pending.back();
    std::size_t room = max_text_ - std::min(max_text_, held_bytes_);
    if (!cell.empty() && room > 0) {
      cell.push_back(' ');
      --room;
      ++held_bytes_;
    }
    const std::size_t n = std::min(room, run.size());
    cell.append(run.substr(0, n));
    held_bytes_ += n;
  }

  // The row's shape is known: emit the held cells as column values or as label values.
  void Resolve(Frame& row) {
    row.buffering = false;
    row.columns = HasHeaders(row);
    if (!row.columns) row.label = row.pending.empty() ? TextNode() : LabelNode(row.pending[0]);
    for (std::size_t i = row.columns ? 0 : 1; i < row.pending.size(); ++i)
      if (!row.pending[i].empty()) EmitValue(row.columns ? ColumnNode(row, i) : row.label, row.pending[i]);
    Release(row);
  }

  void FinishRow(Frame& row) {
    if (row.buffering) {
      if (row.all_th && row.cells >= 2 && row.table != kNone) SetHeaders(frames_[row.table], row.pending);
      else if (row.cells >= 2 || HasHeaders(row)) Resolve(row);
      else if (!row.pending.empty() && !row.pending[0].empty()) FreeRun(row.pending[0]);
      Release(row);
    }
    if (row.record_open) {
      ExpireLabel();
      sink_.EndRecord();
    }
  }

  void Release(Frame& row) {
    for (const std::string& cell : row.pending) held_bytes_ -= std::min(held_bytes_, cell.size());
    row.pending.clear();
  }

  void SetHeaders(Frame& table, const std::vector<std::string>& cells) {
    table.headers.clear();
    std::unordered_set<std::string> used;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string base = LabelOf(cells[i]);
      if (base.empty()) base = "column " + std::to_string(i + 1);
      std::string name = base;
      for (std::size_t n = 2; used.count(name) != 0; ++n) name = base + " (" + std::to_string(n) + ")";
      used.insert(name);
      table.headers.push_back(sink_.Child(kRootNode, name));
    }
  }

  bool HasHeaders(const Frame& row) const { return row.table != kNone && !frames_[row.table].headers.empty(); }

  NodeId ColumnNode(const Frame& row, std::size_t i) {
    if (HasHeaders(row) && i < frames_[row.table].headers.size()) return frames_[row.table].headers[i];
    return sink_.Child(kRootNode, "column " + std::to_string(i + 1));
  }

  NodeId LabelNode(std::string_view run) {
    const std::string label = LabelOf(run);
    return label.empty() ? TextNode() : sink_.Child(kRootNode, label);
  }

  NodeId TextNode() {
    if (!has_text_) text_node_ = sink_.Child(kRootNode, "text");
    has_text_ = true;
    return text_node_;
  }

  DocumentSink& sink_;
  const ReaderLimits limits_;
  const std::size_t max_text_;
  htmlParserCtxtPtr ctxt_ = nullptr;
  HtmlGuard guard_;
  std::string held_;  // input not yet given to libxml2 (see Feed)
  bool finished_ = false;
  std::size_t depth_ = 0, ignore_ = 0;
  std::string text_;
  bool space_pending_ = false;
  std::vector<Frame> frames_;
  std::size_t records_open_ = 0, rows_open_ = 0, held_bytes_ = 0;
  bool bold_open_ = false;
  std::size_t bold_depth_ = 0, bold_start_ = 0;
  std::string held_label_, term_text_;
  struct ClassLabelFrame {
    std::size_t depth;       // element depth that opened it
    std::string_view label;  // from the static table of html_chat_classes.cpp
  };
  std::vector<ClassLabelFrame> class_labels_;  // at most one per open element
  bool has_term_ = false, has_text_ = false, has_link_ = false;
  NodeId term_ = kRootNode, text_node_ = kRootNode, link_ = kRootNode;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeHtmlReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<HtmlReader>(sink, limits);
}

}  // namespace dataaudit
