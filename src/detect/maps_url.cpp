// maps-url: a Google Maps URL that carries a latitude/longitude position.
//
// Google writes visited places into My Activity (JSON titleUrl, locationInfos url, and the
// links of the legacy HTML pages) as Maps URLs: "https://www.google.com/maps/@51.50,-0.12,15z",
// ".../maps/place/Eiffel+Tower/@48.8583701,2.2922926,17z/data=...",
// ".../maps/@?api=1&map_action=map&center=37.773692,-122.429737&zoom=13",
// "https://maps.google.com/?q=48.8584,2.2945". Such a URL is a position, not just a page.
//
// Accepts an http(s) URL (detect/url.h) whose host is maps.google.<tld>, or google.<tld> or
// www.google.<tld> with a path starting "/maps", where <tld> is one or two labels of letters
// ("com", "de", "co.uk"), and which holds a pair of decimal degrees (latitude in [-90, 90],
// longitude in [-180, 180], at least 2 decimals each, as for the coordinates detector):
//   * after an '@' in the path: "@lat,lng" (zoom and other fields may follow);
//   * as a whole path segment: "/maps/dir/lat,lng/..." or "/maps/search/lat,+lng";
//   * at the start of the value of a query parameter q, query, ll, sll, center, destination,
//     origin, daddr, saddr, cbll or viewpoint ("q=lat,lng", "center=lat%2Clng").
// In a pair, the comma may be written %2C and may be followed by blanks written ' ', '+' or
// "%20".
// Rejects Maps URLs without a position ("/maps/place/Eiffel+Tower", "maps.app.goo.gl/..."
// short links, "?q=Eiffel+Tower"), other Google URLs ("/search?q=48.85,2.29"), look-alike
// hosts ("google.example.com", "notgoogle.com"), pairs out of range or with fewer than 2
// decimals, and anything that is not a URL.
#include "detect/maps_url.h"

#include <array>
#include <string>

#include "detect/latitude.h"
#include "detect/url.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// "com", "de", "co.uk", "com.au": one or two labels of 2-6 letters.
bool IsGoogleTld(std::string_view tld) {
  int labels = 0;
  while (true) {
    const auto dot = tld.find('.');
    const std::string_view label = tld.substr(0, dot);
    if (label.size() < 2 || label.size() > 6) return false;
    for (char c : label)
      if (!IsAlpha(c)) return false;
    if (++labels > 2) return false;
    if (dot == std::string_view::npos) return true;
    tld.remove_prefix(dot + 1);
  }
}

// Decodes the few escapes that occur in a pair: %2C, %20, %2B and '+'.
std::string DecodePair(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const std::string hex = LowerCopy(s.substr(i + 1, 2));
      if (hex == "2c") { out.push_back(','); i += 2; continue; }
      if (hex == "20" || hex == "2b") { out.push_back(' '); i += 2; continue; }
    }
    out.push_back(s[i] == '+' ? ' ' : s[i]);
  }
  return out;
}

// Length of the decimal number at the start of `s` ("-33.868"), 0 when there is none.
std::size_t NumberLength(std::string_view s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  while (i < s.size() && (IsDigit(s[i]) || s[i] == '.')) ++i;
  return i;
}

// True when `s` starts with "lat,lng" (blanks allowed after the comma) and the longitude is
// followed by the end or by a character that cannot continue a number.
bool StartsWithPair(std::string_view raw) {
  const std::string decoded = DecodePair(raw);
  std::string_view s = decoded;
  const std::size_t lat_len = NumberLength(s);
  if (lat_len == 0 || !IsDecimalDegrees(s.substr(0, lat_len), 90, 2)) return false;
  s.remove_prefix(lat_len);
  if (s.empty() || s.front() != ',') return false;
  s.remove_prefix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  const std::size_t lng_len = NumberLength(s);
  if (lng_len == 0 || !IsDecimalDegrees(s.substr(0, lng_len), 180, 2)) return false;
  s.remove_prefix(lng_len);
  return s.empty() || !IsAlpha(s.front());
}

bool PathHasPosition(std::string_view path) {
  for (std::size_t at = path.find('@'); at != std::string_view::npos; at = path.find('@', at + 1))
    if (StartsWithPair(path.substr(at + 1))) return true;
  while (!path.empty()) {
    if (path.front() == '/') path.remove_prefix(1);
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (StartsWithPair(segment)) return true;
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return false;
}

bool QueryHasPosition(std::string_view query) {
  static constexpr std::array<std::string_view, 11> kKeys = {
      "q", "query", "ll", "sll", "center", "destination", "origin", "daddr", "saddr", "cbll", "viewpoint"};
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    const std::size_t eq = param.find('=');
    if (eq != std::string_view::npos) {
      const std::string key = LowerCopy(param.substr(0, eq));
      for (std::string_view k : kKeys)
        if (key == k && StartsWithPair(param.substr(eq + 1))) return true;
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return false;
}

}  // namespace

bool IsMapsUrl(std::string_view value) {
  if (value.size() > 4096 || !IsUrl(value)) return false;
  std::string_view rest = value.substr(value.find("://") + 3);
  const std::size_t authority_end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, authority_end);
  rest = authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) authority = authority.substr(0, colon);
  const std::string host = LowerCopy(authority);

  const std::string_view path = rest.substr(0, rest.find_first_of("?#"));
  const std::string lower_path = LowerCopy(path.substr(0, 6));
  bool maps = false;
  if (host.starts_with("maps.google.")) {
    maps = IsGoogleTld(std::string_view(host).substr(12));
  } else {
    std::string_view h = host;
    if (h.starts_with("www.")) h.remove_prefix(4);
    maps = h.starts_with("google.") && IsGoogleTld(h.substr(7)) &&
           (lower_path == "/maps" || lower_path == "/maps/" || lower_path == "/maps@" || lower_path == "/maps?");
  }
  if (!maps) return false;
  if (PathHasPosition(path)) return true;
  const std::size_t question = rest.find('?');
  if (question == std::string_view::npos) return false;
  std::string_view query = rest.substr(question + 1);
  query = query.substr(0, query.find('#'));
  return QueryHasPosition(query);
}

}  // namespace dataaudit::detect
