#include "text/timestamp.h"

#include "text/display_date.h"

#include <chrono>
#include <cstring>

#include <fmt/format.h>

namespace dataaudit {
namespace {

constexpr std::int64_t kMinSeconds = 788918400;   // 1995-01-01
constexpr std::int64_t kMaxSeconds = 4102444800;  // 2100-01-01

std::optional<std::int64_t> InRange(std::int64_t seconds) {
  if (seconds < kMinSeconds || seconds >= kMaxSeconds) return std::nullopt;
  return seconds;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads exactly `n` digits at `pos`.
bool Digits(std::string_view s, std::size_t pos, std::size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

std::optional<std::int64_t> ParseEpoch(std::string_view digits) {
  if (digits.size() > 16) return std::nullopt;  // beyond microseconds; and no overflow below
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  switch (digits.size()) {
    case 9: case 10: return InRange(value);
    case 12: case 13: return InRange(value / 1000);
    case 15: case 16: return InRange(value / 1000000);
    default: return std::nullopt;
  }
}

// Parses a zone suffix at `pos` ("Z", "+01:00", "+0100", " UTC"); returns its offset.
bool ParseZone(std::string_view s, std::size_t pos, int* offset_seconds) {
  *offset_seconds = 0;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos == s.size()) return true;
  const std::string_view rest = s.substr(pos);
  if (rest == "Z" || rest == "UTC" || rest == "GMT") return true;
  if (rest[0] != '+' && rest[0] != '-') return false;
  int hours = 0, minutes = 0;
  if (!Digits(rest, 1, 2, &hours)) return false;
  std::size_t next = 3;
  if (next < rest.size() && rest[next] == ':') ++next;
  if (next < rest.size()) {
    if (!Digits(rest, next, 2, &minutes)) return false;
    next += 2;
  }
  if (next != rest.size() || hours > 14 || minutes > 59) return false;  // nothing may follow the zone
  *offset_seconds = (rest[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  return true;
}

std::optional<std::int64_t> ParseIso(std::string_view s) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!Digits(s, 0, 4, &year) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &month) ||
      s[7] != '-' || !Digits(s, 8, 2, &day))
    return std::nullopt;
  std::size_t pos = 10;
  if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ') && pos + 1 < s.size() &&
      s[pos + 1] >= '0' && s[pos + 1] <= '9') {
    if (!Digits(s, pos + 1, 2, &hour) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !Digits(s, pos + 4, 2, &minute))
      return std::nullopt;
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
      if (!Digits(s, pos + 1, 2, &second)) return std::nullopt;
      pos += 3;
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      }
    }
  }
  int offset = 0;
  if (!ParseZone(s, pos, &offset)) return std::nullopt;
  using namespace std::chrono;
  const year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  const std::int64_t days = sys_days(date).time_since_epoch().count();
  return InRange(days * 86400 + hour * 3600 + minute * 60 + second - offset);
}

// Two digits at `p`, or -1.
int TwoDigits(const char* p) {
  const unsigned a = static_cast<unsigned>(p[0] - '0'), b = static_cast<unsigned>(p[1] - '0');
  return a <= 9 && b <= 9 ? static_cast<int>(a * 10 + b) : -1;
}

// The shape most timestamps have, "2024-03-01T08:00:00Z" with an optional fraction, read
// at fixed positions: it is parsed once per record of every dated file. Returns false
// when `s` is not exactly that shape or not a valid time, for the general parser.
bool ParseIsoUtc(std::string_view s, std::int64_t* seconds) {
  if (s.size() < 20 || s.size() > 48 || s.back() != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
      s[16] != ':')
    return false;
  const char* p = s.data();
  const int century = TwoDigits(p), year2 = TwoDigits(p + 2), month = TwoDigits(p + 5), day = TwoDigits(p + 8),
            hour = TwoDigits(p + 11), minute = TwoDigits(p + 14), second = TwoDigits(p + 17);
  if ((century | year2 | month | day | hour | minute | second) < 0) return false;
  if (s.size() > 20) {  // ".123Z"
    if (s[19] != '.') return false;
    for (std::size_t i = 20; i + 1 < s.size(); ++i)
      if (s[i] < '0' || s[i] > '9') return false;
  }
  using namespace std::chrono;
  const year_month_day date{std::chrono::year(century * 100 + year2), std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return false;
  *seconds = sys_days(date).time_since_epoch().count() * std::int64_t{86400} + hour * 3600 + minute * 60 + second;
  return true;
}

std::optional<std::int64_t> ParseUncached(std::string_view text) {
  // Dates quoted inside a string (Discord) and Java's zone suffix ("...Z[UTC]").
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  if (std::int64_t seconds = 0; ParseIsoUtc(text, &seconds)) return InRange(seconds);
  if (!text.empty() && text.back() == ']') {
    const std::size_t open = text.rfind('[');
    if (open != std::string_view::npos) text = text.substr(0, open);
  }
  if (text.size() < 8 || text.size() > 48) return std::nullopt;
  if (AllDigits(text)) return ParseEpoch(text);
  // Epoch numbers written with a fraction ("1700000000.123").
  const std::size_t dot = text.find('.');
  if (dot != std::string_view::npos && AllDigits(text.substr(0, dot)) &&
      (dot + 1 == text.size() || AllDigits(text.substr(dot + 1))))
    return ParseEpoch(text.substr(0, dot));
  if (const auto iso = ParseIso(text)) return iso;
  return ParseDisplayDate(text);
}

}  // namespace

std::optional<std::int64_t> ParseTimestamp(std::string_view text) {
  // A value is parsed twice in a row: by the timestamp detector that claims it, then to
  // date its record. So the last answer is kept, per thread (tables run on several).
  struct Last {
    char text[48];
    std::size_t size = sizeof text + 1;  // nothing kept yet
    std::optional<std::int64_t> result;
  };
  thread_local Last last;
  if (text.size() == last.size && std::memcmp(text.data(), last.text, text.size()) == 0) return last.result;
  const auto result = ParseUncached(text);
  if (text.size() <= sizeof last.text) {
    std::memcpy(last.text, text.data(), text.size());
    last.size = text.size();
    last.result = result;
  }
  return result;
}

std::string FormatDate(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_days days{std::chrono::days(unix_seconds >= 0 ? unix_seconds / 86400
                                                          : (unix_seconds - 86399) / 86400)};
  const year_month_day date{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string FormatIsoTime(std::int64_t unix_seconds) {
  const std::int64_t day_seconds = ((unix_seconds % 86400) + 86400) % 86400;
  return fmt::format("{}T{:02}:{:02}:{:02}Z", FormatDate(unix_seconds), day_seconds / 3600,
                     day_seconds / 60 % 60, day_seconds % 60);
}

}  // namespace dataaudit
