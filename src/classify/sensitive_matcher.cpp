#include "classify/sensitive_matcher.h"

#include <string>

namespace dataaudit {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// True when `term` occurs in `text` (already lower case) bounded by non-word bytes.
bool ContainsWord(std::string_view text, std::string_view term) {
  for (std::size_t at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) {
    const bool left = at == 0 || !IsWordByte(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + term.size();
    const bool right = end == text.size() || !IsWordByte(static_cast<unsigned char>(text[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

bool SensitiveMatcher::Checks(std::string_view kind) { return kind == "ad_interest" || kind == "inference"; }

const SensitiveLexicon* SensitiveMatcher::Match(std::string_view value) const {
  std::string lower(value);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const SensitiveLexicon& lexicon : lexicons_)
    for (const std::string& term : lexicon.terms)
      if (ContainsWord(lower, term)) return &lexicon;
  return nullptr;
}

}  // namespace dataaudit
