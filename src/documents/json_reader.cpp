#include "documents/json_reader.h"

#include <string>
#include <vector>

#include <fmt/format.h>

namespace dataaudit {
namespace {

// Where the lexer is inside the byte stream.
enum class Lex : std::uint8_t { kStart, kPrefix, kBetween, kString, kNumber, kLiteral };

// What the grammar allows next, outside tokens.
enum class Expect : std::uint8_t { kValue, kValueOrEnd, kKey, kKeyOrEnd, kColon, kCommaOrEnd };

// The nodes of an object's members by position. Sibling records in an array share a
// node and almost always list the same keys in the same order, so the node of member i
// is found by one string compare instead of a hash lookup.
struct MemberCache {
  NodeId object_node = 0;
  bool valid = false;
  std::vector<std::pair<std::string, NodeId>> members;
};

struct Frame {
  bool is_object = false;
  std::size_t member_index = 0;  // position of the current member (objects)
  bool is_record = false;
  NodeId node = kRootNode;
  NodeId element_node = 0;  // cached "*" child of an array
  bool has_element_node = false;
  std::string key;    // the member being read (objects)
  std::string label;  // a "label" member's string value (Meta label_values)
};

constexpr std::size_t kMaxPrefixBytes = 64 * 1024;
constexpr std::size_t kMaxCachedMembers = 64;
constexpr unsigned char kUtf8Bom[] = {0xEF, 0xBB, 0xBF};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool IsNumberChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool IsJsonNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size() || !IsDigitChar(s[i])) return false;
  if (s[i] == '0') ++i;
  else
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  if (i < s.size() && s[i] == '.') {
    if (++i >= s.size() || !IsDigitChar(s[i])) return false;
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    if (++i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !IsDigitChar(s[i])) return false;
    while (i < s.size() && IsDigitChar(s[i])) ++i;
  }
  return i == s.size();
}

// Members of a Meta label_values record that hold the labelled data.
bool IsLabelledMember(std::string_view key) {
  return key == "value" || key == "vec" || key == "dict" || key == "timestamp_value" || key == "href";
}

// Writes the UTF-8 encoding of `cp` to `out` (4 bytes of room) and returns its length.
std::size_t EncodeUtf8(std::uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

class JsonReader final : public DocumentReader {
 public:
  JsonReader(DocumentSink& sink, const ReaderLimits& limits) : sink_(sink), limits_(limits) {}

  void Feed(std::string_view chunk) override {
    const char* p = chunk.data();
    const char* end = p + chunk.size();
    while (p < end && !failed()) {
      switch (lex_) {
        case Lex::kStart: p = LexStart(p, end); break;
        case Lex::kPrefix: p = LexPrefix(p, end); break;
        case Lex::kBetween: p = LexBetween(p, end); break;
        case Lex::kString: p = LexString(p, end); break;
        case Lex::kNumber: p = LexNumber(p, end); break;
        case Lex::kLiteral: p = LexLiteral(p, end); break;
      }
    }
  }

  void Finish() override {
    if (failed()) return;
    if (lex_ == Lex::kNumber) CompleteNumber();
    if (lex_ == Lex::kLiteral) CompleteLiteral();
    if (failed()) return;
    if (lex_ == Lex::kString) {
      Fail(fmt::format("unterminated string at end of document (byte {})", offset_));
    } else if (lex_ == Lex::kPrefix) {
      Fail("no JSON value after the JavaScript prefix");
    } else if (depth_ > 0) {
      Fail(fmt::format("document ends inside {} open {} (truncated?)", depth_,
                       depth_ == 1 ? "container" : "containers"));
    }
  }

 private:
  // --- lexer states ---------------------------------------------------------

  const char* LexStart(const char* p, const char* end) {
    for (; p < end; ++p, ++offset_) {
      const auto c = static_cast<unsigned char>(*p);
      if (offset_ < 3 && c == kUtf8Bom[offset_]) continue;
      if (IsSpace(*p)) continue;
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
    for (; p < end; ++p, ++offset_) {
      if (*p == '=') {
        ++offset_;
        lex_ = Lex::kBetween;
        return p + 1;
      }
      if (offset_ >= kMaxPrefixBytes) {
        Fail("not JSON: no value in the first 64 KiB");
        return end;
      }
    }
    return p;
  }

  const char* LexBetween(const char* p, const char* end) {
    while (p < end && IsSpace(*p)) ++p, ++offset_;
    if (p == end) return p;
    const char c = *p;
    switch (c) {
      case '{':
      case '[':
        if (!ValueAllowed()) return Unexpected(c, end);
        Open(c == '{');
        break;
      case '}':
      case ']':
        if (!CloseAllowed(c == '}')) return Unexpected(c, end);
        Close();
        break;
      case ',':
        if (expect_ != Expect::kCommaOrEnd || depth_ == 0) return Unexpected(c, end);
        expect_ = Top().is_object ? Expect::kKey : Expect::kValue;
        break;
      case ':':
        if (expect_ != Expect::kColon) return Unexpected(c, end);
        expect_ = Expect::kValue;
        break;
      case '"':
        if (expect_ == Expect::kKey || expect_ == Expect::kKeyOrEnd) {
          string_is_key_ = true;
        } else if (ValueAllowed()) {
          string_is_key_ = false;
        } else {
          return Unexpected(c, end);
        }
        StartToken(Lex::kString);
        break;
      case ';':  // a JavaScript statement end after the value
        if (depth_ != 0) return Unexpected(c, end);
        break;
      default:
        if (!ValueAllowed()) return Unexpected(c, end);
        if (c == '-' || (c >= '0' && c <= '9')) {
          StartToken(Lex::kNumber);
          return p;  // the number state consumes it
        }
        if (c == 't' || c == 'f' || c == 'n') {
          StartToken(Lex::kLiteral);
          return p;
        }
        return Unexpected(c, end);
    }
    ++offset_;
    return p + 1;
  }

  const char* LexString(const char* p, const char* end) {
    while (p < end) {
      if (escape_state_ == 0) {
        const char* q = p;
        while (q < end && *q != '"' && *q != '\\') ++q;
        if (q != p) {
          FlushSurrogate();
          Append(p, static_cast<std::size_t>(q - p));
        }
        offset_ += static_cast<std::uint64_t>(q - p);
        p = q;
        if (p == end) return p;
        ++offset_;
        if (*p++ == '"') {
          FlushSurrogate();
          CompleteString();
          return p;
        }
        escape_state_ = 1;
      } else if (escape_state_ == 1) {
        ++offset_;
        const char c = *p++;
        escape_state_ = 0;
        if (c == 'u') {
          escape_state_ = 2;
          unicode_ = 0;
          continue;
        }
        FlushSurrogate();
        switch (c) {
          case 'n': AppendChar('\n'); break;
          case 't': AppendChar('\t'); break;
          case 'r': AppendChar('\r'); break;
          case 'b': AppendChar('\b'); break;
          case 'f': AppendChar('\f'); break;
          case '"': case '\\': case '/': AppendChar(c); break;
          default:
            Fail(fmt::format("invalid escape '\\{}' at byte {}", Printable(c), offset_ - 1));
            return end;
        }
      } else {
        ++offset_;
        const int h = HexValue(*p++);
        if (h < 0) {
          Fail(fmt::format("invalid \\u escape at byte {}", offset_ - 1));
          return end;
        }
        unicode_ = unicode_ * 16 + static_cast<std::uint32_t>(h);
        if (++escape_state_ == 6) {
          escape_state_ = 0;
          CodeUnit(unicode_);
        }
      }
    }
    return p;
  }

  const char* LexNumber(const char* p, const char* end) {
    const char* q = p;
    while (q < end && IsNumberChar(*q)) ++q;
    Append(p, static_cast<std::size_t>(q - p));
    offset_ += static_cast<std::uint64_t>(q - p);
    if (q < end) CompleteNumber();
    return q;
  }

  const char* LexLiteral(const char* p, const char* end) {
    const char* q = p;
    while (q < end && *q >= 'a' && *q <= 'z') ++q;
    Append(p, static_cast<std::size_t>(q - p));
    offset_ += static_cast<std::uint64_t>(q - p);
    if (q < end) CompleteLiteral();
    return q;
  }

  // --- tokens ---------------------------------------------------------------

  void StartToken(Lex lex) {
    lex_ = lex;
    token_.clear();
    escape_state_ = 0;
    pending_high_ = 0;
  }

  void Append(const char* data, std::size_t n) {
    const std::size_t room = limits_.max_token_bytes - std::min(token_.size(), limits_.max_token_bytes);
    token_.append(data, std::min(n, room));
  }
  void AppendChar(char c) { Append(&c, 1); }

  // Combines UTF-16 code units from \u escapes; a lone surrogate becomes U+FFFD.
  void CodeUnit(std::uint32_t unit) {
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      FlushSurrogate();
      pending_high_ = unit;
      return;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      const std::uint32_t cp =
          pending_high_ != 0 ? 0x10000 + ((pending_high_ - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD;
      pending_high_ = 0;
      AppendCodePoint(cp);
    } else {
      FlushSurrogate();
      AppendCodePoint(unit);
    }
  }

  void AppendCodePoint(std::uint32_t cp) {
    char bytes[4];
    Append(bytes, EncodeUtf8(cp, bytes));
  }

  void FlushSurrogate() {
    if (pending_high_ == 0) return;
    pending_high_ = 0;
    AppendCodePoint(0xFFFD);
  }

  void CompleteString() {
    lex_ = Lex::kBetween;
    if (string_is_key_) {
      Top().key.swap(token_);
      Top().member_index++;
      expect_ = Expect::kColon;
      return;
    }
    Scalar(ValueType::kString);
    if (depth_ > 0 && Top().is_object && Top().key == "label") Top().label = token_;
  }

  void CompleteNumber() {
    lex_ = Lex::kBetween;
    if (!IsJsonNumber(token_) || token_.size() > 64) {
      // The token is not quoted: a malformed number may still be someone's card number.
      Fail(fmt::format("invalid number ending at byte {}", offset_));
      return;
    }
    Scalar(ValueType::kNumber);
  }

  void CompleteLiteral() {
    lex_ = Lex::kBetween;
    if (token_ == "true" || token_ == "false") {
      Scalar(ValueType::kBool);
    } else if (token_ == "null") {
      Scalar(ValueType::kNull);
    } else {
      Fail(fmt::format("invalid literal ending at byte {} (expected true, false or null)", offset_));
    }
  }

  // --- structure ------------------------------------------------------------

  bool ValueAllowed() const { return expect_ == Expect::kValue || expect_ == Expect::kValueOrEnd; }

  bool CloseAllowed(bool object) const {
    if (depth_ == 0 || Top().is_object != object) return false;
    return expect_ == Expect::kCommaOrEnd ||
           expect_ == (object ? Expect::kKeyOrEnd : Expect::kValueOrEnd);
  }

  const char* Unexpected(char c, const char* end) {
    Fail(fmt::format("invalid JSON at byte {}: unexpected '{}'", offset_, Printable(c)));
    return end;
  }

  static std::string Printable(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x20 && u < 0x7F) ? std::string(1, c) : fmt::format("\\x{:02X}", u);
  }

  Frame& Top() { return stack_[depth_ - 1]; }
  const Frame& Top() const { return stack_[depth_ - 1]; }

  // The node where the value starting now belongs.
  NodeId ValueNode() {
    if (depth_ == 0) return kRootNode;
    Frame& top = Top();
    if (!top.is_object) {
      if (!top.has_element_node) {
        top.element_node = sink_.Child(top.node, "*");
        top.has_element_node = true;
      }
      return top.element_node;
    }
    const bool labelled = !top.label.empty() && IsLabelledMember(top.key);
    return MemberNode(top, labelled ? std::string_view(top.label) : std::string_view(top.key));
  }

  NodeId MemberNode(const Frame& frame, std::string_view segment) {
    MemberCache& cache = caches_[depth_ - 1];
    if (!cache.valid || cache.object_node != frame.node) {
      cache.members.clear();
      cache.object_node = frame.node;
      cache.valid = true;
    }
    const std::size_t i = frame.member_index - 1;  // counted when the key completed
    if (i < cache.members.size() && cache.members[i].first == segment) return cache.members[i].second;
    const NodeId node = sink_.Child(frame.node, segment);
    if (i < cache.members.size()) cache.members[i] = {std::string(segment), node};
    else if (i == cache.members.size() && i < kMaxCachedMembers) cache.members.emplace_back(std::string(segment), node);
    return node;
  }

  void Scalar(ValueType type) {
    sink_.Value(ValueNode(), token_, type);
    AfterValue();
  }

  void Open(bool object) {
    if (depth_ >= limits_.max_nesting) {
      Fail(fmt::format("nesting deeper than {} levels at byte {}", limits_.max_nesting, offset_));
      return;
    }
    const NodeId node = ValueNode();
    const bool record = object && (depth_ == 0 || !Top().is_object);
    if (record) sink_.BeginRecord();
    if (depth_ == stack_.size()) {
      stack_.emplace_back();
      caches_.emplace_back();
    }
    Frame& frame = stack_[depth_++];
    frame.member_index = 0;
    frame.is_object = object;
    frame.is_record = record;
    frame.node = node;
    frame.has_element_node = false;
    frame.key.clear();
    frame.label.clear();
    expect_ = object ? Expect::kKeyOrEnd : Expect::kValueOrEnd;
  }

  void Close() {
    const bool record = Top().is_record;
    --depth_;
    if (record) sink_.EndRecord();
    AfterValue();
  }

  void AfterValue() { expect_ = depth_ == 0 ? Expect::kValue : Expect::kCommaOrEnd; }

  DocumentSink& sink_;
  ReaderLimits limits_;
  std::vector<Frame> stack_;  // frames are reused; depth_ says how many are live
  std::vector<MemberCache> caches_;  // one per depth, kept across sibling objects
  std::size_t depth_ = 0;
  Lex lex_ = Lex::kStart;
  Expect expect_ = Expect::kValue;
  std::string token_;
  bool string_is_key_ = false;
  int escape_state_ = 0;  // 0 plain, 1 after '\', 2..5 reading \u hex digits
  std::uint32_t unicode_ = 0;
  std::uint32_t pending_high_ = 0;
  std::uint64_t offset_ = 0;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeJsonReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<JsonReader>(sink, limits);
}

}  // namespace dataaudit
