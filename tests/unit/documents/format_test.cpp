#include "documents/format.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "documents/recording_sink.h"

namespace dataaudit {
namespace {

using namespace std::string_view_literals;

struct Case {
  std::string_view input;
  DocumentFormat format;
};

TEST_SUITE("documents/format") {
  TEST_CASE("each format has its lower-case name") {
    CHECK(FormatName(DocumentFormat::kUnknown) == "unknown");
    CHECK(FormatName(DocumentFormat::kArchive) == "archive");
    CHECK(FormatName(DocumentFormat::kMedia) == "media");
    CHECK(FormatName(DocumentFormat::kCsv) == "csv");
    CHECK(FormatName(DocumentFormat::kHtml) == "html");
    CHECK(FormatName(DocumentFormat::kJson) == "json");
    CHECK(FormatName(DocumentFormat::kText) == "text");
  }

  TEST_CASE("every listed extension names its format") {
    const Case cases[] = {
        {"a.csv", DocumentFormat::kCsv},       {"a.tsv", DocumentFormat::kCsv},
        {"a.html", DocumentFormat::kHtml},     {"a.htm", DocumentFormat::kHtml},
        {"a.xhtml", DocumentFormat::kHtml},    {"a.json", DocumentFormat::kJson},
        {"a.js", DocumentFormat::kJson},       {"a.jsonl", DocumentFormat::kJson},
        {"a.ndjson", DocumentFormat::kJson},   {"a.geojson", DocumentFormat::kJson},
        {"a.har", DocumentFormat::kJson},      {"a.txt", DocumentFormat::kText},
        {"a.text", DocumentFormat::kText},     {"a.vcf", DocumentFormat::kVcard},
        {"a.ics", DocumentFormat::kIcs},       {"a.mbox", DocumentFormat::kMbox},
        {"a.eml", DocumentFormat::kMbox},      {"a.log", DocumentFormat::kText},
        {"a.zip", DocumentFormat::kArchive},   {"a.tar", DocumentFormat::kArchive},
        {"a.tgz", DocumentFormat::kArchive},   {"a.tar.gz", DocumentFormat::kArchive},
        {"a.bz2", DocumentFormat::kArchive},   {"a.xz", DocumentFormat::kArchive},
        {"a.zst", DocumentFormat::kArchive},   {"a.7z", DocumentFormat::kArchive},
    };
    for (const Case& c : cases) {
      const std::string name(c.input);
      CAPTURE(name);
      CHECK(FormatFromName(c.input) == c.format);
    }
  }

  TEST_CASE("media extensions are media") {
    for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif",
                                 ".tiff", ".svg", ".ico", ".mp4", ".mov", ".m4v", ".avi", ".mkv", ".webm", ".3gp",
                                 ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac", ".amr", ".pdf",
                                 ".ttf", ".woff", ".woff2", ".psd"}) {
      const std::string name = "media/photo" + std::string(ext);
      CAPTURE(name);
      CHECK(FormatFromName(name) == DocumentFormat::kMedia);
    }
  }

  TEST_CASE("extensions are matched case-insensitively on the last path segment") {
    const Case cases[] = {
        {"DATA.JSON", DocumentFormat::kJson},
        {"Photo.JPG", DocumentFormat::kMedia},
        {"Export.ZIP", DocumentFormat::kArchive},
        {"dir.json/readme", DocumentFormat::kUnknown},
        {"a/b/c.Csv", DocumentFormat::kCsv},
        {"outer.zip!inner.html", DocumentFormat::kHtml},
        {"outer.zip!inner", DocumentFormat::kUnknown},
        {"README", DocumentFormat::kUnknown},
        {".json", DocumentFormat::kUnknown},   // a hidden file, not an extension
        {"dir/.csv", DocumentFormat::kUnknown},
        {"a.", DocumentFormat::kUnknown},
        {"a.exe", DocumentFormat::kUnknown},
        {"a.json.bak", DocumentFormat::kUnknown},
        {"", DocumentFormat::kUnknown},
    };
    for (const Case& c : cases) {
      const std::string name(c.input);
      CAPTURE(name);
      CHECK(FormatFromName(c.input) == c.format);
    }
  }

  TEST_CASE("sniffing recognises JSON, HTML, text, archives and binary") {
    std::string tar(512, '\0');
    tar.replace(0, 5, "a.txt");
    tar.replace(257, 6, "ustar");
    const Case cases[] = {
        {"{\"a\":1}", DocumentFormat::kJson},
        {"[1,2]", DocumentFormat::kJson},
        {"  \r\n\t{\"a\":1}", DocumentFormat::kJson},
        {"\xEF\xBB\xBF{\"a\":1}", DocumentFormat::kJson},
        {"\xEF\xBB\xBF \n[", DocumentFormat::kJson},
        {"<!DOCTYPE html><html>", DocumentFormat::kHtml},
        {"\n<html>", DocumentFormat::kHtml},
        {"<?xml version=\"1.0\"?>", DocumentFormat::kHtml},
        {"hello world\n", DocumentFormat::kText},
        {"Grüße aus Köln\n", DocumentFormat::kText},
        {"BEGIN:VCARD\r\nVERSION:3.0\r\n\fEND:VCARD\r\n", DocumentFormat::kText},
        {"", DocumentFormat::kUnknown},
        {" \r\n\t ", DocumentFormat::kUnknown},
        {"\xEF\xBB\xBF", DocumentFormat::kUnknown},
        {"text\0with nul"sv, DocumentFormat::kUnknown},
        {"\x01\x02\x03\x04 mostly control bytes", DocumentFormat::kUnknown},
        {"PK\x03\x04\x14\x00\x00\x00"sv, DocumentFormat::kArchive},
        {"PK\x05\x06"sv, DocumentFormat::kArchive},
        {"\x1f\x8b\x08\x00"sv, DocumentFormat::kArchive},
        {"BZh91AY", DocumentFormat::kArchive},
        {"\xFD" "7zXZ\x00"sv, DocumentFormat::kArchive},
        {"\x28\xB5\x2F\xFD", DocumentFormat::kArchive},
        {"7z\xBC\xAF\x27\x1C", DocumentFormat::kArchive},
        {tar, DocumentFormat::kArchive},
        {"\xFF\xD8\xFF\xE0\x00\x10JFIF"sv, DocumentFormat::kUnknown},
    };
    for (const Case& c : cases) {
      const std::string head(c.input);
      CAPTURE(head);
      CHECK(SniffFormat(c.input) == c.format);
    }
  }

  TEST_CASE("a few control bytes in long text still sniff as text") {
    std::string text(100, 'a');
    for (int i = 0; i < 5; ++i) text[static_cast<std::size_t>(i * 20)] = '\x01';
    CHECK(SniffFormat(text) == DocumentFormat::kText);
    text[1] = '\x02';
    CHECK(SniffFormat(text) == DocumentFormat::kUnknown);
  }

  TEST_CASE("readers are sorted by name and made only for document formats") {
    const auto readers = AllReaders();
    REQUIRE(readers.size() == 7);  // csv html ics json mbox text vcard
    for (std::size_t i = 1; i < readers.size(); ++i) CHECK(readers[i - 1].name < readers[i].name);
    testing::RecordingSink sink;
    for (const ReaderEntry& r : readers) {
      CAPTURE(std::string(r.name));
      CHECK(FormatName(r.format) == r.name);
      CHECK(MakeReader(r.format, sink, ReaderLimits{}) != nullptr);
    }
    for (DocumentFormat f : {DocumentFormat::kUnknown, DocumentFormat::kMedia, DocumentFormat::kArchive})
      CHECK(MakeReader(f, sink, ReaderLimits{}) == nullptr);
  }
}

}  // namespace
}  // namespace dataaudit
