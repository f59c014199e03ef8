#pragma once
// Masks a value for a report that may be shared: enough is kept to recognise one's own
// data ("4539 •••• •••• 6467", "j•••@example.org", "203.0.•.•") and no more.

#include <string>
#include <string_view>

namespace dataaudit {

/// The redacted form of `value`, chosen by the kind it was classified as.
std::string Redact(std::string_view value, std::string_view kind);

}  // namespace dataaudit
