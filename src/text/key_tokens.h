#pragma once
// Splits keys, labels and file names into lower-case word tokens, so that rules match
// words rather than substrings: "loginIp" -> {login, ip}, "IP Address" -> {ip, address},
// "latitudeE7" -> {latitude, e7}, "E-Mail-Adresse" -> {e, mail, adresse}. Because "zip"
// and "description" are whole tokens, a rule for "ip" never matches them.

#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

/// Appends the tokens of `text` to `out`. ASCII letters are lower-cased; bytes >= 0x80
/// (non-ASCII letters) are kept inside tokens; other ASCII punctuation separates tokens.
void AppendKeyTokens(std::string_view text, std::vector<std::string>& out);

/// The tokens of `text`.
std::vector<std::string> KeyTokens(std::string_view text);

/// Length of the longest phrase in `phrases` found as consecutive tokens in `tokens`
/// (0 when none is). An empty token in `tokens` separates segments: no phrase spans it.
std::size_t LongestPhraseMatch(const std::vector<std::vector<std::string>>& phrases,
                               const std::vector<std::string>& tokens);

}  // namespace dataaudit
