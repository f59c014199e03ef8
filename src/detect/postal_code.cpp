// postal-code: a postal code as a whole value. Meant for values under a postal key: the
// plain digit formats also match any 4-5 digit number.
//
// Accepts US ZIP and ZIP+4 ("94105", "94105-1234"); 5 digits (DE, FR, ES, IT, ...);
// 4 digits (AT, CH, BE, DK, ...); UK postcodes ("SW1A 1AA", "EC1A1BB", "M1 1AE");
// Canadian ("K1A 0B1", "K1A0B1"); Dutch ("1012 AB", "1012AB"); Polish ("00-950");
// Japanese ("100-0001"); Brazilian CEP ("01310-100"); Irish Eircodes ("D02 X285",
// "D6W 1234"). Letters may be in either case, as users type them into forms.
// Rejects all-zero placeholders ("00000", "0000"), UK inward codes with the letters
// C I K M O V (never issued), Canadian codes with D F I O Q U (or W, Z first), Dutch codes
// starting with 0, Eircodes with letters outside their alphabet, and any other shape
// (3 or 6+ bare digits, phone numbers, dates).
#include "detect/postal_code.h"

namespace dataaudit::detect {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Upper(char c) { return static_cast<char>(c & ~0x20); }
bool OneOf(char c, std::string_view set) { return set.find(Upper(c)) != std::string_view::npos; }

bool NotAllZero(std::string_view v) { return v.find_first_not_of("0-") != std::string_view::npos; }

bool UkInward(std::string_view v) {  // Last two letters of the inward code.
  return !OneOf(v[v.size() - 1], "CIKMOV") && !OneOf(v[v.size() - 2], "CIKMOV");
}

bool Canadian(std::string_view v) {
  if (OneOf(v[0], "WZ")) return false;
  for (char c : v) {
    if (IsAlpha(c) && OneOf(c, "DFIOQU")) return false;
  }
  return true;
}

bool Dutch(std::string_view v) { return v[0] != '0'; }

bool Eircode(std::string_view v) {
  constexpr std::string_view kLetters = "ACDEFHKNPRTVWXY";
  if (!OneOf(v[0], kLetters)) return false;
  if (IsAlpha(v[2]) && !(Upper(v[0]) == 'D' && v[1] == '6' && Upper(v[2]) == 'W')) return false;
  for (char c : v.substr(v.size() - 4)) {
    if (IsAlpha(c) && !OneOf(c, kLetters)) return false;
  }
  return true;
}

struct Format {
  std::string_view shape;
  bool (*check)(std::string_view);
};

constexpr Format kFormats[] = {
    {"99999", NotAllZero},     {"99999-9999", NotAllZero},  // US ZIP, ZIP+4; DE FR ES IT
    {"9999", NotAllZero},                                    // AT CH BE DK HU NO ...
    {"99-999", NotAllZero},    {"999-9999", NotAllZero},    // PL, JP
    {"99999-999", NotAllZero},                               // BR
    {"9999 AA", Dutch},        {"9999AA", Dutch},            // NL
    {"A9A 9A9", Canadian},     {"A9A9A9", Canadian},         // CA
    {"A9 9AA", UkInward},      {"A99 9AA", UkInward},        // UK
    {"AA9 9AA", UkInward},     {"AA99 9AA", UkInward},
    {"A9A 9AA", UkInward},     {"AA9A 9AA", UkInward},
    {"A99AA", UkInward},       {"A999AA", UkInward},
    {"AA99AA", UkInward},      {"AA999AA", UkInward},
    {"A9A9AA", UkInward},      {"AA9A9AA", UkInward},
    {"A99 ????", Eircode},     {"A99????", Eircode},         // IE
    {"A9A ????", Eircode},     {"A9A????", Eircode},         // IE, D6W only
};

}  // namespace

bool MatchesShape(std::string_view value, std::string_view pattern) {
  if (value.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    switch (pattern[i]) {
      case '9': if (!IsDigit(c)) return false; break;
      case 'A': if (!IsAlpha(c)) return false; break;
      case '?': if (!IsDigit(c) && !IsAlpha(c)) return false; break;
      default: if (c != pattern[i]) return false;
    }
  }
  return true;
}

bool IsPostalCode(std::string_view value) {
  // Cheap reject: the formats above are 4-10 characters and start with a letter or digit.
  if (value.size() < 4 || value.size() > 10 || !(IsDigit(value[0]) || IsAlpha(value[0]))) {
    return false;
  }
  for (const Format& f : kFormats) {
    if (MatchesShape(value, f.shape) && f.check(value)) return true;
  }
  return false;
}

}  // namespace dataaudit::detect
