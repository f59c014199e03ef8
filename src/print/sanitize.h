#pragma once
// Makes text from an archive safe to print on a terminal: control characters, escape
// sequences, C1 controls, bidirectional overrides and invalid UTF-8 are shown as
// visible escapes (\x1B, \u{202E}) instead of acting on the terminal.

#include <string>
#include <string_view>

namespace dataaudit {

std::string SanitizeForTerminal(std::string_view text);

}  // namespace dataaudit
