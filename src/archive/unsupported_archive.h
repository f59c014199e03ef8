#pragma once
// Archive formats that dataaudit recognises by their magic bytes but does not read, so
// that such an input is named for what it is ("RAR archives are not supported") rather
// than counted as one unrecognised file.

#include <optional>
#include <string_view>

namespace dataaudit {

/// The name of the unsupported archive format `head` (a file's first bytes) starts
/// like, e.g. "RAR"; nullopt for anything else.
std::optional<std::string_view> UnsupportedArchiveFormat(std::string_view head);

}  // namespace dataaudit
