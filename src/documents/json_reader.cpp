#include "documents/json_reader.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "documents/byte_scan.h"
#include "documents/json_lexical.h"
#include "documents/json_nodes.h"
#include "documents/meta_label_values.h"

namespace dataaudit {
namespace {

using json::EncodeUtf8;
using json::HexValue;
using json::IsDigitChar;
using json::IsJsonNumber;
using json::IsLowerChar;
using json::IsNumberChar;
using json::SimpleEscape;

// Where the lexer is inside the byte stream.
enum class Lex : std::uint8_t { kStart, kPrefix, kBetween, kString, kNumber, kLiteral };

// What the grammar allows next, outside tokens.
enum class Expect : std::uint8_t { kValue, kValueOrEnd, kKey, kKeyOrEnd, kColon, kCommaOrEnd };

struct Frame {
  bool is_object = false;
  std::size_t member_index = 0;  // position of the current member (objects)
  bool is_record = false;
  NodeId node = kRootNode;
  std::size_t cache = 0;  // its json::NodeCache entry
  NodeId value_node = 0;  // the node of the current member's value (objects)
  MetaLabel meta;         // Meta's {"label": ..., "value": ...} records name their values
};

constexpr std::size_t kMaxPrefixBytes = 64 * 1024;
constexpr std::size_t kMaxNumberBytes = 64;
constexpr std::size_t kDecodeSlack = 16;
constexpr unsigned char kUtf8Bom[] = {0xEF, 0xBB, 0xBF};

class JsonReader final : public DocumentReader {
 public:
  JsonReader(DocumentSink& sink, const ReaderLimits& limits) : sink_(sink), limits_(limits), nodes_(sink) {}

  void Feed(std::string_view chunk) override {
    begin_ = chunk.data();
    const char* p = begin_;
    const char* end = p + chunk.size();
    while (p < end && !failed()) {
      switch (lex_) {
        case Lex::kStart: p = LexStart(p, end); break;
        case Lex::kPrefix: p = LexPrefix(p, end); break;
        case Lex::kBetween: p = LexTokens(p, end); break;
        case Lex::kString: p = LexString(p, end); break;
        case Lex::kNumber: p = LexNumber(p, end); break;
        case Lex::kLiteral: p = LexLiteral(p, end); break;
      }
    }
    chunk_offset_ += chunk.size();
    begin_ = nullptr;
  }

  void Finish() override {
    if (failed()) return;
    if (lex_ == Lex::kNumber) CompleteNumber(Token(), chunk_offset_);
    if (lex_ == Lex::kLiteral) CompleteLiteral(Token(), chunk_offset_);
    if (failed()) return;
    if (lex_ == Lex::kString) {
      Fail(fmt::format("unterminated string at end of document (byte {})", chunk_offset_));
    } else if (lex_ == Lex::kPrefix) {
      Fail("no JSON value after the JavaScript prefix");
    } else if (depth_ > 0) {
      Fail(fmt::format("document ends inside {} open {} (truncated?)", depth_,
                       depth_ == 1 ? "container" : "containers"));
    }
  }

 private:
  // The document offset of `p`, a position in the chunk being fed.
  std::uint64_t Offset(const char* p) const { return chunk_offset_ + static_cast<std::uint64_t>(p - begin_); }

  // --- lexer states ---------------------------------------------------------

  const char* LexStart(const char* p, const char* end) {
    for (; p < end; ++p) {
      const std::uint64_t at = Offset(p);
      const auto c = static_cast<unsigned char>(*p);
      if (at < 3 && c == kUtf8Bom[at]) continue;
      if (IsJsonSpace(*p)) continue;
      if (c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' ||
          c == 'f' || c == 'n') {
        lex_ = Lex::kBetween;
      } else {
        lex_ = Lex::kPrefix;
      }
      return p;
    }
    return p;
  }

  const char* LexPrefix(const char* p, const char* end) {
    for (; p < end; ++p) {
      if (*p == '=') {
        lex_ = Lex::kBetween;
        return p + 1;
      }
      if (Offset(p) >= kMaxPrefixBytes) {
        Fail("not JSON: no value in the first 64 KiB");
        return end;
      }
    }
    return p;
  }

  // The hot loop: structure and whole tokens. A token that the chunk cuts off is
  // copied into token_ and finished by its own state in the next chunk; tokens that
  // end inside the chunk are passed on as views of it, without copying.
  const char* LexTokens(const char* p, const char* end) {
    while (true) {
      p = SkipJsonSpace(p, end);
      if (p == end) return p;
      const char c = *p;
      switch (c) {
        case '"': {
          const bool key = expect_ == Expect::kKey || expect_ == Expect::kKeyOrEnd;
          if (!key && !ValueAllowed()) return Unexpected(p, end);
          string_is_key_ = key;
          const char* q = FindQuoteOrBackslash(p + 1, end);
          if (q < end && *q == '"') {
            const std::string_view text(p + 1, static_cast<std::size_t>(q - p - 1));
            CompleteString(text.substr(0, std::min(text.size(), limits_.max_token_bytes)));
            p = q + 1;
            if (key) {  // the colon, without a trip through the switch
              p = SkipJsonSpace(p, end);
              if (p < end && *p == ':') expect_ = Expect::kValue, ++p;
            }
            break;
          }
          StartToken(Lex::kString);
          Append(p + 1, static_cast<std::size_t>(q - p - 1));
          return q;  // an escape or the chunk's end: the string state goes on
        }
        case '{':
        case '[':
          if (!ValueAllowed()) return Unexpected(p, end);
          Open(c == '{', p);
          ++p;
          break;
        case '}':
        case ']':
          if (!CloseAllowed(c == '}')) return Unexpected(p, end);
          Close();
          ++p;
          break;
        case ',':
          if (expect_ != Expect::kCommaOrEnd || depth_ == 0) return Unexpected(p, end);
          expect_ = Top().is_object ? Expect::kKey : Expect::kValue;
          ++p;
          break;
        case ':':
          if (expect_ != Expect::kColon) return Unexpected(p, end);
          expect_ = Expect::kValue;
          ++p;
          break;
        case ';':  // a JavaScript statement end after the value
          if (depth_ != 0) return Unexpected(p, end);
          ++p;
          break;
        default:
          if (!ValueAllowed()) return Unexpected(p, end);
          if (c == '-' || IsDigitChar(c)) {
            p = LexNumberToken(p, end);
          } else if (c == 't' || c == 'f' || c == 'n') {
            p = LexBareToken(Lex::kLiteral, p, end, IsLowerChar);
          } else {
            return Unexpected(p, end);
          }
      }
      if (failed() || lex_ != Lex::kBetween) return end;
    }
  }

  // A number starting at `p`. Integers, the common case, are checked as they are
  // scanned; anything else goes through the general number grammar.
  const char* LexNumberToken(const char* p, const char* end) {
    const char* digits = p + (*p == '-');
    const char* q = digits;
    while (q < end && IsDigitChar(*q)) ++q;
    if (q == end || IsNumberChar(*q)) return LexBareToken(Lex::kNumber, p, end, IsNumberChar);
    const auto length = static_cast<std::size_t>(q - p);
    if (q == digits || (*digits == '0' && q - digits > 1) || length > kMaxNumberBytes) {
      Fail(fmt::format("invalid number ending at byte {}", Offset(q)));
      return end;
    }
    Scalar(std::string_view(p, length), ValueType::kNumber);
    return q;
  }

  // A number or literal starting at `p`: whole when the chunk holds its end.
  const char* LexBareToken(Lex lex, const char* p, const char* end, bool (*part)(char)) {
    const char* q = p;
    while (q < end && part(*q)) ++q;
    if (q == end) {
      StartToken(lex);
      Append(p, static_cast<std::size_t>(q - p));
      return q;
    }
    const std::string_view text(p, static_cast<std::size_t>(q - p));
    if (lex == Lex::kNumber) CompleteNumber(text, Offset(q));
    else CompleteLiteral(text, Offset(q));
    return q;
  }

  // A string cut by a chunk boundary or holding escapes, decoded into token_.
  const char* LexString(const char* p, const char* end) {
    // Decoding never lengthens the input, except where an escape (and a surrogate left
    // pending) straddles the chunk's start: kDecodeSlack bytes cover that.
    char* out = TokenEnd(static_cast<std::size_t>(end - p) + kDecodeSlack);
    while (p < end) {
      if (escape_state_ == 0) {
        const char* q = FindQuoteOrBackslash(p, end);
        if (q != p) {
          out = FlushSurrogate(out);
          std::memcpy(out, p, static_cast<std::size_t>(q - p));
          out += q - p;
        }
        p = q;
        if (p == end) break;
        if (*p++ == '"') {
          SetTokenEnd(FlushSurrogate(out));
          CompleteString(Token());
          return p;
        }
        escape_state_ = 1;
        if (end - p >= 5 && *p == 'u') p = WholeUnicodeEscape(p, &out);
      } else if (escape_state_ == 1) {
        const char c = *p++;
        escape_state_ = 0;
        if (c == 'u') {
          escape_state_ = 2;
          unicode_ = 0;
          continue;
        }
        out = FlushSurrogate(out);
        const char decoded = SimpleEscape(c);
        if (decoded == 0) {
          Fail(fmt::format("invalid escape '\\{}' at byte {}", Printable(c), Offset(p - 1)));
          return end;
        }
        *out++ = decoded;
      } else {
        const int h = HexValue(*p);
        if (h < 0) {
          Fail(fmt::format("invalid \\u escape at byte {}", Offset(p)));
          return end;
        }
        ++p;
        unicode_ = unicode_ * 16 + static_cast<std::uint32_t>(h);
        if (++escape_state_ == 6) {
          escape_state_ = 0;
          out = CodeUnit(unicode_, out);
        }
      }
    }
    SetTokenEnd(out);
    return p;
  }

  // `p` is at the 'u' of a \uXXXX escape that the chunk holds whole (Meta's exports
  // escape every non-ASCII byte this way). Returns where to go on; an invalid digit is
  // left to the byte-wise state, which reports it.
  const char* WholeUnicodeEscape(const char* p, char** out) {
    std::uint32_t unit = 0;
    for (int i = 1; i <= 4; ++i) {
      const int h = HexValue(p[i]);
      if (h < 0) return p;
      unit = unit * 16 + static_cast<std::uint32_t>(h);
    }
    escape_state_ = 0;
    *out = CodeUnit(unit, *out);
    return p + 5;
  }

  const char* LexNumber(const char* p, const char* end) { return LexTokenRest(p, end, IsNumberChar); }
  const char* LexLiteral(const char* p, const char* end) { return LexTokenRest(p, end, IsLowerChar); }

  // The rest of a number or literal that began in an earlier chunk.
  const char* LexTokenRest(const char* p, const char* end, bool (*part)(char)) {
    const char* q = p;
    while (q < end && part(*q)) ++q;
    Append(p, static_cast<std::size_t>(q - p));
    if (q == end) return q;
    if (lex_ == Lex::kNumber) CompleteNumber(Token(), Offset(q));
    else CompleteLiteral(Token(), Offset(q));
    return q;
  }

  // --- tokens ---------------------------------------------------------------

  void StartToken(Lex lex) {
    lex_ = lex;
    token_length_ = 0;
    escape_state_ = 0;
    pending_high_ = 0;
  }

  std::string_view Token() const { return {token_.data(), token_length_}; }

  // Where the token ends, with room for `n` more bytes. token_'s size is its capacity,
  // grown (and zeroed) only when too small, never per token.
  char* TokenEnd(std::size_t n) {
    if (token_.size() < token_length_ + n) token_.resize(std::max(token_length_ + n, 2 * token_.size()));
    return token_.data() + token_length_;
  }

  // Ends the token at `out`, keeping at most max_token_bytes of it.
  void SetTokenEnd(const char* out) {
    token_length_ = std::min(static_cast<std::size_t>(out - token_.data()), limits_.max_token_bytes);
  }

  void Append(const char* data, std::size_t n) {
    n = std::min(n, limits_.max_token_bytes - std::min(token_length_, limits_.max_token_bytes));
    if (n == 0) return;
    std::memcpy(TokenEnd(n), data, n);
    token_length_ += n;
  }

  // Combines UTF-16 code units from \u escapes; a lone surrogate becomes U+FFFD.
  // Writes at `out` and returns the new end.
  char* CodeUnit(std::uint32_t unit, char* out) {
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      out = FlushSurrogate(out);
      pending_high_ = unit;
      return out;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      const std::uint32_t cp =
          pending_high_ != 0 ? 0x10000 + ((pending_high_ - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD;
      pending_high_ = 0;
      return out + EncodeUtf8(cp, out);
    }
    out = FlushSurrogate(out);
    return out + EncodeUtf8(unit, out);
  }

  char* FlushSurrogate(char* out) {
    if (pending_high_ == 0) return out;
    pending_high_ = 0;
    return out + EncodeUtf8(0xFFFD, out);
  }

  void CompleteString(std::string_view text) {
    lex_ = Lex::kBetween;
    if (string_is_key_) return Key(text);
    Scalar(text, ValueType::kString);
    if (depth_ > 0 && Top().is_object && Top().meta.expects_label()) Label(Top().meta, text);
  }

  // At most max_label_frames open objects hold a label; deeper ones name their members
  // by key (each label is kept until its object closes).
  void Label(MetaLabel& meta, std::string_view text) {
    const bool had = meta.has_label();
    if (!had && labelled_frames_ >= limits_.max_label_frames) {
      if (!std::exchange(labels_noted_, true))
        NoteLimit(fmt::format("more than {} nested label/value objects (--max-label-frames); deeper labels "
                              "are not used", limits_.max_label_frames));
      return;
    }
    meta.OnString(text);
    if (had && !meta.has_label()) --labelled_frames_;
    if (!had && meta.has_label()) ++labelled_frames_;
  }

  // `end_offset` is where the token stopped, for the error message.
  void CompleteNumber(std::string_view text, std::uint64_t end_offset) {
    lex_ = Lex::kBetween;
    if (text.size() > kMaxNumberBytes || !IsJsonNumber(text)) {
      // The token is not quoted: a malformed number may still be someone's card number.
      Fail(fmt::format("invalid number ending at byte {}", end_offset));
      return;
    }
    Scalar(text, ValueType::kNumber);
  }

  void CompleteLiteral(std::string_view text, std::uint64_t end_offset) {
    lex_ = Lex::kBetween;
    if (text == "true" || text == "false") {
      Scalar(text, ValueType::kBool);
    } else if (text == "null") {
      Scalar(text, ValueType::kNull);
    } else {
      Fail(fmt::format("invalid literal ending at byte {} (expected true, false or null)", end_offset));
    }
  }

  // --- structure ------------------------------------------------------------

  bool ValueAllowed() const { return expect_ == Expect::kValue || expect_ == Expect::kValueOrEnd; }

  bool CloseAllowed(bool object) const {
    if (depth_ == 0 || Top().is_object != object) return false;
    return expect_ == Expect::kCommaOrEnd ||
           expect_ == (object ? Expect::kKeyOrEnd : Expect::kValueOrEnd);
  }

  const char* Unexpected(const char* p, const char* end) {
    Fail(fmt::format("invalid JSON at byte {}: unexpected '{}'", Offset(p), Printable(*p)));
    return end;
  }

  static std::string Printable(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x20 && u < 0x7F) ? std::string(1, c) : fmt::format("\\x{:02X}", u);
  }

  Frame& Top() { return stack_[depth_ - 1]; }
  const Frame& Top() const { return stack_[depth_ - 1]; }

  // A member's key names the node of the value that follows, so the node is found
  // here, once, and the key need not be kept.
  void Key(std::string_view key) {
    Frame& top = Top();
    top.member_index++;
    // member_index was counted above, so the position is one less
    top.value_node = nodes_.Member(top.cache, top.member_index - 1, top.meta.NameFor(key));
    expect_ = Expect::kColon;
  }

  // The node where the value starting now belongs.
  NodeId ValueNode() {
    if (depth_ == 0) return kRootNode;
    Frame& top = Top();
    return top.is_object ? top.value_node : nodes_.Element(top.cache);
  }

  void Scalar(std::string_view text, ValueType type) {
    sink_.Value(ValueNode(), text, type);
    AfterValue();
  }

  void Open(bool object, const char* at) {
    if (depth_ >= limits_.max_nesting) {
      Fail(fmt::format("nesting deeper than {} levels at byte {}", limits_.max_nesting, Offset(at)));
      return;
    }
    const NodeId node = ValueNode();
    const bool record = object && (depth_ == 0 || !Top().is_object);
    if (record) sink_.BeginRecord();
    if (depth_ == stack_.size()) stack_.emplace_back();
    const std::size_t cache = nodes_.Take(depth_, node);
    Frame& frame = stack_[depth_++];
    frame.cache = cache;
    frame.member_index = 0;
    frame.is_object = object;
    frame.is_record = record;
    frame.node = node;
    frame.meta.Reset();
    expect_ = object ? Expect::kKeyOrEnd : Expect::kValueOrEnd;
  }

  void Close() {
    const bool record = Top().is_record;
    if (Top().is_object && Top().meta.has_label()) --labelled_frames_;
    --depth_;
    if (record) sink_.EndRecord();
    AfterValue();
  }

  void AfterValue() { expect_ = depth_ == 0 ? Expect::kValue : Expect::kCommaOrEnd; }

  DocumentSink& sink_;
  ReaderLimits limits_;
  std::vector<Frame> stack_;  // frames are reused; depth_ says how many are live
  json::NodeCache nodes_;
  std::size_t depth_ = 0;
  std::size_t labelled_frames_ = 0;  // open objects whose label names their values
  bool labels_noted_ = false;
  Lex lex_ = Lex::kStart;
  Expect expect_ = Expect::kValue;
  std::string token_;  // a token cut by a chunk boundary, or a string with escapes
  std::size_t token_length_ = 0;  // of token_, whose size() is its capacity
  bool string_is_key_ = false;
  int escape_state_ = 0;  // 0 plain, 1 after '\', 2..5 reading \u hex digits
  std::uint32_t unicode_ = 0;
  std::uint32_t pending_high_ = 0;
  const char* begin_ = nullptr;     // the chunk being fed
  std::uint64_t chunk_offset_ = 0;  // its offset in the document
};

}  // namespace

std::unique_ptr<DocumentReader> MakeJsonReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<JsonReader>(sink, limits);
}

}  // namespace dataaudit
