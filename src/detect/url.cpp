// url: an http or https URL as a whole value.
//
// Accepts "http://" or "https://" (scheme in any case), optional "user:pass@" userinfo,
// a host that has a dot ("example.com", "192.0.2.1", IDN "bücher.de") or is "localhost"
// or a bracketed IPv6 literal ("[::1]"), an optional numeric port (1-5 digits), then any
// path, query and fragment without whitespace or control characters.
// Rejects other schemes ("ftp:", "javascript:", "mailto:"), scheme-relative "//host",
// bare hosts ("example.com" without a scheme: a domain, not a URL), single-label hosts
// ("http://intranet/": not resolvable outside a LAN, and common in placeholder text),
// empty or malformed hosts ("http://.com", "http://a..b"), bad ports, and values with
// spaces, which are prose that contains a URL rather than a URL.
#include "detect/url.h"

#include "detect/ip_address.h"

namespace dataaudit::detect {
namespace {

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

bool EatPrefixIgnoreCase(std::string_view& v, std::string_view prefix) {
  if (v.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = (v[i] >= 'A' && v[i] <= 'Z') ? static_cast<char>(v[i] | 0x20) : v[i];
    if (c != prefix[i]) return false;
  }
  v.remove_prefix(prefix.size());
  return true;
}

bool IsLabel(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
    return false;
  }
  for (char c : label) {
    if (!IsAlnum(c) && c != '-' && c != '_' && static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return true;
}

bool IsPort(std::string_view port) {
  if (port.empty() || port.size() > 5) return false;
  for (char c : port) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

bool IsUrlHost(std::string_view host) {
  if (host.size() == 9 && EatPrefixIgnoreCase(host, "localhost")) return true;
  if (host.size() > 253) return false;
  std::size_t labels = 0;
  for (;;) {
    const auto dot = host.find('.');
    if (!IsLabel(host.substr(0, dot))) return false;
    ++labels;
    if (dot == std::string_view::npos) return labels >= 2;
    host.remove_prefix(dot + 1);
  }
}

bool IsUrl(std::string_view value) {
  // Cheap reject: "http://a.b" is the shortest; anything with whitespace is prose.
  if (value.size() < 10 || (value[0] | 0x20) != 'h') return false;
  for (char c : value) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;
  }
  if (!EatPrefixIgnoreCase(value, "https://") && !EatPrefixIgnoreCase(value, "http://")) {
    return false;
  }
  std::string_view authority = value.substr(0, value.find_first_of("/?#"));
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (authority.starts_with('[')) {  // IPv6 literal, RFC 3986.
    const auto close = authority.find(']');
    if (close == std::string_view::npos || !IsIPv6(authority.substr(1, close - 1))) {
      return false;
    }
    const std::string_view after = authority.substr(close + 1);
    return after.empty() || (after[0] == ':' && IsPort(after.substr(1)));
  }
  if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    if (!IsPort(authority.substr(colon + 1))) return false;
    authority = authority.substr(0, colon);
  }
  return IsUrlHost(authority);
}

}  // namespace dataaudit::detect
