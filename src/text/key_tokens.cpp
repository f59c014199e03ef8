#include "text/key_tokens.h"

namespace dataaudit {
namespace {

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(unsigned char c) { return IsUpper(c) || IsLower(c) || IsDigit(c) || c >= 0x80; }

// True when a new word starts at text[i] inside a run of word bytes: "loginIp" at 'I',
// "IPAddress" at 'A' (an upper-case letter followed by a lower-case one after capitals).
bool StartsWord(std::string_view text, std::size_t i) {
  const auto prev = static_cast<unsigned char>(text[i - 1]);
  const auto cur = static_cast<unsigned char>(text[i]);
  if (!IsUpper(cur)) return false;
  if (IsLower(prev) || IsDigit(prev)) return true;
  const bool next_lower = i + 1 < text.size() && IsLower(static_cast<unsigned char>(text[i + 1]));
  return IsUpper(prev) && next_lower;
}

}  // namespace

void AppendKeyTokens(std::string_view text, std::vector<std::string>& out) {
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c)) {
      flush();
      continue;
    }
    if (i > 0 && !word.empty() && StartsWord(text, i)) flush();
    word += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  flush();
}

std::vector<std::string> KeyTokens(std::string_view text) {
  std::vector<std::string> out;
  AppendKeyTokens(text, out);
  return out;
}

std::size_t LongestPhraseMatch(const std::vector<std::vector<std::string>>& phrases,
                               const std::vector<std::string>& tokens) {
  std::size_t best = 0;
  for (const auto& phrase : phrases) {
    if (phrase.empty() || phrase.size() <= best || phrase.size() > tokens.size()) continue;
    for (std::size_t start = 0; start + phrase.size() <= tokens.size(); ++start) {
      std::size_t n = 0;
      while (n < phrase.size() && tokens[start + n] == phrase[n]) ++n;
      if (n == phrase.size()) {
        best = phrase.size();
        break;
      }
    }
  }
  return best;
}

}  // namespace dataaudit
