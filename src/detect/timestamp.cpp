// Detector "timestamp": epoch seconds, milliseconds or microseconds between 1995 and
// 2100, or ISO 8601 dates. Rules pair it with time keys so that record times are never
// read as phone numbers, card numbers or IDs.

#include "detect/timestamp.h"

#include "text/timestamp.h"

namespace dataaudit::detect {

bool IsTimestamp(std::string_view value) { return ParseTimestamp(value).has_value(); }

}  // namespace dataaudit::detect
