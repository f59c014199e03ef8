#!/usr/bin/env bash
# End-to-end check of the paths a large member takes.
#
#   check_large.sh DATAAUDIT WORK_DIR
#
# Writes a Records.json of 20,000 points (about 5 MB, so that it is aggregated on a
# thread of its own) and packs it as a zip (read through ISA-L) and as a tar.gz
# (through libarchive). The fields reported must be the same for both archives with
# --jobs 1 (everything on one thread) and --jobs 2 (decompression, parsing and
# aggregation on three), and must count every point.
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (python3 or jq missing).
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DATAAUDIT WORK_DIR" >&2
  exit 2
fi
dataaudit=$1 dir=$2/large
command -v python3 >/dev/null && command -v jq >/dev/null || { echo "SKIP: python3 or jq is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir" || exit 2

python3 - "$dir" <<'PY' || exit 2
import io, json, sys, tarfile, zipfile
points = [{"latitudeE7": 515007292 + i, "longitudeE7": -1246254 - i, "accuracy": 10 + i % 40,
           "source": ["WIFI", "GPS"][i % 2], "timestamp": "2023-03-%02dT%02d:%02d:00.000Z" % (1 + i // 1440, i // 60 % 24, i % 60)}
          for i in range(20000)]
data = json.dumps({"locations": points}, indent=2).encode()
name = "Takeout/Location History (Timeline)/Records.json"
with zipfile.ZipFile(sys.argv[1] + "/large.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(name, data)
with tarfile.open(sys.argv[1] + "/large.tar.gz", "w:gz") as t:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    t.addfile(info, io.BytesIO(data))
PY

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

for archive in large.zip large.tar.gz; do
  for jobs in 1 2; do
    "$dataaudit" --format json --jobs "$jobs" "$dir/$archive" >"$dir/$archive.$jobs.json" 2>"$dir/$archive.$jobs.err" ||
      fail "$archive --jobs $jobs: exit status $?"
    jq '.archives[0].fields' "$dir/$archive.$jobs.json" >"$dir/$archive.$jobs.fields" || fail "$archive --jobs $jobs: no fields"
  done
done
reference=$dir/large.zip.1.fields
for other in large.zip.2 large.tar.gz.1 large.tar.gz.2; do
  cmp -s "$reference" "$dir/$other.fields" || fail "the fields of $other differ from those of large.zip --jobs 1"
done
count=$(jq '[.[] | select(.path == "/locations/*/latitudeE7") | .count] | first' "$reference")
[[ $count == 20000 ]] || fail "latitudeE7 counted $count times, expected 20000"
last=$(jq -r '[.[] | select(.path == "/locations/*/latitudeE7") | .last_seen] | first' "$reference")
[[ $last == 2023-03-14* ]] || fail "latitudeE7 last seen $last, expected 2023-03-14"

if [[ $failures -ne 0 ]]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "large: pass"
