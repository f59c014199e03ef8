#pragma once
// Meta's exports write every byte of UTF-8 text as its own \u00XX escape, so "Renée"
// arrives as "RenÃ©e" and an emoji as four Latin-1 characters. The repair reads the
// text's code points as bytes and keeps the result only when it is valid UTF-8 and
// every code point was at most U+00FF, so text that was correct is never damaged.

#include <string>
#include <string_view>

namespace dataaudit {

/// Returns true and sets `repaired` when `text` is Meta mojibake. On false, `text` is to
/// be used as it is (and `repaired` holds nothing meaningful).
bool RepairMojibake(std::string_view text, std::string* repaired);

}  // namespace dataaudit
