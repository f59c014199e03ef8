#include "headlines/positions.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace dataaudit {
namespace {

constexpr std::string_view kDegreeSign = "\xC2\xB0";  // U+00B0 in UTF-8
constexpr double kE7 = 1e7;

// Where a maps URL writes its position; the pair follows the marker.
constexpr std::array<std::string_view, 9> kUrlMarkers = {"@",     "center=", "ll=",          "sll=",  "q=",
                                                         "query=", "destination=", "daddr=", "origin="};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimDegrees(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  if (s.ends_with(kDegreeSign)) s.remove_suffix(kDegreeSign.size());
  return s;
}

// A decimal number at the start of `s` (an optional sign, digits, '.', digits); sets
// `rest` after it. Requires a decimal point when `need_point`.
std::optional<double> LeadingNumber(std::string_view s, bool need_point, std::string_view* rest) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  const std::size_t digits_start = i;
  bool point = false;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && !point))) point |= s[i++] == '.';
  if (i == digits_start || (need_point && !point)) return std::nullopt;
  const std::size_t start = s[0] == '+' ? 1 : 0;
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data() + start, s.data() + i, value);
  if (ec != std::errc() || end != s.data() + i) return std::nullopt;
  *rest = s.substr(i);
  return value;
}

// "lat,lng", "lat, lng", "lat°, lng°", "lat%2Clng" at the start of `s`.
std::optional<Position> LeadingPair(std::string_view s) {
  std::string_view rest;
  const auto lat = LeadingNumber(s, true, &rest);
  if (!lat) return std::nullopt;
  if (rest.starts_with(kDegreeSign)) rest.remove_prefix(kDegreeSign.size());
  if (rest.starts_with(",")) rest.remove_prefix(1);
  else if (rest.size() >= 3 && rest[0] == '%' && rest[1] == '2' && (rest[2] == 'C' || rest[2] == 'c')) rest.remove_prefix(3);
  else return std::nullopt;
  while (!rest.empty() && IsBlank(rest.front())) rest.remove_prefix(1);
  const auto lng = LeadingNumber(rest, true, &rest);
  if (!lng || std::fabs(*lat) > 90 || std::fabs(*lng) > 180) return std::nullopt;
  return Position{*lat, *lng};
}

}  // namespace

std::optional<double> ParseDegrees(std::string_view text, double limit) {
  const std::string_view s = TrimDegrees(text);
  std::string_view rest;
  auto value = LeadingNumber(s, false, &rest);
  if (!value || !rest.empty()) return std::nullopt;
  if (s.find('.') == std::string_view::npos && std::fabs(*value) > 180) *value /= kE7;
  if (std::fabs(*value) > limit) return std::nullopt;
  return value;
}

std::optional<Position> ParsePosition(std::string_view text) {
  std::string_view s = TrimDegrees(text);
  if (s.starts_with("geo:")) return LeadingPair(s.substr(4));
  if (auto pair = LeadingPair(s)) return pair;
  if (s.find("://") == std::string_view::npos) return std::nullopt;
  for (std::string_view marker : kUrlMarkers) {
    for (std::size_t at = s.find(marker); at != std::string_view::npos; at = s.find(marker, at + 1))
      if (auto pair = LeadingPair(s.substr(at + marker.size()))) return pair;
  }
  return std::nullopt;
}

std::optional<std::uint64_t> PositionCell(Position p, double grid) {
  if (!std::isfinite(p.latitude) || !std::isfinite(p.longitude)) return std::nullopt;
  if (std::fabs(p.latitude) > 90 || std::fabs(p.longitude) > 180) return std::nullopt;
  if (p.latitude == 0 && p.longitude == 0) return std::nullopt;
  const auto row = static_cast<std::int32_t>(std::llround(p.latitude / grid));
  const auto column = static_cast<std::int32_t>(std::llround(p.longitude / grid));
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(row)) << 32) | static_cast<std::uint32_t>(column);
}

}  // namespace dataaudit
