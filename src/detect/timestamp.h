#pragma once
// Detector "timestamp": a value that reads as a date-time (see text/timestamp.h).

#include <string_view>

namespace dataaudit::detect {

bool IsTimestamp(std::string_view value);

}  // namespace dataaudit::detect
