#!/usr/bin/env bash
# Time and peak RSS of dataaudit on the hostile archive shapes of issue 16 (archive,
# threads and output part), at the sizes the issue found them at; one row per shape.
#
#   bench/hostile_archives.sh DATAAUDIT WORK_DIR [TIMEOUT_S]
#
# Each run is killed after TIMEOUT_S seconds (default 60: "timeout" in the status
# column). The shapes are written to WORK_DIR once (about 1.2 GB free is needed while
# the 1 GiB member of zeros is packed; the archives themselves are small).
set -uo pipefail
[[ $# -ge 2 ]] || { echo "usage: $0 DATAAUDIT WORK_DIR [TIMEOUT_S]" >&2; exit 2; }
dataaudit=$(realpath "$1") work=$2 limit=${3:-60}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work" && cd "$work" || exit 2

make_shapes() {
  [[ -e .made ]] && return
  for shape in overlap cut-directory fake-end rar lying-size; do
    /usr/bin/python3 "$here/../tests/e2e/make_hostile.py" "$shape" . || exit 2
  done
  /usr/bin/python3 - <<'PY' || exit 2
import io, struct, zipfile
def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        for name, data in members:
            z.writestr(name, data)
    return b.getvalue()
# The issue's overlap: 3,000 entries naming one local header of 100 MiB of zeros.
one = zip_bytes([("data/zeros.json", b"\0" * (100 << 20))])
d, e = one.index(b"PK\x01\x02"), one.index(b"PK\x05\x06")
r = one[d:e]
recs = b"".join(r[:28] + struct.pack("<H", 16) + r[30:46] + b"data/z%05d.json" % i for i in range(3000))
open("overlap-100m.zip", "wb").write(one[:d] + recs + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 3000, 3000, len(recs), d, 0))
# Nested zips 16 deep, 4 MiB of zeros a level, stored inside and deflated at the top.
level = zip_bytes([("profile.json", b'{"email": "jane@example.com"}')], zipfile.ZIP_STORED)
for depth in range(15):
    level = zip_bytes([("padding.bin", b"\0" * (4 << 20)), ("level%02d.zip" % depth, level)], zipfile.ZIP_STORED)
open("nested-16x4m.zip", "wb").write(zip_bytes([("level15.zip", level)]))
PY
  # A tar.bz2 whose skipped media member is 1 GiB of zeros (sparse on disk while packed).
  mkdir -p tree/media tree/data && truncate -s 1G tree/media/clip.mp4 &&
    echo '{"profile": {"email": "jane@example.com"}}' >tree/data/profile.json &&
    tar -C tree -cjf skipped-1g.tar.bz2 media/clip.mp4 data/profile.json && rm -rf tree || exit 2
  touch .made
}

# measure NAME ARGS...: one row.
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %M' -o "$name.time" timeout "$limit" "$@" >"$name.out" 2>"$name.err"
  local status=$?
  [[ $status -eq 124 ]] && status=timeout
  read -r wall rss < <(tail -n 1 "$name.time")
  local message
  message=$(grep -v '^Command\|^\s' "$name.err" | head -n 1 | cut -c1-90)
  printf '%-22s %7s %8s %8s  %s\n' "$name" "$status" "$wall" "$((rss / 1024))" "$message"
}

make_shapes
printf '%-22s %7s %8s %8s  %s\n' shape status wall_s rss_mb "first stderr line"
measure overlap-100m "$dataaudit" --jobs 2 overlap-100m.zip
measure skipped-1g.tar.bz2 "$dataaudit" --jobs 2 skipped-1g.tar.bz2
measure cut-directory "$dataaudit" cut-directory.zip
measure fake-end "$dataaudit" fake-end.zip
measure rar "$dataaudit" export.rar
cp a.zip victim.zip
measure o-is-input "$dataaudit" -o victim.zip victim.zip
printf '%-22s %s\n' "" "victim.zip afterwards: $(head -c 2 victim.zip | od -An -c | tr -s ' ')"
# Out of memory in the middle input of a batch: big.zip's nested zip claims 1 GiB, which
# --max-nested-size 2048 lets the audit ask for; a binary without that flag (before it)
# runs out on 16 levels of nested zips instead.
if "$dataaudit" --help | grep -q -- --max-nested-size; then
  measure bad-alloc-batch prlimit --as=$((768 << 20)) -- "$dataaudit" --jobs 2 --format ndjson \
    --max-nested-size 2048 a.zip big.zip c.zip
else
  measure bad-alloc-batch prlimit --as=$((768 << 20)) -- "$dataaudit" --jobs 2 --format ndjson \
    --max-ratio 100000 --max-archive-depth 16 a.zip nested-16x4m.zip c.zip
fi
printf '%-22s %s\n' "" "NDJSON lines: $(wc -l <bad-alloc-batch.out)"
# --max-ratio: the top level of zeros inflates past the default 1000:1 (a shape crafted
# just under it costs the same).
measure nested-depth3 "$dataaudit" --jobs 2 --max-ratio 100000 nested-16x4m.zip
measure nested-depth16 "$dataaudit" --jobs 2 --max-ratio 100000 --max-archive-depth 16 nested-16x4m.zip
