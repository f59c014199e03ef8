#include "headlines/map_grid.h"

#include <doctest/doctest.h>

namespace dataaudit {
namespace {

std::uint64_t Sum(const std::vector<MapCell>& cells) {
  std::uint64_t sum = 0;
  for (const MapCell& c : cells) sum += c.count;
  return sum;
}

TEST_SUITE("headlines/map_grid") {
  TEST_CASE("fixes within one cell make one mark; farther ones make their own") {
    MapGrid grid(0.01);
    grid.Add({48.8566, 2.3522});
    grid.Add({48.8567, 2.3523});  // about 15 m away
    grid.Add({48.8800, 2.3522});  // about 2.6 km north
    const auto cells = grid.Cells();
    REQUIRE(cells.size() == 2);
    CHECK(grid.positions() == 3);
    CHECK(grid.grid_degrees() == doctest::Approx(0.01));
    CHECK(cells[0].count == 2);
    CHECK(cells[0].latitude == doctest::Approx(48.86));
    CHECK(cells[0].longitude == doctest::Approx(2.35));
    CHECK(cells[1].count == 1);
  }

  TEST_CASE("0,0 and positions out of range are no place") {
    MapGrid grid;
    grid.Add({0, 0});
    grid.Add({91, 10});
    CHECK(grid.Cells().empty());
  }

  TEST_CASE("by default a cell is the GPS-point headline's: fixes a few metres apart share one") {
    MapGrid grid;
    CHECK(grid.grid_degrees() == doctest::Approx(0.00005));
    grid.Add({48.85660, 2.35220});
    grid.Add({48.85661, 2.35221});  // about 1 m away
    grid.Add({48.85680, 2.35220});  // about 22 m away
    CHECK(grid.Cells().size() == 2);
  }

  TEST_CASE("past kMaxCells the grid doubles until the cells fit, keeping every position") {
    MapGrid grid(0.01);
    std::uint64_t added = 0;
    for (int row = 0; row < 200; ++row)
      for (int column = 0; column < 150; ++column, ++added) grid.Add({10 + row * 0.01, 20 + column * 0.01});
    const auto cells = grid.Cells();
    CHECK(cells.size() <= MapGrid::kMaxCells);
    CHECK(grid.grid_degrees() >= 0.02);
    CHECK(Sum(cells) == added);
    CHECK(grid.positions() == added);
  }

  TEST_CASE("a coarsened copy merges cells and keeps the counts") {
    MapGrid grid(0.01);
    grid.Add({48.81, 2.31});
    grid.Add({48.84, 2.33});
    grid.Add({45.76, 4.83});
    const MapGrid coarse = grid.Coarsened(0.1);
    CHECK(coarse.grid_degrees() == doctest::Approx(0.1));
    CHECK(coarse.Cells().size() == 2);
    CHECK(Sum(coarse.Cells()) == 3);
    CHECK(grid.Cells().size() == 3);  // the original is untouched
  }

  TEST_CASE("merging adds the positions of another grid") {
    MapGrid a, b;
    a.Add({48.8566, 2.3522});
    b.Add({48.8566, 2.3522});
    b.Add({40.4168, -3.7038});
    a.Merge(b);
    CHECK(a.positions() == 3);
    CHECK(a.Cells().size() == 2);
  }

  TEST_CASE("a copy counts on its own, runs of one cell included") {
    MapGrid grid;
    grid.Add({48.8566, 2.3522});
    MapGrid copy = grid;
    copy.Add({48.8566, 2.3522});
    grid.Add({48.8566, 2.3522});
    grid.Add({48.8566, 2.3522});
    MapGrid moved = std::move(copy);
    moved.Add({48.8566, 2.3522});
    CHECK(grid.Cells().at(0).count == 3);
    CHECK(moved.Cells().at(0).count == 3);
    copy = grid;
    copy.Add({48.8566, 2.3522});
    CHECK(copy.Cells().at(0).count == 4);
    CHECK(grid.Cells().at(0).count == 3);
  }
}

}  // namespace
}  // namespace dataaudit
