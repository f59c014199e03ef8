#pragma once
// Every position an input holds, thinned on a grid for the report's map: a cell per
// `finest` degrees (the positions headline's grid: 0.00005 degree, about 5.5 m, so each
// distinct position the headline counts is a cell) with the number of positions in it.
// At most kMaxCells cells are kept: past that the grid doubles (0.0001, 0.0002 ...
// degrees) until they fit and the cells merge, so 2 million fixes make at most
// kMaxCells marks.

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
  static constexpr double kFinestDegrees = 0.00005;
  static constexpr std::size_t kMaxCells = 20000;

  explicit MapGrid(double finest = kFinestDegrees) : grid_(finest) {}
  // Copies and moves forget the cache of the last cell, which points into cells_.
  MapGrid(const MapGrid& other) : cells_(other.cells_), grid_(other.grid_), positions_(other.positions_) {}
  MapGrid(MapGrid&& other) noexcept
      : cells_(std::move(other.cells_)), grid_(other.grid_), positions_(other.positions_) {
    other.last_count_ = nullptr;
  }
  MapGrid& operator=(const MapGrid& other) { return *this = MapGrid(other); }
  MapGrid& operator=(MapGrid&& other) noexcept {
    cells_ = std::move(other.cells_), grid_ = other.grid_, positions_ = other.positions_;
    last_count_ = other.last_count_ = nullptr;
    return *this;
  }

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
  double grid_;
  std::uint64_t positions_ = 0;
  // The cell added to last: fixes come in runs of one place (reset when cells_ changes shape).
  std::uint64_t last_key_ = 0;
  std::uint64_t* last_count_ = nullptr;
};

}  // namespace dataaudit
