#!/usr/bin/env bash
# Runs one fuzz target with a seed corpus taken from testdata/, for SECONDS.
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   tests/fuzz/run.sh json 600
#
# Targets: json csv html text vcard ics mbox archive. The corpus starts from testdata/ and
# from the hostile shapes of make_seeds.py, and dict/<target>.dict guides the mutations.
# Findings land in build-fuzz/findings/<target>/; each one becomes a regression test
# (tests/unit/regressions/).
set -euo pipefail
target=$1 seconds=${2:-600}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-fuzz
corpus=$build/corpus/$target findings=$build/findings/$target
mkdir -p "$corpus" "$findings"
case $target in
  json) find "$root/testdata" -name '*.json' -o -name '*.js' -o -name '*.jsonl' ;;
  csv) find "$root/testdata" -name '*.csv' ;;
  html) find "$root/testdata" -name '*.html' ;;
  text) find "$root/testdata" -name '*.txt' ;;
  vcard) find "$root/testdata" -name '*.vcf' ;;
  ics) find "$root/testdata" -name '*.ics' ;;
  mbox) find "$root/testdata" -name '*.mbox' -o -name '*.eml' ;;
  archive) find "$build/fixtures" -name '*.zip' -size -200k 2>/dev/null || true ;;
esac | while read -r f; do cp "$f" "$corpus/" 2>/dev/null || true; done
/usr/bin/python3 "$root/tests/fuzz/make_seeds.py" "$target" "$corpus"
dict=() max_len=(-max_len=16384)
if [[ $target == archive ]]; then
  # Seeds of the hostile shapes (overlapping entries, zeros in skipped members, no central
  # directory, a false end record, RAR, a lying size, deep nesting) and a dictionary.
  for shape in overlap skipped-bz2 cut-directory fake-end rar lying-size nested; do
    /usr/bin/python3 "$root/tests/e2e/make_hostile.py" "$shape" "$corpus"
  done
  dict=(-dict="$root/tests/fuzz/archive.dict") max_len=()
fi
[[ -f $root/tests/fuzz/dict/$target.dict ]] && dict=(-dict="$root/tests/fuzz/dict/$target.dict")
"$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 "${max_len[@]}" \
  "${dict[@]}" -artifact_prefix="$findings/" -print_final_stats=1 "$corpus"
