// Streaming CSV reader; see csv_reader.h for the contract.
//
// Design: every input byte goes through one normalising step (CR/CRLF -> LF) and then to
// the handler of the current phase. Phases that must look ahead (BOM, "Notes:" sniffing,
// delimiter detection on the header line) buffer a bounded number of bytes and replay
// them into the next phase, so no phase ever sees a chunk boundary. Line numbers are
// counted by whichever phase finally consumes a newline, so replays never double count.

#include "documents/csv_reader.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "documents/csv_header.h"
#include "documents/linkedin_notes.h"

namespace dataaudit {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// The header line is buffered to pick the delimiter; past this size we decide anyway.
constexpr std::size_t kMinHeaderBuffer = 64 * 1024;

enum class Phase { kByteOrderMark, kSniff, kPreamble, kHeader, kBody };
enum class CellState { kStart, kUnquoted, kQuoted, kQuoteInQuoted };

std::string_view Trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

class CsvReader final : public DocumentReader {
 public:
  CsvReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink), max_cell_(std::max<std::size_t>(limits.max_token_bytes, 1)),
        max_columns_(std::max<std::size_t>(limits.max_columns, 1)), max_header_bytes_(limits.max_header_bytes) {}

  void Feed(std::string_view chunk) override {
    if (failed() || finished_) return;
    for (char c : chunk) {
      if (c == '\n' && after_cr_) {
        after_cr_ = false;
        continue;
      }
      after_cr_ = (c == '\r');
      Dispatch(after_cr_ ? '\n' : c);
      if (failed()) return;
    }
  }

  void Finish() override {
    if (failed() || finished_) return;
    finished_ = true;
    if (phase_ == Phase::kByteOrderMark) Replay(Phase::kSniff);
    if (phase_ == Phase::kSniff) Replay(Phase::kHeader);
    if (phase_ == Phase::kPreamble) {
      if (notes_.in_quote()) {
        quote_line_ = notes_.quote_line();
        FailUnterminated();
      }
      return;
    }
    if (phase_ == Phase::kHeader) {
      if (pending_.empty()) return;
      StartBody();
    }
    if (state_ == CellState::kQuoted) return FailUnterminated();
    if (row_started_) EndRow();
  }

 private:
  void Dispatch(char c) {
    switch (phase_) {
      case Phase::kByteOrderMark: return OnBom(c);
      case Phase::kSniff: return OnSniff(c);
      case Phase::kPreamble: return OnPreamble(c);
      case Phase::kHeader: return OnHeader(c);
      case Phase::kBody: return OnBody(c);
    }
  }

  // Moves to `next` and feeds it the bytes buffered so far.
  void Replay(Phase next) {
    phase_ = next;
    std::string bytes = std::move(pending_);
    pending_.clear();
    for (char c : bytes) Dispatch(c);
  }

  void OnBom(char c) {
    pending_.push_back(c);
    if (pending_ == kBom) {
      pending_.clear();
      phase_ = Phase::kSniff;
    } else if (!kBom.starts_with(pending_)) {
      Replay(Phase::kSniff);
    }
  }

  void OnSniff(char c) {
    pending_.push_back(c);
    if (pending_ == NotesPreamble::kOpening) {
      pending_.clear();
      phase_ = Phase::kPreamble;
    } else if (!NotesPreamble::kOpening.starts_with(pending_)) {
      Replay(Phase::kHeader);
    }
  }

  // Skips LinkedIn's "Notes:" paragraph (documents/linkedin_notes.h).
  void OnPreamble(char c) {
    if (notes_.Feed(c, &line_)) phase_ = Phase::kHeader;
  }

  // Buffers the header line (skipping blank lines before it) while counting candidate
  // delimiters outside quotes; at its end the buffer is replayed into the body parser.
  void OnHeader(char c) {
    if (pending_.empty() && c == '\n') {
      ++line_;
      return;
    }
    pending_.push_back(c);
    if (c == '"') {
      header_quote_ = !header_quote_;
    } else if (!header_quote_) {
      if (c == '\n') return StartBody();
      if (c == ',') ++delimiter_counts_[0];
      if (c == ';') ++delimiter_counts_[1];
      if (c == '\t') ++delimiter_counts_[2];
    }
    if (pending_.size() >= std::max(max_cell_, kMinHeaderBuffer)) StartBody();
  }

  void StartBody() {
    static constexpr char kCandidates[] = {',', ';', '\t'};
    std::size_t best = 0;
    for (std::size_t i = 1; i < 3; ++i)
      if (delimiter_counts_[i] > delimiter_counts_[best]) best = i;
    delimiter_ = kCandidates[best];
    Replay(Phase::kBody);
  }

  // RFC 4180 cell state machine; `c` is never '\r' (normalised in Feed).
  void OnBody(char c) {
    switch (state_) {
      case CellState::kStart:
        if (c == '\n') {
          ++line_;
          if (row_started_) EndRow();  // blank lines are skipped
          return;
        }
        StartRow();
        if (c == '"') {
          state_ = CellState::kQuoted;
          quote_line_ = line_;
        } else if (c == delimiter_) {
          EndCell();
        } else {
          Append(c);
          state_ = CellState::kUnquoted;
        }
        return;
      case CellState::kUnquoted:
        if (c == delimiter_) return EndCell();
        if (c == '\n') {
          ++line_;
          return EndRow();
        }
        return Append(c);
      case CellState::kQuoted:
        if (c == '"') {
          state_ = CellState::kQuoteInQuoted;
          return;
        }
        if (c == '\n') ++line_;
        return Append(c);
      case CellState::kQuoteInQuoted:
        if (c == '"') {
          Append(c);
          state_ = CellState::kQuoted;
          return;
        }
        state_ = CellState::kUnquoted;  // '"a"b' reads as 'ab', like Python's csv
        return OnBody(c);
    }
  }

  void Append(char c) {
    if (cell_.size() < max_cell_) cell_.push_back(c);
  }

  void StartRow() {
    if (row_started_) return;
    row_started_ = true;
    if (header_done_) {
      sink_.BeginRecord();
      in_record_ = true;
    }
  }

  void EndCell() {
    if (column_ >= max_columns_) {
      if (!std::exchange(columns_noted_, true))
        NoteLimit("a row of more than " + std::to_string(max_columns_) +
                " cells (--max-columns); the rest of the row is not read");
    } else if (!header_done_) {
      KeepHeaderCell();
    } else if (!cell_.empty()) {
      sink_.Value(ColumnNode(column_), cell_, ValueType::kString);
    }
    cell_.clear();
    ++column_;
    state_ = CellState::kStart;
  }

  void EndRow() {
    EndCell();
    if (!header_done_) {
      BuildHeader();
    } else if (in_record_) {
      sink_.EndRecord();
      in_record_ = false;
    }
    column_ = 0;
    row_started_ = false;
  }

  // The first row's cells are kept within max_header_bytes in all; past it a cell is
  // kept empty (an unnamed column).
  void KeepHeaderCell() {
    if (header_bytes_ + cell_.size() > max_header_bytes_) {
      if (!std::exchange(header_noted_, true))
        NoteLimit("a header row longer than " + std::to_string(max_header_bytes_) +
                " bytes (--max-header-size); the columns past it are numbered");
      cell_.clear();
    }
    header_bytes_ += cell_.size();
    header_cells_.push_back(cell_);
  }

  // Names the columns once, so data rows only index a vector of node ids. A first row
  // that reads as data (csv_header.h) is not a header: it is the first record, and the
  // columns are numbered.
  void BuildHeader() {
    header_done_ = true;
    if (LooksLikeDataRow(header_cells_)) {
      sink_.BeginRecord();
      for (std::size_t i = 0; i < header_cells_.size(); ++i)
        if (!header_cells_[i].empty()) sink_.Value(ColumnNode(i), header_cells_[i], ValueType::kString);
      sink_.EndRecord();
      header_cells_.clear();
      return;
    }
    std::unordered_set<std::string> used;
    std::unordered_map<std::string, std::size_t> repeats;
    for (std::size_t i = 0; i < header_cells_.size(); ++i) {
      std::string base(Trim(header_cells_[i]));
      if (base.empty()) base = "column " + std::to_string(i + 1);
      std::string name = base;
      while (used.count(name) != 0)
        name = base + " (" + std::to_string(++repeats[base] + 1) + ")";
      used.insert(name);
      column_nodes_.push_back(sink_.Child(kRootNode, name));
    }
    header_cells_.clear();
  }

  NodeId ColumnNode(std::size_t column) {
    while (column_nodes_.size() <= column) {
      const std::string name = "column " + std::to_string(column_nodes_.size() + 1);
      column_nodes_.push_back(sink_.Child(kRootNode, name));
    }
    return column_nodes_[column];
  }

  void FailUnterminated() {
    if (in_record_) sink_.EndRecord();
    in_record_ = false;
    Fail("unterminated quoted field starting on line " + std::to_string(quote_line_));
  }

  DocumentSink& sink_;
  const std::size_t max_cell_;
  const std::size_t max_columns_;
  const std::size_t max_header_bytes_;
  std::size_t header_bytes_ = 0;
  bool columns_noted_ = false, header_noted_ = false;
  Phase phase_ = Phase::kByteOrderMark;
  bool finished_ = false;
  bool after_cr_ = false;
  std::size_t line_ = 1;
  std::size_t quote_line_ = 1;
  std::string pending_;  // BOM / "Notes:" candidates, then the raw header line
  NotesPreamble notes_;
  bool header_quote_ = false;
  std::size_t delimiter_counts_[3] = {0, 0, 0};
  char delimiter_ = ',';
  CellState state_ = CellState::kStart;
  std::string cell_;
  std::size_t column_ = 0;
  bool row_started_ = false;
  bool in_record_ = false;
  bool header_done_ = false;
  std::vector<std::string> header_cells_;
  std::vector<NodeId> column_nodes_;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeCsvReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<CsvReader>(sink, limits);
}

}  // namespace dataaudit
