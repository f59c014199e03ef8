#pragma once
// Every position an input holds, thinned on a grid for the report's map: a cell per
// kFinestDegrees (0.01 degree, about 1.1 km north-south) with the number of positions
// in it. At most kMaxCells cells are kept: past that the grid doubles (0.02, 0.04 ...
// degrees) and the cells merge, so 2 million fixes make at most kMaxCells marks.

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "headlines/positions.h"

namespace dataaudit {

struct MapCell {
  double latitude = 0;   ///< the cell's centre
  double longitude = 0;
  std::uint64_t count = 0;  ///< positions in the cell
};

class MapGrid {
 public:
  static constexpr double kFinestDegrees = 0.01;
  static constexpr std::size_t kMaxCells = 20000;

  /// Adds a position (one PositionCell accepts: in range and not 0,0).
  void Add(Position position);
  void Merge(const MapGrid& other);
  /// The same positions on a grid at least `degrees` wide.
  MapGrid Coarsened(double degrees) const;

  /// The cells, sorted by latitude then longitude.
  std::vector<MapCell> Cells() const;
  double grid_degrees() const { return grid_; }
  std::uint64_t positions() const { return positions_; }

 private:
  void AddTo(Position position, std::uint64_t count);
  void Regrid(double degrees);
  Position Centre(std::uint64_t key) const;

  std::unordered_map<std::uint64_t, std::uint64_t> cells_;
  double grid_ = kFinestDegrees;
  std::uint64_t positions_ = 0;
};

}  // namespace dataaudit
