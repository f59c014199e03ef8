#include "documents/csv_header.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "detect/detector.h"

namespace dataaudit {
namespace {

// Detectors whose values never name a column.
constexpr std::array<std::string_view, 8> kValueOnly = {
    "card-number", "coordinates", "email", "iban", "ip-address", "phone-e164", "phone-national", "url"};

std::string_view Trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '"'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool Matches(std::string_view detector, std::string_view cell) {
  const Detector* found = FindDetector(detector);
  return found != nullptr && found->matches(cell);
}

// A decimal number: optional sign, digits, at most one '.' or ','.
bool IsNumber(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  std::size_t digits = 0, points = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.' || c == ',') ++points;
    else return false;
  }
  return digits > 0 && points <= 1;
}

}  // namespace

bool LooksLikeDataRow(const std::vector<std::string>& cells) {
  std::size_t filled = 0, numeric = 0;
  for (const std::string& raw : cells) {
    const std::string_view cell = Trim(raw);
    if (cell.empty()) continue;
    ++filled;
    if (std::any_of(kValueOnly.begin(), kValueOnly.end(), [&](std::string_view d) { return Matches(d, cell); }))
      return true;
    if (IsNumber(cell) || Matches("timestamp", cell)) ++numeric;
  }
  return filled > 0 && 2 * numeric >= filled;
}

}  // namespace dataaudit
