#pragma once
// Strict UTF-8 decoding (RFC 3629): no overlong forms, no surrogates, nothing above
// U+10FFFF, and lead bytes C0, C1 and F5-FF never valid. Shared by the mojibake repair
// and the terminal sanitiser, which must agree on what is valid.

#include <cstddef>
#include <string_view>

namespace dataaudit {

/// Length of the valid sequence at s[i] (1 for ASCII) with its code point, or 0.
std::size_t DecodeUtf8(std::string_view s, std::size_t i, char32_t* code_point);

/// True when every byte of `s` belongs to a valid sequence.
bool IsValidUtf8(std::string_view s);

/// Length of the first character of `s` (1 for an invalid byte), for cutting text
/// without splitting a character.
std::size_t FirstCharLength(std::string_view s);

}  // namespace dataaudit
