#!/usr/bin/env bash
# End-to-end check of the zip fast path against the zips that different tools write.
#
#   check_zip_writers.sh DATAAUDIT EXPORT_DIR WORK_DIR
#
# Packs EXPORT_DIR as a tar.gz (read through libarchive) and as zips from Python's
# zipfile (deflated, stored, and with ZIP64 records forced), bsdtar and, when it is
# installed, Info-ZIP's zip (deflated, stored, ZIP64). Every zip must give the same
# report as the tar.gz, input names aside.
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (python3, bsdtar or jq missing).
set -uo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 DATAAUDIT EXPORT_DIR WORK_DIR" >&2
  exit 2
fi
dataaudit=$1 export_dir=$2 dir=$3/zip-writers
for tool in python3 bsdtar jq; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
rm -rf "$dir" && mkdir -p "$dir/src" || exit 2
cp -r "$export_dir" "$dir/src/export" || exit 2

(cd "$dir/src" && bsdtar -czf ../reference.tar.gz export && bsdtar --format zip -cf ../bsdtar.zip export) || exit 2
python3 - "$dir" <<'PY' || exit 2
import os, sys, zipfile
root = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root + "/src/export") for f in fs)
for name, method, force64 in (("python-deflated.zip", zipfile.ZIP_DEFLATED, False),
                              ("python-stored.zip", zipfile.ZIP_STORED, False),
                              ("python-zip64.zip", zipfile.ZIP_DEFLATED, True)):
    with zipfile.ZipFile(os.path.join(root, name), "w", method) as z:
        for path in files:
            with open(path, "rb") as src, z.open(os.path.relpath(path, root + "/src"), "w", force_zip64=force64) as dst:
                dst.write(src.read())
PY
if command -v zip >/dev/null; then
  (cd "$dir/src" && zip -qr ../infozip.zip export && zip -qr -0 ../infozip-stored.zip export &&
    zip -qr -fz ../infozip-zip64.zip export) || exit 2
fi

failures=0
report() {
  "$dataaudit" --format json "$1" | jq -S '.archives[0] | del(.input)'
}
report "$dir/reference.tar.gz" >"$dir/reference.json" || exit 2
[[ $(jq '.fields | length' "$dir/reference.json") -gt 10 ]] || { echo "FAIL: the reference has no fields"; exit 1; }
for zip in "$dir"/*.zip; do
  report "$zip" >"$zip.json"
  cmp -s "$dir/reference.json" "$zip.json" || {
    echo "FAIL: $(basename "$zip") differs from the tar.gz:"
    diff "$dir/reference.json" "$zip.json" | head -n 10
    failures=$((failures + 1))
  }
done
if [[ $failures -ne 0 ]]; then
  echo "$failures zip(s) differ"
  exit 1
fi
echo "zip-writers: $(ls "$dir"/*.zip | wc -l) zips agree with the tar.gz"
