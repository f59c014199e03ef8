#!/usr/bin/env bash
# Runs every workload side by side and prints one table (see bench/README.md).
#
#   bench/run.sh DATAAUDIT WORKLOAD_DIR [REPEAT]
#
# For each archive: dataaudit, `bsdtar -xOf` (the decompression limit), jq reading the
# same JSON members, and Python's json module loading them. Each command runs REPEAT
# times (default 3) and the fastest wall time is kept (the machine is shared and
# noisy); CPU time and peak RSS come from /usr/bin/time -v of that run.
set -euo pipefail
dataaudit=$(realpath "$1") dir=$2 repeat=${3:-3}
command -v bsdtar >/dev/null && command -v jq >/dev/null && command -v python3 >/dev/null || {
  echo "bench/run.sh needs bsdtar, jq and python3" >&2; exit 2; }

pyload='import sys, zipfile, json
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        if not n.endswith((".json", ".js")): continue
        data = z.read(n)
        try: json.loads(data)
        except ValueError: [json.loads(l) for l in data.splitlines() if l.strip()]'

# measure CMD... -> "wall cpu rss_mb" of the fastest run. Wall time comes from bash's
# microsecond clock (/usr/bin/time's %e has only 10 ms steps); CPU and RSS from time.
measure() {
  local best="" line stats t0 t1
  stats=$(mktemp)
  for _ in $(seq "$repeat"); do
    t0=$EPOCHREALTIME
    /usr/bin/time -o "$stats" -f "%U %S %M" bash -c "$*" >/dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    line=$(tail -1 "$stats")
    read -r user sys rss <<<"$line"
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b - a}')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
    if [[ -z $best ]] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
      best="$wall $cpu $((rss / 1024))"
    fi
  done
  rm -f "$stats"
  echo "$best"
}

printf '%-26s %-10s %8s %8s %8s %10s\n' workload tool wall_s cpu_s rss_mb x_bsdtar
for archive in "$dir"/W*.zip; do
  name=$(basename "$archive" .zip)
  read -r bw bc br <<<"$(measure "bsdtar -xOf '$archive'")"
  read -r dw dc dr <<<"$(measure "'$dataaudit' --format json '$archive'")"
  read -r jw jc jr <<<"$(measure "bsdtar -xOf '$archive' --include '*.json' --include '*.js' | jq -c empty")"
  read -r pw pc pr <<<"$(measure "python3 -c '$pyload' '$archive'")"
  for row in "bsdtar $bw $bc $br" "dataaudit $dw $dc $dr" "jq $jw $jc $jr" "python-json $pw $pc $pr"; do
    read -r tool w c r <<<"$row"
    ratio=$(awk -v a="$w" -v b="$bw" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }')
    printf '%-26s %-10s %8s %8s %8s %10s\n' "$name" "$tool" "$w" "$c" "$r" "$ratio"
  done
done
if [[ -f $dir/W3-small-files.zip ]]; then
  files=$(bsdtar -tf "$dir/W3-small-files.zip" | grep -c '\.json$')
  read -r w _ _ <<<"$(measure "'$dataaudit' --format json '$dir/W3-small-files.zip'")"
  awk -v f="$files" -v w="$w" 'BEGIN{ printf "W3: %d files in %.3f s = %.0f files/s\n", f, w, (w > 0 ? f / w : 0) }'
fi
if [[ -f $dir/W4-media.zip && -f $dir/W4-nomedia.zip ]]; then
  read -r a _ _ <<<"$(measure "'$dataaudit' --format json '$dir/W4-media.zip'")"
  read -r b _ _ <<<"$(measure "'$dataaudit' --format json '$dir/W4-nomedia.zip'")"
  awk -v a="$a" -v b="$b" 'BEGIN{ printf "W4: with media %.3f s, without %.3f s = %.2f x\n", a, b, (b > 0 ? a / b : 0) }'
fi
