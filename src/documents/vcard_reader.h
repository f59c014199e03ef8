#pragma once
// Streaming vCard reader (.vcf: Google Contacts, phone and mail-client address books),
// and the RFC 6350 / RFC 5545 content-line machinery it shares with the iCalendar reader
// (ics_reader.h).
//
// Contract:
//  * Input is split into physical lines at CRLF, LF or a lone CR; chunks may split
//    anywhere. A UTF-8 BOM at the start is dropped. A line that starts with a space or a
//    tab continues the previous one (folding, RFC 6350 section 3.2: the line break and
//    that one blank are removed). In a QUOTED-PRINTABLE property (vCard 2.1) a line that
//    ends in '=' continues on the next line whatever that starts with (soft line break).
//  * A logical line is `[group.]NAME[;PARAM...]:VALUE`; a parameter value may be quoted
//    and then hold ':' and ';'. Lines without ':' or with a malformed name are skipped.
//    A logical line keeps at most ReaderLimits::max_token_bytes bytes; the rest of it is
//    dropped, so memory stays bounded whatever the input.
//  * BEGIN:VCARD .. END:VCARD is one record (a nested vCard is a nested record, up to
//    max_nesting deep). Every other property gives one value at /<NAME>: upper case,
//    without group and parameters (`item1.EMAIL;TYPE=INTERNET:a@example.com` -> /EMAIL).
//    Properties outside any vCard are read the same way, outside a record.
//  * Values are unescaped (`\n`, `\N` -> line feed; `\,` `\;` `\:` `\\` -> the character)
//    and QUOTED-PRINTABLE values decoded. In the structured properties N, ADR, ORG and
//    GENDER an unescaped ';' separates components, which are trimmed and joined with ", "
//    skipping empty ones (`ADR:;;1 Main St;Springfield;IL;62701;US` -> "1 Main St,
//    Springfield, IL, 62701, US"). A "tel:" or "mailto:" scheme is dropped. BDAY,
//    ANNIVERSARY and REV written in ISO 8601 basic form ("19900401", "20240105T101112Z")
//    are given in extended form ("1990-04-01", "2024-01-05T10:11:12Z"). Values are trimmed;
//    empty ones are not emitted.
//  * Inline binary values (ENCODING=b or BASE64, VALUE=BINARY, or a "data:" URI, e.g. an
//    embedded PHOTO) are skipped: they are media, not fields.
//  * Finish() reports a vCard left open at the end (a truncated file), and a non-blank
//    document without a single content line, as errors; values read before stay reported.
// All values are ValueType::kString. The reader never throws.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeVcardReader(DocumentSink& sink, const ReaderLimits& limits);

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

/// Joins folded physical lines into logical lines, in bounded memory.
class Unfolder {
 public:
  explicit Unfolder(std::size_t max_line) : max_line_(max_line == 0 ? 1 : max_line) {}

  void Feed(std::string_view chunk, LineHandler& handler);
  void Finish(LineHandler& handler);

 private:
  void EndPhysicalLine(LineHandler& handler);
  void Flush(LineHandler& handler);
  void Append(char c) {
    if (pending_.size() < max_line_) pending_.push_back(c);
  }

  const std::size_t max_line_;
  std::string pending_;
  bool has_pending_ = false;
  bool at_line_start_ = true;
  bool after_cr_ = false;
  bool qp_soft_break_ = false;
};

}  // namespace content_line
}  // namespace dataaudit
