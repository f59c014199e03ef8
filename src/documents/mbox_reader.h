#pragma once
// Streaming mbox reader (.mbox: Gmail in Takeout, mail-client archives) that reads the
// headers of each message and skips the bodies; also reads a single message (.eml).
//
// Contract:
//  * Lines end at LF (a CR before it is dropped); chunks may split anywhere.
//  * A message starts at a "From " separator line: "From ", a sender token, then a date
//    with a time (hh:mm) and a four-digit year, as mboxo/mboxrd/Gmail write it
//    ("From 1234@xxx Tue Aug 05 08:00:23 +0000 2008"). The separator is recognised at
//    any line start, so body text beginning with "From " (usually escaped as ">From ")
//    does not start a message unless it reads exactly like a separator. If the document
//    does not start with a separator, its first non-blank line starts a message (an .eml
//    file); a first line that is neither a separator nor a header fails the reader.
//  * Each message is one record. Its headers run up to the first blank line (or the
//    first line that is neither a header nor a folded continuation, which starts the
//    body). Folded header lines (starting with a space or tab) are unfolded.
//  * Only these headers give values, at a path named in this spelling whatever the case
//    in the message: /From, /To, /Cc, /Bcc, /Reply-To, /Sender, /Delivered-To (one value per
//    address: display names, comments and group names are dropped, "mailto:" too; a
//    mailbox without '@' is dropped), /Subject (RFC 2047 encoded words of at most
//    ReaderLimits::max_encoded_word_bytes in UTF-8, US-ASCII or ISO-8859-1/Windows-1252
//    decoded, in linear time), /Date (RFC 5322 dates given in ISO 8601,
//    "Tue, 5 Aug 2008 01:00:12 -0700" -> "2008-08-05T01:00:12-07:00", so that messages
//    are dated; other text as written) and /X-Gmail-Labels (one value per label).
//  * Bodies are skipped without being buffered: only the first bytes of each body line
//    are looked at (to find the next separator), so memory does not grow with message
//    size. A header line, or one header's unfolded value, keeps at most
//    ReaderLimits::max_line_bytes bytes; the rest is dropped (a limit note).
//  * A message cut off at the end of the file is not an error (its headers count).
// All values are ValueType::kString. The reader never throws.

#include <memory>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeMboxReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
