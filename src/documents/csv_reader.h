#pragma once
// Streaming CSV reader (RFC 4180 with the quirks of real export archives).
//
// Contract:
//  * Bytes arrive in chunks split anywhere; the reader is a byte-at-a-time state machine,
//    so the events it emits do not depend on where the chunks were cut.
//  * A UTF-8 BOM at the very start is dropped. CRLF, LF and lone CR all end a line; inside
//    a quoted cell every line ending is normalised to "\n".
//  * LinkedIn preamble: when the first line starts with "Notes:", everything up to and
//    including the first empty line (outside quotes) is skipped.
//  * The first row after that is the header. The delimiter is the most frequent of
//    ',' ';' '\t' outside quotes on the header line (ties and none: ',').
//  * Header cells become path segments under the root: trimmed; an empty header is
//    "column N" (1-based); a repeated header gets " (2)", " (3)", ... so that duplicate
//    columns (LinkedIn Ad_Targeting.csv) stay apart. Cells past the header are "column N".
//  * A first row that reads as data (csv_header.h: an e-mail, phone number, IBAN...,
//    or mostly numbers and dates) is no header: it is the first record and every
//    column is "column N", so no value becomes a field name.
//  * Bounds (ReaderLimits): a row keeps at most max_columns cells (the rest of the row
//    is dropped) and the header row at most max_header_bytes of names (later columns
//    are numbered); each bound reached is a limit note.
//  * Every data row is one record: BeginRecord, Value(/<header>, cell, kString) for each
//    non-empty cell (cells are not trimmed), EndRecord. Blank lines are skipped.
//  * A cell longer than ReaderLimits::max_token_bytes keeps its first max_token_bytes
//    bytes, so memory stays bounded whatever the input.
//  * Bad quoting is tolerated the way Python's csv and Excel do ('a"b' is literal, '"a"b'
//    reads as 'ab'); only a quote still open at the end of input is an error:
//    "unterminated quoted field starting on line N".

#include <memory>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeCsvReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
