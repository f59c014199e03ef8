#pragma once
// Streaming HTML reader for export pages (Meta/Instagram HTML exports, Google Takeout
// My Activity, generic label/value tables), built on libxml2's HTML push parser with a
// SAX handler. No DOM is built, so memory stays bounded on 100 MB+ My Activity files.
//
// Contract (all values are ValueType::kString, all paths are one segment deep):
//  * Text is collected across character callbacks and inline elements, with whitespace
//    (including NBSP/EM SPACE) collapsed and trimmed, and cut at max_token_bytes. A
//    block boundary (div, p, li, td, th, tr, dt, dd, table, section, h1-h6, ...) ends a
//    "run" of text. <title>, <script>, <style>, <noscript> and <template> are ignored.
//  * <br> is a space inside a table cell, <dt> or <dd> (one cell = one value) and a run
//    boundary elsewhere, so the date line of a Google My Activity entry stays its own value.
//  * Tables: in a <tr> the first cell's text is the label and each run of the following
//    cells is a value at /<label>. If the first cell is a <td> holding several runs
//    (Meta's colspan cell "Label<div>value</div>"), its first run is the label for the
//    others. A row of two or more <th> only is a header row: later rows of that table put
//    cell i at /<header i> (duplicates "Name (2)", empty or missing ones "column N"). A
//    row with a single cell is free text (below). A label with no value emits nothing.
//  * Definition lists: <dt> text is the label of the values in the following <dd>s.
//  * Free text: a run ending in ':' (at most 120 bytes) is held as the label of the next
//    free run, and so is "<b>Label:</b>"/"<strong>Label:</strong>" for the text after it;
//    other runs are values at /text. A held label that never gets a value is emitted as
//    a /text value at the next record boundary (nothing is dropped).
//  * Links: <a href> with an http(s)/mailto/tel URL gives a value at /link.
//  * Records: every <section>, every element with class "_a6-g" (Meta) or "outer-cell"
//    (Google My Activity) is a record; records nest. A <tr> is a record only when it is
//    not already inside a record or another row, so rows of a Meta section stay fields of
//    that section (which carries the date).
//  * Labels are trimmed, whitespace-collapsed, lose a trailing ':' and are capped at
//    120 bytes on a UTF-8 boundary.
//  * The bytes pass through HtmlGuard (html_guard.h) first: comments are not read, an
//    element keeps at most max_attributes attributes and max_token_bytes of attribute
//    values, so libxml2 never holds more than that of one construct (limit notes).
//  * Elements deeper than max_nesting are treated as inline (text only, no structure).
//    libxml2 recovers from malformed HTML silently; only a hard parser stop (e.g. out of
//    memory) fails the reader.

#include <memory>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeHtmlReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
