#include "text/display_date.h"

#include <array>
#include <chrono>
#include <string>
#include <vector>

namespace dataaudit {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// Lower-case names and abbreviations (ASCII, or UTF-8 as written), EN DE FR ES NL.
constexpr std::array<MonthName, 64> kMonths = {{
    {"jan", 1}, {"january", 1}, {"januar", 1}, {"janvier", 1}, {"janv", 1}, {"enero", 1}, {"ene", 1}, {"januari", 1},
    {"feb", 2}, {"february", 2}, {"februar", 2}, {"février", 2}, {"févr", 2}, {"febrero", 2}, {"februari", 2},
    {"mar", 3}, {"march", 3}, {"märz", 3}, {"mär", 3}, {"mrz", 3}, {"mars", 3}, {"marzo", 3}, {"maart", 3}, {"mrt", 3},
    {"apr", 4}, {"april", 4}, {"avril", 4}, {"avr", 4}, {"abril", 4}, {"abr", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5}, {"mei", 5},
    {"jun", 6}, {"june", 6}, {"juni", 6}, {"juin", 6}, {"junio", 6},
    {"jul", 7}, {"july", 7}, {"juli", 7}, {"juillet", 7}, {"juil", 7}, {"julio", 7},
    {"aug", 8}, {"august", 8}, {"août", 8}, {"agosto", 8}, {"ago", 8}, {"augustus", 8},
    {"sep", 9}, {"sept", 9}, {"september", 9}, {"septembre", 9}, {"septiembre", 9},
    {"oct", 10}, {"october", 10}, {"okt", 10}, {"oktober", 10}, {"octobre", 10}, {"octubre", 10},
    {"nov", 11}, {"november", 11}}};
constexpr std::array<MonthName, 10> kMoreMonths = {{
    {"novembre", 11}, {"noviembre", 11}, {"dec", 12}, {"december", 12}, {"dez", 12}, {"dezember", 12},
    {"déc", 12}, {"décembre", 12}, {"dic", 12}, {"diciembre", 12}}};

constexpr std::array<std::string_view, 36> kWeekdays = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday", "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar.", "mer", "jeu",
    "ven", "sam", "dim", "lunes", "martes", "miércoles", "jueves", "viernes", "domingo"};

constexpr std::array<std::string_view, 22> kFillers = {
    "at", "um", "à", "a", "las", "om", "de", "del", "utc", "gmt", "cet", "cest", "mez", "mesz",
    "pst", "pdt", "est", "edt", "cst", "cdt", "bst", "ist"};

int MonthOf(std::string_view word) {
  for (const MonthName& m : kMonths)
    if (m.name == word) return m.month;
  for (const MonthName& m : kMoreMonths)
    if (m.name == word) return m.month;
  return 0;
}

bool IsFiller(std::string_view word) {
  for (std::string_view f : kFillers)
    if (f == word) return true;
  for (std::string_view d : kWeekdays)
    if (d == word) return true;
  // A numeric zone offset: "+0000", "-05:00".
  if (word.size() >= 5 && (word[0] == '+' || word[0] == '-')) {
    for (std::size_t i = 1; i < word.size(); ++i)
      if (!(word[i] >= '0' && word[i] <= '9') && word[i] != ':') return false;
    return true;
  }
  return false;
}

bool ToInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// Splits on spaces and commas; lower-cases ASCII; drops a trailing '.' of abbreviations.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word.back() == '.' && word.find(':') == std::string::npos &&
        word.find_first_of("0123456789") == std::string::npos)
      word.pop_back();
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') flush();
    else word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  flush();
  return words;
}

struct Parts {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  bool pm = false, am = false;
};

bool ReadTime(std::string_view w, Parts& p) {
  const std::size_t c1 = w.find(':');
  if (c1 == std::string_view::npos) return false;
  const std::size_t c2 = w.find(':', c1 + 1);
  if (!ToInt(w.substr(0, c1), &p.hour)) return false;
  if (!ToInt(w.substr(c1 + 1, c2 == std::string_view::npos ? std::string_view::npos : c2 - c1 - 1), &p.minute))
    return false;
  if (c2 != std::string_view::npos && !ToInt(w.substr(c2 + 1, 2), &p.second)) return false;
  return p.hour <= 23 && p.minute <= 59 && p.second <= 60;
}

// "04.06.2025", "04/06/2025", "4-6-2025": day first; "2021.11.16", "2021/11/16": year first.
bool ReadNumericDate(std::string_view w, Parts& p) {
  for (char sep : {'.', '/', '-'}) {
    const std::size_t a = w.find(sep);
    const std::size_t b = a == std::string_view::npos ? a : w.find(sep, a + 1);
    if (b == std::string_view::npos) continue;
    const std::string_view x = w.substr(0, a), y = w.substr(a + 1, b - a - 1), z = w.substr(b + 1);
    if (z.size() == 4 && ToInt(x, &p.day) && ToInt(y, &p.month) && ToInt(z, &p.year)) return true;
    if (x.size() == 4 && z.size() <= 2 && ToInt(x, &p.year) && ToInt(y, &p.month) && ToInt(z, &p.day)) return true;
  }
  return false;
}

bool ReadWord(std::string_view w, Parts& p) {
  int n = 0;
  if (const int month = MonthOf(w); month != 0 && p.month == 0) return (p.month = month), true;
  if (w == "pm" || w == "p.m.") return (p.pm = true), true;
  if (w == "am" || w == "a.m.") return (p.am = true), true;
  if (w.find(':') != std::string_view::npos) return ReadTime(w, p);
  if (w.size() == 4 && ToInt(w, &n) && p.year == 0) return (p.year = n), true;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);  // "8." (German day)
  if (w.size() <= 2 && ToInt(w, &n) && p.day == 0) return (p.day = n), true;
  if (ReadNumericDate(w, p)) return true;
  return IsFiller(w);
}

}  // namespace

std::optional<std::int64_t> ParseDisplayDate(std::string_view text) {
  if (text.size() < 8 || text.size() > 48) return std::nullopt;
  Parts p;
  for (const std::string& word : Words(text))
    if (!ReadWord(word, p)) return std::nullopt;
  if (p.year < 1995 || p.year > 2099 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return std::nullopt;
  if (p.pm && p.hour < 12) p.hour += 12;
  if (p.am && p.hour == 12) p.hour = 0;
  using namespace std::chrono;
  const year_month_day date{year(p.year), month(static_cast<unsigned>(p.month)), day(static_cast<unsigned>(p.day))};
  if (!date.ok()) return std::nullopt;
  return sys_days(date).time_since_epoch().count() * 86400LL + p.hour * 3600 + p.minute * 60 + p.second;
}

}  // namespace dataaudit
