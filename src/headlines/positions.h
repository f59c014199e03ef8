#pragma once
// GPS positions for the gps_points headline: reading degrees as exports write them, and
// the grid that makes two fixes of one place count once.
//
// A position is a latitude/longitude pair. Exports write it in one value ("48.8566,
// 2.3522", "48.8566°, 2.3522°", "geo:48.8566,2.3522", a maps URL "...@48.8566,2.3522,15z"
// or "...center=48.8566%2C2.3522") or as two values of one record (latitude/longitude,
// Google's latitudeE7/longitudeE7 integers of degrees times 10^7). Pure functions.

#include <cstdint>
#include <optional>
#include <string_view>

namespace dataaudit {

struct Position {
  double latitude = 0;
  double longitude = 0;
};

/// Degrees of one half: a decimal ("48.8566", "48.8566°") or an integer of degrees times
/// 10^7 (any integer beyond +-180, as latitudeE7 writes it). Nullopt when the text is no
/// number or the degrees are beyond `limit` (90 for a latitude, 180 for a longitude).
std::optional<double> ParseDegrees(std::string_view text, double limit);

/// The position written in one value (see above), or nullopt. Both numbers need a decimal
/// point, so that "12,34" (a list) is no position.
std::optional<Position> ParsePosition(std::string_view text);

/// The grid cell of `p` (cells `grid` degrees wide, about grid * 111 km north-south), as
/// one 64-bit key; nullopt for a position out of range or at 0,0 (a placeholder, not a
/// place). With grid = 0.00005 (about 5.5 m) fixes a few metres apart usually share a
/// cell and fixes more than about 10 m apart never do.
std::optional<std::uint64_t> PositionCell(Position p, double grid);

}  // namespace dataaudit
