#include "headlines/map_grid.h"

#include <algorithm>

namespace dataaudit {

void MapGrid::Add(Position position) {
  ++positions_;
  AddTo(position, 1);
}

void MapGrid::AddTo(Position position, std::uint64_t count) {
  const auto key = PositionCell(position, grid_);
  if (!key) return;
  if (last_count_ == nullptr || last_key_ != *key) last_key_ = *key, last_count_ = &cells_[*key];
  *last_count_ += count;
  if (cells_.size() > kMaxCells) Regrid(grid_ * 2);
}

void MapGrid::Regrid(double degrees) {
  std::unordered_map<std::uint64_t, std::uint64_t> old;
  old.swap(cells_);
  last_count_ = nullptr;
  const double old_grid = grid_;
  grid_ = degrees;
  for (const auto& [key, count] : old) {
    const auto row = static_cast<std::int32_t>(key >> 32), column = static_cast<std::int32_t>(key & 0xFFFFFFFF);
    const Position centre{row * old_grid, column * old_grid};
    if (const auto cell = PositionCell(centre, grid_)) cells_[*cell] += count;
  }
  if (cells_.size() > kMaxCells) Regrid(grid_ * 2);
}

Position MapGrid::Centre(std::uint64_t key) const {
  const auto row = static_cast<std::int32_t>(key >> 32), column = static_cast<std::int32_t>(key & 0xFFFFFFFF);
  return {row * grid_, column * grid_};
}

void MapGrid::Merge(const MapGrid& other) {
  if (other.grid_ > grid_) Regrid(other.grid_);
  positions_ += other.positions_;
  for (const auto& [key, count] : other.cells_) AddTo(other.Centre(key), count);
}

MapGrid MapGrid::Coarsened(double degrees) const {
  MapGrid out = *this;
  if (degrees > out.grid_) out.Regrid(degrees);
  return out;
}

std::vector<MapCell> MapGrid::Cells() const {
  std::vector<MapCell> out;
  out.reserve(cells_.size());
  for (const auto& [key, count] : cells_) {
    const Position centre = Centre(key);
    out.push_back({centre.latitude, centre.longitude, count});
  }
  std::sort(out.begin(), out.end(), [](const MapCell& a, const MapCell& b) {
    return a.latitude != b.latitude ? a.latitude < b.latitude : a.longitude < b.longitude;
  });
  return out;
}

}  // namespace dataaudit
