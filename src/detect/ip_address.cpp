// ip-address: an IPv4 or IPv6 address as a whole value.
//
// Accepts IPv4 dotted quads ("192.0.2.1") and the RFC 4291 IPv6 text forms: full
// ("2001:db8:0:0:0:0:0:1"), compressed with one "::" ("2001:db8::1", "::1", "fe80::"),
// with an embedded IPv4 tail ("::ffff:192.0.2.1") and with a zone id ("fe80::1%eth0").
// Hex digits may be either case.
// Rejects version strings and numbers that only look similar: "v1.2.3.4", "1.2.3",
// "1.2.3.4.5", octets over 255 or with leading zeros ("01.2.3.4", octal in some parsers),
// bare integers ("12345"), ports ("1.2.3.4:80"), CIDR suffixes, more than one "::",
// hex groups longer than 4, and the bare "::" (the unspecified address, not an address of
// anybody). A bare "1.2.3.4" IS accepted: the caller decides with key context whether a
// "version" field holds it.
#include "detect/ip_address.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

bool IsZoneId(std::string_view zone) {
  if (zone.empty() || zone.size() > 32) return false;
  for (char c : zone) {
    const bool ok = IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool IsIPv4(std::string_view value) {
  if (value.size() < 7 || value.size() > 15) return false;
  int parts = 0;
  std::size_t i = 0;
  while (true) {
    const std::size_t start = i;
    int octet = 0;
    while (i < value.size() && IsDigit(value[i]) && i - start < 3) {
      octet = octet * 10 + (value[i++] - '0');
    }
    const std::size_t len = i - start;
    if (len == 0 || octet > 255 || (len > 1 && value[start] == '0')) return false;
    ++parts;
    if (i == value.size()) return parts == 4;
    if (value[i] != '.' || parts == 4) return false;
    ++i;
  }
}

bool IsIPv6(std::string_view value) {
  if (const auto pct = value.find('%'); pct != std::string_view::npos) {
    if (!IsZoneId(value.substr(pct + 1))) return false;
    value = value.substr(0, pct);
  }
  // "::1" is the shortest useful form; 45 bytes the longest (IPv4 tail).
  if (value.size() < 3 || value.size() > 45) return false;
  int groups = 0;
  bool compressed = false;
  std::size_t i = 0;
  if (value.starts_with("::")) {
    compressed = true;
    i = 2;
  } else if (value[0] == ':') {
    return false;
  }
  while (i < value.size()) {
    std::size_t j = i;
    while (j < value.size() && IsHex(value[j])) ++j;
    if (j < value.size() && value[j] == '.') {  // Embedded IPv4 must be the last part.
      if (!IsIPv4(value.substr(i))) return false;
      groups += 2;
      break;
    }
    if (j == i || j - i > 4) return false;
    ++groups;
    i = j;
    if (i == value.size()) break;
    if (value[i] != ':') return false;
    if (++i == value.size()) return false;  // A single trailing ':'.
    if (value[i] == ':') {
      if (compressed) return false;
      compressed = true;
      ++i;
    }
  }
  return compressed ? groups <= 7 : groups == 8;
}

bool IsIpAddress(std::string_view value) {
  // Cheap reject: every address starts with a hex digit or ':'.
  if (value.size() < 3 || (!IsHex(value[0]) && value[0] != ':')) return false;
  return IsIPv4(value) || IsIPv6(value);
}

}  // namespace dataaudit::detect
