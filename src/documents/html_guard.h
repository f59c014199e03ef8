#pragma once
// A byte filter in front of libxml2's HTML push parser that bounds what libxml2 must
// hold or search in one construct, so the HTML reader stays linear in time and bounded
// in memory whatever the page.
//
// libxml2 2.9's push parser waits for the end of a construct before it parses it: it
// buffers a start tag up to its '>' (a 200 MB attribute value is held, then copied),
// a comment up to its "-->" (an unclosed 300 MB comment is held whole), and it checks
// every attribute of a tag against all the earlier ones (an element with a million
// attributes costs 10^12 compares). The guard reads the markup the way libxml2 does
// and passes it through, except that:
//  * the content of comments and of <!...>/<?...> declarations is dropped (the reader
//    never uses it; "<!--" and "-->" stay, so the page's structure does not change);
//  * after max_attributes attributes, the rest of a tag up to its '>' is dropped;
//  * attribute values keep at most max_value_bytes bytes per tag in all (an href, a
//    class or a title is short; the rest of a longer value is dropped, its quotes stay),
//    and so do the tag's names and blanks (past that, the rest of the tag is dropped);
//  * text between two pieces of markup keeps at most max_value_bytes bytes (the reader
//    cuts a run of text there anyway).
// Each limit reached is reported once through `limits_hit()`.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dataaudit {

class HtmlGuard {
 public:
  HtmlGuard(std::size_t max_attributes, std::size_t max_value_bytes)
      : max_attributes_(max_attributes), max_value_bytes_(max_value_bytes == 0 ? 1 : max_value_bytes) {}

  /// Appends the filtered form of `in` to `out`. Chunks may split anywhere.
  void Filter(std::string_view in, std::string& out);

  bool attributes_cut() const { return attributes_cut_; }
  bool values_cut() const { return values_cut_; }
  bool text_cut() const { return text_cut_; }

 private:
  enum class State : std::uint8_t {
    kText, kRaw, kOpen, kBang, kBangDash, kComment, kDeclaration, kTagName, kInTag, kAttrName,
    kAfterName, kBeforeValue, kQuoted, kUnquoted, kDropTag, kDropQuoted
  };
  void OnByte(char c, std::string& out);
  void OnTagByte(char c, std::string& out);
  void StartTag(char c);
  void StartAttribute(char c, std::string& out);
  void EndTag(std::string& out);
  void RawByte(char c, std::string& out);
  bool Budget(char c, std::size_t& used, bool& cut, std::string& out);

  const std::size_t max_attributes_;
  const std::size_t max_value_bytes_;
  State state_ = State::kText;
  char quote_ = 0;
  std::size_t attributes_ = 0;   // of the current tag
  std::size_t value_bytes_ = 0;  // of the current tag's attribute values
  std::size_t tag_bytes_ = 0;    // of the current tag's names and blanks
  std::size_t text_bytes_ = 0;   // of the current text run
  int dashes_ = 0;               // in a comment: '-' just seen, up to 2
  int utf8_left_ = 0;            // continuation bytes still due after the last byte copied
  std::string name_;             // the current tag's name, lower case, at most 8 bytes
  bool end_tag_ = false;         // the current tag is an end tag
  std::string_view raw_end_;     // "</script" or "</style" while in their raw text
  std::size_t matched_ = 0;      // bytes of raw_end_ just seen
  bool attributes_cut_ = false, values_cut_ = false, text_cut_ = false;
};

}  // namespace dataaudit
