#pragma once
// Which document format a member holds, from its name and, when the name does not
// say, from its first bytes; and the one sorted list of document readers.

#include <memory>
#include <span>
#include <string_view>

#include "documents/document_reader.h"

namespace dataaudit {

enum class DocumentFormat : std::uint8_t { kUnknown, kArchive, kMedia, kCsv, kHtml, kIcs, kJson, kMbox, kText, kVcard };

/// Lower-case name: "csv", "html", "ics", "json", "mbox", "text", "vcard", "media", "archive", "unknown".
std::string_view FormatName(DocumentFormat format);

/// The format a member's name implies (by extension), or kUnknown.
DocumentFormat FormatFromName(std::string_view path);

/// The format the first bytes of a member suggest, for names that do not say.
DocumentFormat SniffFormat(std::string_view head);

/// True when the first bytes are UTF-32: a UTF-32 byte-order mark (FF FE 00 00 or
/// 00 00 FE FF), or, when `text_expected` (the name says a document format), a first
/// character of the form X 00 00 00 or 00 00 00 X. No reader reads UTF-32.
bool LooksLikeUtf32(std::string_view head, bool text_expected);

using ReaderFactory = std::unique_ptr<DocumentReader> (*)(DocumentSink&, const ReaderLimits&);

struct ReaderEntry {
  DocumentFormat format;
  std::string_view name;
  std::string_view extensions;  ///< Space-separated, lower case, with dots.
  ReaderFactory make;
};

/// Every document reader, sorted by name.
std::span<const ReaderEntry> AllReaders();

/// A reader for `format`, or nullptr when the format has none.
std::unique_ptr<DocumentReader> MakeReader(DocumentFormat format, DocumentSink& sink,
                                           const ReaderLimits& limits);

}  // namespace dataaudit
