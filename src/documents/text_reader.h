#pragma once
// Streaming plain-text reader for "Label: value" exports (TikTok's TXT variant, Google
// Shopping/News .txt files, README-like notes).
//
// Contract:
//  * Input is split into lines at LF, CRLF or lone CR; chunks may split anywhere. A line
//    keeps at most ReaderLimits::max_line_bytes bytes (the rest of it is dropped). A
//    UTF-8 BOM at the start is dropped. Lines are trimmed of spaces and tabs.
//  * A blank line ends a record; every block of non-blank lines is one record.
//  * "Label: value" (a label of 1-60 characters that contains a letter and no '/', then
//    ':' followed by a space, tab or end of line) gives Value(/<Label>, value trimmed).
//    Requiring the blank after the colon keeps URLs ("https://"), times ("10:30") and
//    "mailto:x" out of the labels. A leading bullet ("- ", "* ", "• ") is not part of
//    the label.
//  * "Label:" alone opens a block label: until the next blank line, following lines that
//    are not themselves "Label: value" lines become values at /<Label>.
//  * Any other line is a value at /text.
// All values are ValueType::kString.

#include <memory>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeTextReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
