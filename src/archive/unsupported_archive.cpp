#include "archive/unsupported_archive.h"

#include <array>
#include <cstddef>

namespace dataaudit {
namespace {

struct Magic {
  std::size_t offset;  // where the magic bytes sit in the file
  std::string_view bytes;
  std::string_view format;
};

// Formats outside what dataaudit documents as inputs (zip, tar and compressed tar,
// 7z); each magic is long enough that no text or JSON file starts with it. Sorted by
// format name.
constexpr std::array kMagics{
    Magic{7, "**ACE**", "ACE"},
    Magic{0, "Rar!\x1A\x07", "RAR"},  // RAR 1.5 to 4 ("\x00") and RAR5 ("\x01\x00")
};

}  // namespace

std::optional<std::string_view> UnsupportedArchiveFormat(std::string_view head) {
  for (const Magic& magic : kMagics)
    if (head.size() >= magic.offset && head.substr(magic.offset).starts_with(magic.bytes)) return magic.format;
  return std::nullopt;
}

}  // namespace dataaudit
