#include "platforms/json_key_paths.h"

#include <cstdint>
#include <unordered_set>

#include "documents/byte_scan.h"
#include "documents/json_lexical.h"

namespace dataaudit {
namespace {

// One key as a path segment: '~' -> "~0", '/' -> "~1".
std::string EscapeSegment(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// Where the JSON value of `head` starts: after a BOM, blanks and a JavaScript
// assignment such as `window.YTD.like.part0 =`; npos when it does not look like JSON.
std::size_t JsonStart(std::string_view head) {
  std::size_t i = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < head.size() && IsJsonSpace(head[i])) ++i;
  if (i >= head.size()) return std::string_view::npos;
  const char c = head[i];
  if (c == '{' || c == '[') return i;
  const bool identifier = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  const std::size_t equals = identifier ? head.find('=', i) : std::string_view::npos;
  if (equals == std::string_view::npos || equals - i > 256) return std::string_view::npos;
  i = equals + 1;
  while (i < head.size() && IsJsonSpace(head[i])) ++i;
  return i < head.size() && (head[i] == '{' || head[i] == '[') ? i : std::string_view::npos;
}

// One pass over the text, keeping the current path in one buffer used as a stack (a
// frame remembers where its path ends), so that a repeated key costs a hash and no
// allocation: array elements repeat the same keys over and over.
class KeyPathScanner {
 public:
  explicit KeyPathScanner(std::string_view text) : text_(text) {}

  std::vector<std::string> Run(std::size_t start) {
    for (pos_ = start; pos_ < text_.size() && paths_.size() < kMaxKeyPaths;) {
      const char c = text_[pos_];
      if (c == '{' || c == '[') Open(c == '[');
      else if (c == '}' || c == ']') Close();
      else if (c == ',') Comma();
      else if (c == '"') {
        if (!String()) break;  // cut inside a string: the rest is not seen
        continue;
      } else ++pos_;  // blanks, ':', numbers, true/false/null
    }
    return std::move(paths_);
  }

 private:
  struct Frame {
    bool array;
    std::size_t path_end;  // buf_[0, path_end) is the path of this container's elements (arrays)
                           // or of the container itself (objects)
    bool expect_key;       // objects: the next string is a key
  };

  void Open(bool array) {
    if (frames_.size() >= kMaxKeyDepth) {
      ++ignored_depth_;
    } else {
      // The container's path: the key just read (objects), or the enclosing array's elements.
      if (!frames_.empty() && frames_.back().array) buf_.resize(frames_.back().path_end);
      else if (!frames_.empty()) buf_.resize(key_end_);
      else buf_.clear();
      if (array) {
        buf_ += buf_.empty() ? "[]" : "/[]";
        Record();
      }
      frames_.push_back({array, buf_.size(), !array});
    }
    ++pos_;
  }

  void Close() {
    if (ignored_depth_ > 0) --ignored_depth_;
    else if (!frames_.empty()) frames_.pop_back();
    ++pos_;
  }

  void Comma() {
    if (ignored_depth_ == 0 && !frames_.empty() && !frames_.back().array) frames_.back().expect_key = true;
    ++pos_;
  }

  // Reads the string at pos_; a key's path is recorded. False when the text ends first.
  bool String() {
    const bool is_key = ignored_depth_ == 0 && !frames_.empty() && frames_.back().expect_key;
    if (is_key) {
      buf_.resize(frames_.back().path_end);
      if (!buf_.empty()) buf_ += '/';
    }
    std::size_t i = pos_ + 1;
    while (true) {
      const char* p = FindQuoteOrBackslash(text_.data() + i, text_.data() + text_.size());
      const std::size_t stop = static_cast<std::size_t>(p - text_.data());
      if (stop >= text_.size()) return false;
      if (is_key) AppendEscaped(text_.substr(i, stop - i));
      if (text_[stop] == '"') {
        i = stop + 1;
        break;
      }
      if (stop + 1 >= text_.size()) return false;
      std::string decoded;
      i = Escape(stop + 1, &decoded);
      if (i == std::string_view::npos) return false;
      if (is_key) AppendEscaped(decoded);
    }
    pos_ = i;
    if (is_key) {
      frames_.back().expect_key = false;
      key_end_ = buf_.size();
      Record();
    }
    return true;
  }

  // Appends key bytes to the path, '~' as "~0" and '/' as "~1".
  void AppendEscaped(std::string_view bytes) {
    for (char c : bytes) {
      if (c == '~') buf_ += "~0";
      else if (c == '/') buf_ += "~1";
      else buf_ += c;
    }
  }

  // Decodes the escape whose letter is at `i`; returns the index after it, or npos.
  std::size_t Escape(std::size_t i, std::string* out) const {
    const char letter = text_[i];
    if (letter != 'u') {
      const char simple = json::SimpleEscape(letter);
      *out += simple != 0 ? simple : letter;
      return i + 1;
    }
    if (i + 4 >= text_.size()) return std::string_view::npos;
    std::uint32_t cp = 0;
    for (std::size_t k = 1; k <= 4; ++k) {
      const int h = json::HexValue(text_[i + k]);
      if (h < 0) return i + 1;  // not an escape after all: drop the letter, go on
      cp = cp * 16 + static_cast<std::uint32_t>(h);
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // halves of a pair: a key never needs them
    char buffer[4];
    out->append(buffer, json::EncodeUtf8(cp, buffer));
    return i + 5;
  }

  // Records buf_ (the path just completed) when it is new.
  void Record() {
    if (seen_.insert(std::hash<std::string_view>{}(buf_)).second) paths_.push_back(buf_);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<Frame> frames_;
  std::size_t ignored_depth_ = 0;
  std::string buf_;           // the current path
  std::size_t key_end_ = 0;   // where the last key's path ends in buf_
  std::unordered_set<std::size_t> seen_;
  std::vector<std::string> paths_;
};

}  // namespace

std::vector<std::string> JsonKeyPaths(std::string_view head) {
  const std::size_t start = JsonStart(head);
  if (start == std::string_view::npos) return {};
  return KeyPathScanner(head).Run(start);
}

std::string KeyPathGlob(std::string_view written) {
  std::string out;
  std::string key;
  auto flush_key = [&] {
    if (!key.empty()) out += (out.empty() ? "" : "/") + EscapeSegment(key);
    key.clear();
  };
  for (std::size_t i = 0; i < written.size(); ++i) {
    if (written.compare(i, 2, "[]") == 0) {
      flush_key();
      out += out.empty() ? "[]" : "/[]";
      ++i;
    } else if (written[i] == '.') {
      flush_key();
    } else {
      key += written[i];
    }
  }
  flush_key();
  return out;
}

}  // namespace dataaudit
