// The byte filter in front of libxml2; see html_guard.h for the contract.
//
// Design: one state per place in the markup libxml2 distinguishes (text, a tag's name,
// its attributes and their values, comments, declarations, the raw text of <script>
// and <style>). A byte is either copied to the output or dropped; bytes that end a
// construct ('>', a closing quote, "-->", "</script") are always copied, and a cut
// never splits a UTF-8 sequence (libxml2 would otherwise re-read the rest of the page
// as Latin-1).

#include "documents/html_guard.h"

namespace dataaudit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The continuation bytes that follow a UTF-8 lead byte.
int Continuations(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0xF0) return 3;
  if (u >= 0xE0) return 2;
  if (u >= 0xC0) return 1;
  return 0;
}

}  // namespace

void HtmlGuard::Filter(std::string_view in, std::string& out) {
  for (const char c : in) OnByte(c, out);
}

// Copies `c` while `used` is under the budget, then only the rest of a UTF-8 sequence.
bool HtmlGuard::Budget(char c, std::size_t& used, bool& cut, std::string& out) {
  const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  if (used < max_value_bytes_ || (continuation && utf8_left_ > 0)) {
    ++used;
    utf8_left_ = continuation ? (utf8_left_ > 0 ? utf8_left_ - 1 : 0) : Continuations(c);
    out.push_back(c);
    return true;
  }
  cut = true;
  utf8_left_ = 0;
  return false;
}

void HtmlGuard::OnByte(char c, std::string& out) {
  switch (state_) {
    case State::kText:
      if (c == '<') {
        out.push_back(c);
        state_ = State::kOpen;
        return;
      }
      Budget(c, text_bytes_, text_cut_, out);
      return;
    case State::kRaw: return RawByte(c, out);
    case State::kOpen:
      out.push_back(c);
      if (IsLetter(c) || c == '/') return StartTag(c);
      if (c == '!') state_ = State::kBang;
      else if (c == '?') state_ = State::kDeclaration, value_bytes_ = 0;
      else if (c != '<') state_ = State::kText, text_bytes_ = 1;
      return;
    case State::kBang:
    case State::kBangDash:
      out.push_back(c);
      if (c == '-') {
        if (state_ == State::kBang) state_ = State::kBangDash;
        else state_ = State::kComment, dashes_ = 0;
      } else {
        state_ = c == '>' ? State::kText : State::kDeclaration;
        value_bytes_ = 0, text_bytes_ = 0;
      }
      return;
    case State::kComment:
      if (c == '>' && dashes_ >= 2) {
        out += "-->";
        state_ = State::kText;
        text_bytes_ = 0;
        return;
      }
      dashes_ = c == '-' ? 2 - (dashes_ == 0) : 0;
      return;
    case State::kDeclaration:
      if (c == '>') {
        out.push_back(c);
        state_ = State::kText;
        text_bytes_ = 0;
        return;
      }
      Budget(c, value_bytes_, values_cut_, out);
      return;
    default: return OnTagByte(c, out);
  }
}

void HtmlGuard::StartTag(char c) {
  state_ = State::kTagName;
  attributes_ = 0;
  value_bytes_ = 0;
  tag_bytes_ = 1;
  name_.clear();
  end_tag_ = c == '/';
  if (!end_tag_) name_.push_back(Lower(c));
}

// Bytes inside a start or end tag, after its '<'.
void HtmlGuard::OnTagByte(char c, std::string& out) {
  if (c == '>' && state_ != State::kQuoted && state_ != State::kDropQuoted) return EndTag(out);
  // Names and blanks of one tag share the value budget too; the cut is made on a
  // UTF-8 boundary.
  const bool counted = state_ != State::kQuoted && state_ != State::kUnquoted && state_ != State::kDropTag &&
                       state_ != State::kDropQuoted;
  if (counted && ++tag_bytes_ > max_value_bytes_ && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    values_cut_ = true;
    state_ = State::kDropTag;
  }
  switch (state_) {
    case State::kTagName:
      out.push_back(c);
      if (IsSpace(c) || c == '/') state_ = State::kInTag;
      else if (name_.size() < 8) name_.push_back(Lower(c));
      return;
    case State::kInTag:
      if (IsSpace(c) || c == '/') return out.push_back(c);
      return StartAttribute(c, out);
    case State::kAttrName:
      out.push_back(c);
      if (c == '=') state_ = State::kBeforeValue;
      else if (IsSpace(c)) state_ = State::kAfterName;
      else if (c == '/') state_ = State::kInTag;
      return;
    case State::kAfterName:
      if (IsSpace(c)) return out.push_back(c);
      if (c == '=') {
        out.push_back(c);
        state_ = State::kBeforeValue;
        return;
      }
      return StartAttribute(c, out);
    case State::kBeforeValue:
      if (IsSpace(c)) return out.push_back(c);
      if (c == '"' || c == '\'') {
        out.push_back(c);
        quote_ = c;
        state_ = State::kQuoted;
        return;
      }
      state_ = State::kUnquoted;
      Budget(c, value_bytes_, values_cut_, out);
      return;
    case State::kQuoted:
      if (c == quote_) {
        out.push_back(c);
        state_ = State::kInTag;
        return;
      }
      Budget(c, value_bytes_, values_cut_, out);
      return;
    case State::kUnquoted:
      if (IsSpace(c)) {
        out.push_back(c);
        state_ = State::kInTag;
        return;
      }
      Budget(c, value_bytes_, values_cut_, out);
      return;
    case State::kDropTag:
      if (c == '"' || c == '\'') quote_ = c, state_ = State::kDropQuoted;
      return;
    case State::kDropQuoted:
      if (c == quote_) state_ = State::kDropTag;
      return;
    default: return;
  }
}

void HtmlGuard::StartAttribute(char c, std::string& out) {
  if (++attributes_ > max_attributes_) {
    attributes_cut_ = true;
    state_ = State::kDropTag;
    return OnTagByte(c, out);
  }
  out.push_back(c);
  state_ = State::kAttrName;
}

// '>' ends the tag; <script> and <style> open raw text that only their end tag closes.
void HtmlGuard::EndTag(std::string& out) {
  out.push_back('>');
  text_bytes_ = 0;
  state_ = State::kText;
  if (end_tag_ || (name_ != "script" && name_ != "style")) return;
  raw_end_ = name_ == "script" ? "</script" : "</style";
  matched_ = 0;
  state_ = State::kRaw;
}

// Raw text: copied within the text budget, except that the end tag is always copied.
void HtmlGuard::RawByte(char c, std::string& out) {
  if (Lower(c) == raw_end_[matched_] || c == '<') {
    matched_ = c == '<' ? 1 : matched_ + 1;
    out.push_back(c);
    if (matched_ == raw_end_.size()) {
      state_ = State::kTagName;
      attributes_ = 0;
      value_bytes_ = 0;
      tag_bytes_ = matched_;
      end_tag_ = true;
    }
    return;
  }
  matched_ = 0;
  Budget(c, text_bytes_, text_cut_, out);
}

}  // namespace dataaudit
