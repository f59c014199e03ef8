#pragma once
// url: an http(s) URL as a whole value.

#include <string_view>

namespace dataaudit::detect {

/// True for "http://" or "https://" (any case), an authority whose host has a dot, is
/// "localhost" or is a bracketed IPv6 address, and no whitespace (see url.cpp).
bool IsUrl(std::string_view value);

/// True for a URL host: "localhost", or dot-separated labels of letters, digits, '-',
/// '_' and non-ASCII (IDN) bytes, at least two, no empty label and no '-' at either end.
bool IsUrlHost(std::string_view host);

}  // namespace dataaudit::detect
