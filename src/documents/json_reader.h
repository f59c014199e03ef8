#pragma once
// Streaming JSON reader: plain JSON, JSON Lines, and JSON wrapped in JavaScript.
//
// Why not simdjson or nlohmann's DOM: both need the whole document in memory, and a
// Google Records.json reaches 1 GB. This reader is a push tokenizer with an explicit
// stack (no recursion), fed chunks of any size; it keeps only the current token and
// one frame per open container, so memory is bounded by ReaderLimits.
//
// Shapes it understands:
//  - a sequence of top-level values separated by whitespace (JSON Lines);
//  - a JavaScript prefix before the first value, e.g. Twitter's
//    `window.YTD.tweets.part0 = [...]`, skipped up to the first '=';
//  - a UTF-8 byte-order mark.
//
// Paths: object members are named by their key, array elements by "*". In an object
// that carries a string "label" member (Meta's label_values records), the members
// "value", "vec", "dict", "timestamp_value" and "href" are named by that label instead,
// so `{"label":"Email", "value":"x"}` yields the value at `.../Email`. A label keeps at
// most MetaLabel::kMaxLabelBytes, and at most ReaderLimits::max_label_frames such objects
// use their label at once (deeper ones name by key; a limit note), so the labels held
// stay bounded however deep they nest.
// Records: every top-level value and every object that is an array element.

#include <memory>

#include "documents/document_reader.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeJsonReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
