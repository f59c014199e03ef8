#!/usr/bin/python3
"""Writes src/print/html/world-land.txt, the coastlines the HTML report's map draws.

Run once by hand (the output is committed; the build never runs this):

    apt-get install gmt-gshhg-low python3-netcdf4
    /usr/bin/python3 tools/make_world_outline.py > src/print/html/world-land.txt

Reads the low-resolution shorelines of GSHHG 2.3.7 (Wessel and Smith; Debian's
gmt-gshhg-low, LGPL-3+), keeps the land/ocean boundary (level 1), simplifies each
segment with Douglas-Peucker at TOLERANCE degrees, leaves out islands smaller than
MIN_EXTENT and writes one segment per line as
"lon lat lon lat ..." in hundredths of a degree.
"""
import sys

import netCDF4

SOURCE = "/usr/share/gmt-gshhg/binned_GSHHS_l.nc"
TOLERANCE = 0.1  # degrees
MIN_EXTENT = 20  # 1/100 degree: smaller islands are left out


def simplify(points, tolerance):
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm > 0 else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def segments(data):
    size = float(data["Bin_size_in_minutes"][0]) / 60.0
    columns = int(data["N_bins_in_360_longitude_range"][0])
    first_segment = data["Id_of_first_segment_in_a_bin"][:]
    count = data["N_segments_in_a_bin"][:]
    info = data["Embedded_npts_levels_exit_entry_for_a_segment"][:]
    first_point = data["Id_of_first_point_in_a_segment"][:]
    dlon = data["Relative_longitude_from_SW_corner_of_bin"][:].astype("int64") & 0xFFFF
    dlat = data["Relative_latitude_from_SW_corner_of_bin"][:].astype("int64") & 0xFFFF
    for b in range(len(first_segment)):
        west = (b % columns) * size
        south = 90.0 - (b // columns + 1) * size
        for s in range(int(first_segment[b]), int(first_segment[b]) + int(count[b])):
            n, level = int(info[s]) >> 9, (int(info[s]) >> 6) & 7
            if level != 1 or n < 2:
                continue
            p0 = int(first_point[s])
            points = []
            for p in range(p0, p0 + n):
                lon = west + dlon[p] * size / 65535.0
                lat = south + dlat[p] * size / 65535.0
                points.append((lon - 360.0 if lon > 180.0 else lon, lat))
            yield points


def main():
    data = netCDF4.Dataset(SOURCE)
    out = sys.stdout
    out.write("# Coastlines (land/ocean boundary) of GSHHG %s low resolution, simplified to %.2f degrees.\n"
              % (data.version, TOLERANCE))
    out.write("# Source: %s (Debian gmt-gshhg-low); %s. Licence: LGPL-3+.\n" % (SOURCE, data.source))
    out.write("# Made by tools/make_world_outline.py. One segment per line: lon lat ... in 1/100 degree.\n")
    for points in segments(data):
        points = simplify(points, TOLERANCE)
        cells = []
        for lon, lat in points:
            cell = (round(lon * 100), round(lat * 100))
            if not cells or cells[-1] != cell:
                cells.append(cell)
        width = max(c[0] for c in cells) - min(c[0] for c in cells)
        height = max(c[1] for c in cells) - min(c[1] for c in cells)
        if len(cells) >= 2 and max(width, height) >= MIN_EXTENT:  # islets are dots at best
            out.write(" ".join("%d %d" % c for c in cells) + "\n")


if __name__ == "__main__":
    main()
