#pragma once
// Members written in UTF-16 (a byte-order mark FF FE or FE FF), as Windows tools save
// "Unicode" text and CSV, are transcoded to UTF-8 on the fly so every reader sees UTF-8.
// Unpaired surrogates become U+FFFD; a trailing odd byte is dropped.

#include <string>
#include <string_view>

#include "archive/input.h"

namespace dataaudit {

/// True when `head` starts with a UTF-16 byte-order mark.
bool StartsWithUtf16Bom(std::string_view head);

class Utf16MemberData final : public MemberData {
 public:
  /// `first` is the chunk already read from `inner` (starting with the BOM).
  Utf16MemberData(MemberData& inner, std::string_view first);
  bool Read(std::string_view* chunk, std::string* error) override;

 private:
  void Transcode(std::string_view bytes);

  MemberData& inner_;
  bool big_endian_;
  std::string pending_first_;  // the first chunk, until the first Read
  bool first_done_ = false;
  std::string carry_;          // an odd byte left between chunks
  char16_t high_ = 0;          // a high surrogate waiting for its pair
  std::string out_;
};

}  // namespace dataaudit
