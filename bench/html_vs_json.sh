#!/usr/bin/env bash
# The HTML report against the JSON report of one workload (bench/README.md): the same
# audit, two printers. Writes each report with -o into a scratch folder, best wall time
# of REPEAT runs, with CPU time and peak RSS from /usr/bin/time, and the report's size.
#
#   bench/html_vs_json.sh DATAAUDIT ARCHIVE [REPEAT]
set -euo pipefail
dataaudit=$(realpath "$1") archive=$2 repeat=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure FORMAT [OPTION...] -> "wall cpu rss_mb bytes" of the fastest run.
measure() {
  local format=$1 best="" t0 t1 user sys rss wall cpu
  shift
  for _ in $(seq "$repeat"); do
    t0=$EPOCHREALTIME
    /usr/bin/time -o "$work/time" -f "%U %S %M" "$dataaudit" -q --format "$format" "$@" -o "$work/report" "$archive"
    t1=$EPOCHREALTIME
    read -r user sys rss <"$work/time"
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b - a}')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
    if [[ -z $best ]] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
      best="$wall $cpu $((rss / 1024)) $(stat -c %s "$work/report")"
    fi
  done
  echo "$best"
}

printf '%-26s %-18s %8s %8s %8s %10s %8s\n' workload report wall_s cpu_s rss_mb bytes x_json
name=$(basename "$archive" .zip)
read -r jw jc jr jb <<<"$(measure json)"
for row in "json|$jw $jc $jr $jb" "html|$(measure html)" "html --show-values|$(measure html --show-values)"; do
  label=${row%%|*}
  read -r w c r b <<<"${row#*|}"
  printf '%-26s %-18s %8s %8s %8s %10s %8s\n' "$name" "$label" "$w" "$c" "$r" "$b" \
    "$(awk -v a="$w" -v b="$jw" 'BEGIN{printf "%.2f", a/b}')"
done
