#pragma once
// Streaming vCard reader (.vcf: Google Contacts, phone and mail-client address books).
// The content-line machinery it shares with the iCalendar reader is in content_line.h.
//
// Contract:
//  * Input is split into physical lines at CRLF, LF or a lone CR; chunks may split
//    anywhere. A UTF-8 BOM at the start is dropped. A line that starts with a space or a
//    tab continues the previous one (folding, RFC 6350 section 3.2: the line break and
//    that one blank are removed). In a QUOTED-PRINTABLE property (vCard 2.1) a line that
//    ends in '=' continues on the next line whatever that starts with (soft line break).
//  * A logical line is `[group.]NAME[;PARAM...]:VALUE`; a parameter value may be quoted
//    and then hold ':' and ';'. Lines without ':' or with a malformed name are skipped.
//    A logical line keeps at most ReaderLimits::max_line_bytes bytes; the rest of it is
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

}  // namespace dataaudit
