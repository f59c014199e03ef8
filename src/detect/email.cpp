// email: an e-mail address as a whole value, in the practical subset that real exports
// contain (no quoted local parts, no IP-literal domains, no comments).
//
// Accepts local@domain where the local part is 1-64 of [A-Za-z0-9._%+-] without a
// leading, trailing or doubled dot, and the domain is at most 253 bytes of dot-separated
// labels (1-63 of [A-Za-z0-9-], no hyphen at either end) ending in an alphabetic TLD of
// 2-63 letters or a punycode "xn--" TLD.
// Rejects decoys that carry an '@' but are not addresses: IE cookie file names such as
// "user@host[5]" (bulk_extractor's ttd_false_positives note), "@handles", "a@b"
// (no dot), "user@localhost", numeric TLDs ("x@1.2.3.4"), and text with spaces.
#include "detect/email.h"

namespace dataaudit::detect {
namespace {

bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }

bool IsLabel(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
    return false;
  }
  for (char c : label) {
    if (!IsAlnum(c) && c != '-') return false;
  }
  return true;
}

bool IsTopLevelLabel(std::string_view label) {
  if (label.size() > 4 && (label[0] | 0x20) == 'x' && (label[1] | 0x20) == 'n' &&
      label[2] == '-' && label[3] == '-') {
    return true;  // IDN punycode; IsLabel already checked its characters.
  }
  if (label.size() < 2) return false;
  for (char c : label) {
    if (!IsAlpha(c)) return false;
  }
  return true;
}

}  // namespace

bool IsEmailLocalPart(std::string_view local) {
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') {
    return false;
  }
  char prev = 0;
  for (char c : local) {
    const bool ok = IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    if (!ok || (c == '.' && prev == '.')) return false;
    prev = c;
  }
  return true;
}

bool IsEmailDomain(std::string_view domain) {
  if (domain.size() < 4 || domain.size() > 253) return false;
  std::size_t labels = 0;
  std::string_view rest = domain;
  for (;;) {
    const auto dot = rest.find('.');
    const std::string_view label = rest.substr(0, dot);
    if (!IsLabel(label)) return false;
    ++labels;
    if (dot == std::string_view::npos) return labels >= 2 && IsTopLevelLabel(label);
    rest.remove_prefix(dot + 1);
  }
}

bool IsEmail(std::string_view value) {
  // Cheap reject: "a@b.cd" is the shortest; 64 + 1 + 253 the longest.
  if (value.size() < 6 || value.size() > 318) return false;
  const auto at = value.find('@');
  if (at == std::string_view::npos) return false;
  return IsEmailLocalPart(value.substr(0, at)) && IsEmailDomain(value.substr(at + 1));
}

}  // namespace dataaudit::detect
