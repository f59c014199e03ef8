#pragma once
// email: an e-mail address as a whole value.

#include <string_view>

namespace dataaudit::detect {

/// True for local@domain within the RFC 5321 size limits (see email.cpp).
bool IsEmail(std::string_view value);

/// True for a local part: 1-64 of [A-Za-z0-9._%+-], no leading, trailing or double dot.
bool IsEmailLocalPart(std::string_view local);

/// True for a DNS name of at most 253 bytes with at least two labels; labels are 1-63 of
/// [A-Za-z0-9-] not starting or ending with '-', and the last one is alphabetic (2-63
/// letters) or an IDN "xn--" label.
bool IsEmailDomain(std::string_view domain);

}  // namespace dataaudit::detect
