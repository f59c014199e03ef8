// iban: an IBAN as a whole value.
//
// Accepts uppercase IBANs written compact ("DE89370400440532013000") or in print form with
// single spaces after every 4 characters ("DE89 3704 0044 0532 0130 00"). The country must
// be in the SWIFT IBAN registry, the length must equal that country's IBAN length, the
// check digits must be digits, the BBAN [0-9A-Z], and the whole must pass mod 97 == 1.
// Lowercase is rejected on purpose: banks, statements and exports print IBANs in capitals,
// while lowercase 2 letters + digits runs are usually tokens or hashes.
// Rejects other decoys: right length but wrong checksum (random codes pass 1 time in 97),
// a plausible checksum under an unknown country, irregular spacing, and dashes.
#include "detect/iban.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace dataaudit::detect {
namespace {

struct CountryLength {
  char code[3];
  unsigned char length;
};

// SWIFT IBAN registry (release 100, 2025): country code -> IBAN length. Sorted by code.
constexpr CountryLength kIbanLengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
    {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
    {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
    {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21},
    {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30},
    {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
    {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22},
    {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24},
    {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
    {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

constexpr std::string_view Code(const CountryLength& c) { return {c.code, 2}; }
constexpr bool CodeLess(const CountryLength& a, const CountryLength& b) {
  return Code(a) < Code(b);
}
static_assert(std::is_sorted(std::begin(kIbanLengths), std::end(kIbanLengths), CodeLess));

constexpr std::size_t kMaxIban = 34;  // ISO 13616 upper bound.

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t IbanLength(std::string_view country) {
  if (country.size() != 2) return 0;
  const auto it = std::lower_bound(
      std::begin(kIbanLengths), std::end(kIbanLengths), country,
      [](const CountryLength& c, std::string_view key) { return Code(c) < key; });
  return (it != std::end(kIbanLengths) && Code(*it) == country) ? it->length : 0;
}

bool Mod97Valid(std::string_view compact_iban) {
  const std::size_t n = compact_iban.size();
  if (n < 5) return false;
  unsigned remainder = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const char c = compact_iban[(k + 4) % n];  // Characters 4.. first, then 0..3.
    if (IsDigit(c)) {
      remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
    } else if (IsUpper(c)) {
      remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool IsIban(std::string_view value) {
  // Cheap reject: 15 (Norway) to 34 characters plus spaces, starting with 2 capitals.
  if (value.size() < 15 || value.size() > kMaxIban + kMaxIban / 4 || !IsUpper(value[0]) ||
      !IsUpper(value[1])) {
    return false;
  }
  const std::size_t expected = IbanLength(value.substr(0, 2));
  if (expected == 0) return false;
  const bool spaced = value[4] == ' ';
  if (spaced && value.back() == ' ') return false;
  std::array<char, kMaxIban> compact{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (spaced && i % 5 == 4) {
      if (c != ' ') return false;
      continue;
    }
    if ((!IsUpper(c) && !IsDigit(c)) || n == expected) return false;
    compact[n++] = c;
  }
  if (n != expected || !IsDigit(compact[2]) || !IsDigit(compact[3])) return false;
  return Mod97Valid(std::string_view(compact.data(), n));
}

}  // namespace dataaudit::detect
