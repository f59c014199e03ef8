#include "archive/utf16_member.h"

namespace dataaudit {
namespace {

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

bool StartsWithUtf16Bom(std::string_view head) {
  return head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF");
}

Utf16MemberData::Utf16MemberData(MemberData& inner, std::string_view first)
    : inner_(inner), big_endian_(first.starts_with("\xFE\xFF")), pending_first_(first.substr(2)) {}

bool Utf16MemberData::Read(std::string_view* chunk, std::string* error) {
  out_.clear();
  while (out_.empty()) {
    std::string_view bytes;
    if (!first_done_) {
      first_done_ = true;
      bytes = pending_first_;
    } else if (!inner_.Read(&bytes, error)) {
      return false;
    } else if (bytes.empty()) {
      if (high_ != 0) AppendUtf8(out_, 0xFFFD), high_ = 0;
      break;
    }
    Transcode(bytes);
  }
  *chunk = out_;
  return true;
}

void Utf16MemberData::Transcode(std::string_view bytes) {
  std::string data = carry_ + std::string(bytes);
  carry_.clear();
  std::size_t i = 0;
  for (; i + 1 < data.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(data[i]), b1 = static_cast<unsigned char>(data[i + 1]);
    const char16_t unit = big_endian_ ? static_cast<char16_t>((b0 << 8) | b1) : static_cast<char16_t>((b1 << 8) | b0);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (high_ != 0) AppendUtf8(out_, 0xFFFD);
      high_ = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      AppendUtf8(out_, high_ != 0 ? 0x10000 + ((high_ - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD);
      high_ = 0;
    } else {
      if (high_ != 0) AppendUtf8(out_, 0xFFFD), high_ = 0;
      AppendUtf8(out_, unit);
    }
  }
  if (i < data.size()) carry_ = data.substr(i);
}

}  // namespace dataaudit
