// The HTML report's map: a static SVG of every position cell (MapReport), framed on the
// positions' extent, over the world's coastlines compiled into the program
// (src/print/html/world-land.txt; its README.md gives provenance and licence) and a graticule. An equirectangular
// projection stretched by the cosine of the middle latitude, which keeps shapes right
// at the scale of a city or a country. One <circle class="mark"> per cell.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "print/html_assets.h"
#include "print/html_writer.h"

namespace dataaudit {
namespace {

constexpr double kWidth = 1000;
constexpr double kPi = 3.14159265358979323846;

struct Frame {
  double west, east, south, north;
  double height = 0;
  double X(double longitude) const { return (longitude - west) / (east - west) * kWidth; }
  double Y(double latitude) const { return (north - latitude) / (north - south) * height; }
};

// The positions' extent, padded, clamped to the globe, and widened so that the picture
// is neither a strip nor a tower.
Frame FrameOf(const std::vector<MapCell>& cells, double grid) {
  Frame f{180, -180, 90, -90};
  for (const MapCell& c : cells) {
    f.west = std::min(f.west, c.longitude), f.east = std::max(f.east, c.longitude);
    f.south = std::min(f.south, c.latitude), f.north = std::max(f.north, c.latitude);
  }
  const double pad = std::max({0.08 * std::max(f.east - f.west, f.north - f.south), 2 * grid, 0.02});
  f.west -= pad, f.east += pad, f.south -= pad, f.north += pad;
  const double stretch = std::max(0.2, std::cos((f.north + f.south) / 2 * kPi / 180));
  double aspect = (f.north - f.south) / ((f.east - f.west) * stretch);
  if (aspect < 0.45) {  // too wide: show more latitude
    const double grow = (0.45 * (f.east - f.west) * stretch - (f.north - f.south)) / 2;
    f.south -= grow, f.north += grow, aspect = 0.45;
  } else if (aspect > 0.62) {  // too tall: show more longitude
    const double grow = ((f.north - f.south) / (0.62 * stretch) - (f.east - f.west)) / 2;
    f.west -= grow, f.east += grow, aspect = 0.62;
  }
  f.south = std::max(f.south, -90.0), f.north = std::min(f.north, 90.0);
  f.west = std::max(f.west, -180.0), f.east = std::min(f.east, 180.0);
  f.height = kWidth * (f.north - f.south) / ((f.east - f.west) * stretch);
  return f;
}

// One line of the outline ("lon lat lon lat ..." in hundredths of a degree) as degrees.
void ParseSegment(std::string_view line, std::vector<std::pair<double, double>>& points) {
  points.clear();
  const char* p = line.data();
  const char* const stop = line.data() + line.size();
  int value[2];
  for (int half = 0;; half ^= 1) {
    while (p < stop && *p == ' ') ++p;
    const auto [next, ec] = std::from_chars(p, stop, value[half]);
    if (ec != std::errc()) return;
    p = next;
    if (half == 1) points.emplace_back(value[0] / 100.0, value[1] / 100.0);
  }
}

// Each coast segment of the outline that meets the frame, as one SVG path ('#' lines of
// the outline are its provenance).
void Coasts(const Frame& f, std::ostream& out) {
  std::string_view text = EmbeddedHtmlAssets().world;
  std::vector<std::pair<double, double>> points;
  std::string path;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.empty() || line.front() == '#') continue;
    ParseSegment(line, points);
    const bool meets = std::any_of(points.begin(), points.end(), [&](const auto& p) {
      return p.first >= f.west - 1 && p.first <= f.east + 1 && p.second >= f.south - 1 && p.second <= f.north + 1;
    });
    if (points.size() < 2 || !meets) continue;
    path.clear();
    for (std::size_t i = 0; i < points.size(); ++i)
      path += fmt::format("{}{:.1f} {:.1f}", i == 0 ? "M" : "L", f.X(points[i].first), f.Y(points[i].second));
    out << "<path class=\"coast\" d=\"" << path << "\"/>\n";
  }
}

double GridStep(double span) {
  for (double step : {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0})
    if (span / step <= 8) return step;
  return 60;
}

void Graticule(const Frame& f, std::ostream& out) {
  const double step = GridStep(std::max(f.east - f.west, f.north - f.south));
  for (double lon = std::ceil(f.west / step) * step; lon <= f.east; lon += step)
    out << fmt::format("<line class=\"grid\" x1=\"{0:.1f}\" y1=\"0\" x2=\"{0:.1f}\" y2=\"{1:.1f}\"/>"
                       "<text class=\"grid-label\" x=\"{2:.1f}\" y=\"{3:.1f}\">{4:g}°</text>\n",
                       f.X(lon), f.height, f.X(lon) + 3, f.height - 4, std::round(lon / step) * step);
  for (double lat = std::ceil(f.south / step) * step; lat <= f.north; lat += step)
    out << fmt::format("<line class=\"grid\" x1=\"0\" y1=\"{0:.1f}\" x2=\"{1}\" y2=\"{0:.1f}\"/>"
                       "<text class=\"grid-label\" x=\"3\" y=\"{2:.1f}\">{3:g}°</text>\n",
                       f.Y(lat), kWidth, f.Y(lat) - 3, std::round(lat / step) * step);
}

// The north-south size of `degrees` of latitude, for a person.
std::string Distance(double degrees) {
  const double metres = degrees * 111320;
  return metres < 1000 ? fmt::format("{:.0f} m", metres) : fmt::format("{:.0f} km", metres / 1000);
}

}  // namespace

void WriteHtmlMap(const MapReport& map, bool values_shown, std::ostream& out) {
  if (map.cells.empty()) {
    out << "<p class=\"note\" id=\"map-empty\">No GPS position in this export.</p>\n";
    return;
  }
  const Frame f = FrameOf(map.cells, map.grid_degrees);
  out << fmt::format("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {:.0f}\" "
                     "role=\"img\" aria-label=\"Map of {} positions\" data-cells=\"{}\" data-positions=\"{}\" "
                     "data-west=\"{:.4f}\" data-east=\"{:.4f}\" data-south=\"{:.4f}\" data-north=\"{:.4f}\">\n",
                     kWidth, f.height, map.positions, map.cells.size(), map.positions, f.west, f.east, f.south, f.north);
  Coasts(f, out);
  Graticule(f, out);
  for (const MapCell& c : map.cells) {
    const double radius = 5 + 3 * std::log10(static_cast<double>(c.count));
    out << fmt::format("<circle class=\"mark\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" data-count=\"{}\" "
                       "data-lat=\"{:.4f}\" data-lon=\"{:.4f}\"><title>{} position{} near {:.4f}, {:.4f}</title></circle>\n",
                       f.X(c.longitude), f.Y(c.latitude), radius, c.count, c.latitude, c.longitude, c.count,
                       c.count == 1 ? "" : "s", c.latitude, c.longitude);
  }
  out << "</svg>\n";
  out << fmt::format("<p class=\"note\">{} positions (GPS points, places with coordinates, geolocated records) in "
                     "{} marks, one per cell of a grid of {} degrees (about {}), its size growing with the positions "
                     "in it. The grid starts at that of the GPS-point headline (one mark per distinct position) and "
                     "doubles while there are more than 20,000 cells, so that any number of positions "
                     "makes a map a browser draws at once.{}</p>\n",
                     map.positions, map.cells.size(), HtmlDegrees(map.grid_degrees), Distance(map.grid_degrees),
                     values_shown ? "" : " Redacted: drawn to 0.1 degree; --show-values draws every position.");
}

}  // namespace dataaudit
