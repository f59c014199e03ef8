#include "documents/format.h"

#include <algorithm>
#include <array>
#include <string>

#include "archive/input.h"
#include "documents/csv_reader.h"
#include "documents/html_reader.h"
#include "documents/ics_reader.h"
#include "documents/json_reader.h"
#include "documents/mbox_reader.h"
#include "documents/text_reader.h"
#include "documents/vcard_reader.h"

namespace dataaudit {
namespace {

constexpr std::array<ReaderEntry, 7> kReaders = {{
    {DocumentFormat::kCsv, "csv", ".csv .tsv", MakeCsvReader},
    {DocumentFormat::kHtml, "html", ".html .htm .xhtml", MakeHtmlReader},
    {DocumentFormat::kIcs, "ics", ".ics .ical .ifb", MakeIcsReader},
    {DocumentFormat::kJson, "json", ".json .js .jsonl .ndjson .geojson .har", MakeJsonReader},
    {DocumentFormat::kMbox, "mbox", ".mbox .mbx .eml", MakeMboxReader},
    {DocumentFormat::kText, "text", ".txt .text .log", MakeTextReader},
    {DocumentFormat::kVcard, "vcard", ".vcf .vcard", MakeVcardReader},
}};

// Media is counted and skipped without being decompressed.
constexpr std::string_view kMediaExtensions =
    ".jpg .jpeg .png .gif .webp .heic .heif .bmp .tif .tiff .svg .ico .mp4 .mov .m4v .avi .mkv "
    ".webm .3gp .mp3 .m4a .aac .wav .ogg .oga .opus .flac .amr .pdf .ttf .woff .woff2 .psd";
constexpr std::string_view kArchiveExtensions = ".zip .tar .tgz .gz .bz2 .xz .zst .7z";

std::string LowerExtension(std::string_view path) {
  const std::size_t slash = path.find_last_of("/!");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool InList(std::string_view list, std::string_view ext) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (list.substr(start, end - start) == ext) return true;
    start = end + 1;
  }
  return false;
}

// Text when the head has no NUL and few control bytes.
bool LooksLikeText(std::string_view head) {
  std::size_t control = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 <= head.size();
}

}  // namespace

std::string_view FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kArchive: return "archive";
    case DocumentFormat::kMedia: return "media";
    case DocumentFormat::kCsv: return "csv";
    case DocumentFormat::kHtml: return "html";
    case DocumentFormat::kIcs: return "ics";
    case DocumentFormat::kJson: return "json";
    case DocumentFormat::kMbox: return "mbox";
    case DocumentFormat::kText: return "text";
    case DocumentFormat::kVcard: return "vcard";
    case DocumentFormat::kUnknown: break;
  }
  return "unknown";
}

DocumentFormat FormatFromName(std::string_view path) {
  const std::string ext = LowerExtension(path);
  if (ext.empty()) return DocumentFormat::kUnknown;
  for (const ReaderEntry& reader : kReaders)
    if (InList(reader.extensions, ext)) return reader.format;
  if (InList(kMediaExtensions, ext)) return DocumentFormat::kMedia;
  if (InList(kArchiveExtensions, ext)) return DocumentFormat::kArchive;
  return DocumentFormat::kUnknown;
}

DocumentFormat SniffFormat(std::string_view head) {
  if (LooksLikeArchive(head)) return DocumentFormat::kArchive;
  std::string_view s = head;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
    s.remove_prefix(1);
  if (s.empty()) return DocumentFormat::kUnknown;
  if (s.front() == '{' || s.front() == '[') return DocumentFormat::kJson;
  if (s.front() == '<') return DocumentFormat::kHtml;
  return LooksLikeText(head) ? DocumentFormat::kText : DocumentFormat::kUnknown;
}

bool LooksLikeUtf32(std::string_view head, bool text_expected) {
  using namespace std::string_view_literals;
  if (head.size() < 4) return false;
  const std::string_view first = head.substr(0, 4);
  if (first == "\xFF\xFE\0\0"sv || first == "\0\0\xFE\xFF"sv) return true;
  if (!text_expected) return false;
  return (first[0] != '\0' && first.substr(1) == "\0\0\0"sv) || (first.substr(0, 3) == "\0\0\0"sv && first[3] != '\0');
}

std::span<const ReaderEntry> AllReaders() { return kReaders; }

std::unique_ptr<DocumentReader> MakeReader(DocumentFormat format, DocumentSink& sink,
                                           const ReaderLimits& limits) {
  for (const ReaderEntry& reader : kReaders)
    if (reader.format == format) return reader.make(sink, limits);
  return nullptr;
}

}  // namespace dataaudit
