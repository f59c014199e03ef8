// street-address: a street address line as a whole value. Meant for values under an
// address key; free text that mentions a street and a number also passes.
//
// Accepts a line with a house-number token and a street-type token in either order:
// "1600 Amphitheatre Parkway", "221B Baker Street", "12 rue de Rivoli", "Rue de Rivoli 12",
// "Calle Mayor 7", "Hauptstraße 5", "Keizersgracht 123", "Via Roma 1, 00100 Roma".
// Street words are English, French, Spanish, Italian, German and Dutch types and their
// usual abbreviations; German/Dutch compounds match by suffix (-straße, -strasse, -str.,
// -weg, -gasse, -platz, -allee, -straat, -laan, -gracht, -plein, -kade). "Ring" matches
// only as a word or after a hyphen ("Kaiser-Wilhelm-Ring"): as a bare suffix it would
// take English words such as "spring", "string" and "recurring".
// Rejects values over 120 bytes (paragraphs, not address lines), values without any digit
// ("Baker Street", "Main St"), a number glued to a word ("Street12") and long numbers
// (6+ digits: IDs, phone numbers) as the only number.
#include "detect/street_address.h"

#include <algorithm>

namespace dataaudit::detect {
namespace {

constexpr std::string_view kStreetWords[] = {
    "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "lane", "ln",
    "drive", "dr", "way", "place", "pl", "court", "ct", "parkway", "pkwy", "square", "sq",
    "terrace", "highway", "hwy", "rue", "chemin", "calle", "avenida", "plaza",
    "paseo", "via", "viale", "piazza", "ring"};

constexpr std::string_view kStreetSuffixes[] = {
    "strasse", "stra\xC3\x9F" "e", "str", "weg", "gasse", "platz", "allee", "-ring",
    "straat", "laan", "gracht", "plein", "kade"};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// `word` is lowercase ASCII (or UTF-8 that has no case here).
bool EqualsIgnoreCase(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != word[i]) return false;
  }
  return true;
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

}  // namespace

bool IsStreetWord(std::string_view token) {
  if (token.ends_with('.')) token.remove_suffix(1);
  if (token.size() < 2 || token.size() > 40 || IsDigit(token[0])) return false;
  for (std::string_view w : kStreetWords) {
    if (EqualsIgnoreCase(token, w)) return true;
  }
  for (std::string_view s : kStreetSuffixes) {
    if (EndsWithIgnoreCase(token, s)) return true;
  }
  return false;
}

bool IsHouseNumber(std::string_view token) {
  std::size_t digits = 0;
  while (digits < token.size() && IsDigit(token[digits])) ++digits;
  if (digits == 0 || digits > 5 || token.size() - digits > 4) return false;
  for (char c : token.substr(digits)) {
    if (!IsAlpha(c) && !IsDigit(c) && c != '-' && c != '/') return false;
  }
  return true;
}

bool IsStreetAddress(std::string_view value) {
  // Cheap reject: too long for one line, or no digit for a house number.
  if (value.size() < 4 || value.size() > 120) return false;
  if (value.find_first_of("0123456789") == std::string_view::npos) return false;
  bool number = false, street = false;
  std::size_t pos = 0;
  while (pos < value.size() && !(number && street)) {
    const std::size_t end = std::min(value.find_first_of(" ,;\t", pos), value.size());
    const std::string_view token = value.substr(pos, end - pos);
    number = number || IsHouseNumber(token);
    street = street || IsStreetWord(token);
    pos = end + 1;
  }
  return number && street;
}

}  // namespace dataaudit::detect
