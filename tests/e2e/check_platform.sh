#!/usr/bin/env bash
# Checks which platform dataaudit recognises an input as, and what it says the
# detection rested on.
#
#   check_platform.sh DATAAUDIT INPUT PLATFORM EVIDENCE [OPTION...]
#
# Runs `DATAAUDIT --format json [OPTION...] INPUT` and fails unless .archives[0].platform is
# PLATFORM ("unknown" included) and some line of .archives[0].platform_evidence contains
# EVIDENCE ("-" means the list must be empty).
# Exit status: 0 pass, 1 fail, 77 skipped (jq missing), 2 bad usage.
set -uo pipefail

if [[ $# -lt 4 ]]; then
  echo "usage: $0 DATAAUDIT INPUT PLATFORM EVIDENCE [OPTION...]" >&2
  exit 2
fi
dataaudit=$1 input=$2 platform=$3 evidence=$4
shift 4
if ! command -v jq >/dev/null; then
  echo "SKIP: jq is not installed" >&2
  exit 77
fi
for f in "$dataaudit" "$input"; do
  [[ -e $f ]] || { echo "no such file: $f" >&2; exit 2; }
done

report=$("$dataaudit" --format json "$@" "$input")
status=$?
if [[ $status -gt 1 ]]; then
  echo "FAIL: dataaudit exited with $status on $input"
  exit 1
fi
got=$(jq -r '.archives[0].platform' <<<"$report")
lines=$(jq -r '.archives[0].platform_evidence[]' <<<"$report")
failures=0
if [[ $got != "$platform" ]]; then
  echo "FAIL: platform is '$got', expected '$platform'"
  failures=$((failures + 1))
fi
if [[ $evidence == - ]]; then
  [[ -z $lines ]] || { echo "FAIL: expected no evidence, got:"; echo "$lines"; failures=$((failures + 1)); }
elif ! grep -qF -- "$evidence" <<<"$lines"; then
  echo "FAIL: no evidence line contains '$evidence'; the evidence:"
  echo "$lines"
  failures=$((failures + 1))
fi
[[ $failures -eq 0 ]] && echo "ok: $input is $got ($(wc -l <<<"$lines") evidence lines)"
[[ $failures -eq 0 ]]
