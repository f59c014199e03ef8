#pragma once
// Content lines (RFC 6350 section 3.3, RFC 5545 section 3.1): the syntax that vCard and
// iCalendar share. The unfolding, parsing and value decoding rules are stated in the
// contract of vcard_reader.h; both readers use this one implementation.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace dataaudit {

// Content lines (RFC 6350 section 3.3, RFC 5545 section 3.1), shared by the vCard and
// iCalendar readers.
namespace content_line {

/// One content line split into its parts. The views point into the caller's storage.
struct ContentLine {
  std::string_view name;    ///< Upper case, without group ("EMAIL").
  std::string_view params;  ///< Raw parameters after the name, without the leading ';'.
  std::string_view value;   ///< Raw value, still escaped.
};

/// Splits one unfolded line; false when it is not a content line. `name_storage` holds
/// the upper-cased name that `out->name` points to.
bool Parse(std::string_view line, std::string& name_storage, ContentLine* out);

/// True when `params` has `key=value` (one of a comma-separated list of values), or the
/// bare vCard 2.1 parameter `value`. Case-insensitive.
bool HasParam(std::string_view params, std::string_view key, std::string_view value);

/// True for an inline binary value: ENCODING=b/BASE64, VALUE=BINARY or a "data:" URI.
bool IsBinary(const ContentLine& line);

/// Appends `raw` with escapes resolved (\n \N -> '\n', \x -> x).
void AppendUnescaped(std::string_view raw, std::string& out);

/// Appends the ';'-separated components of `raw`, unescaped and trimmed, joined with
/// ", ", skipping empty components.
void AppendComponents(std::string_view raw, std::string& out);

/// Decodes quoted-printable "=XX" escapes (an '=' not followed by two hex digits stays).
std::string DecodeQuotedPrintable(std::string_view raw);

/// ISO 8601 basic date or date-time ("20240105", "20240105T101112Z",
/// "20240105T101112+0100") in extended form; other text unchanged.
std::string ExtendedDateTime(std::string_view raw);

/// Drops a leading URI scheme `scheme` (e.g. "mailto:"), case-insensitively.
std::string_view DropScheme(std::string_view value, std::string_view scheme);

std::string_view Trim(std::string_view s);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

/// Receives the logical lines an Unfolder assembles.
class LineHandler {
 public:
  virtual ~LineHandler() = default;
  virtual void OnLogicalLine(std::string_view line) = 0;
};

/// Joins folded physical lines into logical lines, in bounded memory and linear time: a
/// logical line keeps at most `max_line` bytes, and whether it is QUOTED-PRINTABLE (its
/// '=' line ends then continue it) is decided once, when its value colon is first seen.
class Unfolder {
 public:
  explicit Unfolder(std::size_t max_line) : max_line_(max_line == 0 ? 1 : max_line) {}

  void Feed(std::string_view chunk, LineHandler& handler);
  void Finish(LineHandler& handler);

  /// True once a logical line was longer than max_line (the rest of it was dropped).
  bool cut() const { return cut_; }

 private:
  void EndPhysicalLine(LineHandler& handler);
  void Flush(LineHandler& handler);
  bool PendingIsQuotedPrintable();
  void Append(char c) {
    if (pending_.size() < max_line_) pending_.push_back(c);
    else cut_ = true;
  }

  const std::size_t max_line_;
  std::string pending_;
  bool has_pending_ = false;
  bool at_line_start_ = true;
  bool after_cr_ = false;
  bool qp_soft_break_ = false;
  bool cut_ = false;
  // The search for the pending line's value colon, resumed where it stopped.
  std::size_t colon_scan_ = 0;
  bool colon_quoted_ = false;
  bool qp_known_ = false, qp_ = false;
};

/// True when `name` is one of `names` (property and component names).
template <std::size_t N>
bool IsOneOf(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// True when `chunk` holds anything but blanks and line breaks (a document that is only
/// blank is empty, not malformed).
bool HasText(std::string_view chunk);

/// The value of `cl` as text: QUOTED-PRINTABLE decoded, then unescaped, or, when
/// `structured`, split at unescaped ';' into trimmed components joined with ", ";
/// trimmed. The result points into `scratch` or `out`, which the caller keeps.
std::string_view DecodeValue(const ContentLine& cl, bool structured, std::string& scratch, std::string& out);

}  // namespace content_line

}  // namespace dataaudit
