#pragma once
// ip-address: an IPv4 or IPv6 address as a whole value.

#include <string_view>

namespace dataaudit::detect {

/// True for IsIPv4 or IsIPv6 (see ip_address.cpp).
bool IsIpAddress(std::string_view value);

/// True for a dotted quad: exactly 4 decimal octets 0-255 without leading zeros.
bool IsIPv4(std::string_view value);

/// True for an RFC 4291 text address: 8 groups of 1-4 hex digits, or fewer with exactly
/// one "::", optionally ending in an embedded IPv4, optionally followed by a "%zone".
/// The unspecified address "::" alone is rejected.
bool IsIPv6(std::string_view value);

}  // namespace dataaudit::detect
