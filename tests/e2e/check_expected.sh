#!/usr/bin/env bash
# Checks a dataaudit report against a labelled truth file.
#
#   check_expected.sh DATAAUDIT FIXTURE EXPECTED_TSV [SECRETS [MIN_RECALL]]
#
# Runs `DATAAUDIT --format json --color never FIXTURE` and checks .archives[0].fields[]:
#   * recall: for each TSV line whose category is not "decoy", some field with the same
#     file and path has that category; fails when found/planted < MIN_RECALL (default 0.95)
#     and lists the misses;
#   * decoys: for each "decoy" line, no field with that file and path is financial or contact;
#   * redaction: no value listed in SECRETS (default: EXPECTED_TSV with "-secrets.txt" in place
#     of ".tsv"; an empty SECRETS argument also means the default) appears in full in the
#     default JSON or text output.
# TSV lines are file<TAB>path<TAB>category<TAB>kind; '#' lines and blank lines are ignored.
# Exit status: 0 pass, 1 fail, 77 skipped (jq missing), 2 bad usage.
set -uo pipefail

if [[ $# -lt 3 || $# -gt 5 ]]; then
  echo "usage: $0 DATAAUDIT FIXTURE EXPECTED_TSV [SECRETS [MIN_RECALL]]" >&2
  exit 2
fi
dataaudit=$1 fixture=$2 expected=$3
secrets=${4:-${expected%.tsv}-secrets.txt}
min_recall=${5:-0.95}
if ! [[ $min_recall =~ ^(0(\.[0-9]+)?|1(\.0+)?)$ ]]; then
  echo "MIN_RECALL must be a number from 0 to 1, not '$min_recall'" >&2
  exit 2
fi

if ! command -v jq >/dev/null; then
  echo "SKIP: jq is not installed" >&2
  exit 77
fi
for f in "$dataaudit" "$fixture" "$expected"; do
  [[ -e $f ]] || { echo "no such file: $f" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/check_expected.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$dataaudit" --format json --color never "$fixture" >"$work/report.json" 2>"$work/stderr.txt"
status=$?
if [[ $status -gt 1 ]]; then
  echo "FAIL: dataaudit --format json exited with $status" >&2
  cat "$work/stderr.txt" >&2
  exit 1
fi
if [[ $(jq '.archives[0].fields | type == "array"' "$work/report.json" 2>/dev/null) != true ]]; then
  echo "FAIL: the report has no .archives[0].fields array" >&2
  head -c 2000 "$work/report.json" >&2
  exit 1
fi
# One line per reported field: file<TAB>path<TAB>category (jq's @tsv escapes tabs/newlines).
jq -r '.archives[0].fields[] | [.file, .path, .category] | @tsv' "$work/report.json" >"$work/fields.tsv"

# awk reads the reported fields first, then the truth file.
awk -F'\t' -v min_recall="$min_recall" '
  NR == FNR {
    key = $1 "\t" $2
    seen = (key in cats) ? cats[key] "," : ""
    cats[key] = seen $3
    has[key "\t" $3] = 1
    next
  }
  /^#/ || /^[[:space:]]*$/ { next }
  NF < 3 { printf "bad line %d in truth file: %s\n", FNR, $0; bad++; next }
  {
    key = $1 "\t" $2
    got = (key in cats) ? cats[key] : "(no field)"
    if ($3 == "decoy") {
      decoys++
      if ((key "\tfinancial") in has || (key "\tcontact") in has) {
        wrong_decoys++
        decoy_list = decoy_list sprintf("  DECOY %s %s (%s) classified as %s\n", $1, $2, $4, got)
      }
    } else {
      planted++
      if ((key "\t" $3) in has) found++
      else miss_list = miss_list sprintf("  MISS  %s %s: expected %s (%s), got %s\n", $1, $2, $3, $4, got)
    }
  }
  END {
    recall = planted ? found / planted : 0
    printf "recall: %.3f (%d of %d planted fields found, minimum %.2f)\n", recall, found, planted, min_recall
    if (miss_list != "") printf "%s", miss_list
    printf "decoys: %d of %d classified as financial or contact\n", wrong_decoys, decoys
    if (decoy_list != "") printf "%s", decoy_list
    exit (bad || planted == 0 || recall < min_recall || wrong_decoys > 0) ? 1 : 0
  }
' "$work/fields.tsv" "$expected"
result=$?

# Redaction: the default outputs must not contain any planted secret in full.
if [[ -f $secrets ]]; then
  "$dataaudit" --color never "$fixture" >"$work/report.txt" 2>>"$work/stderr.txt"
  status=$?
  if [[ $status -gt 1 ]]; then
    echo "FAIL: dataaudit (text) exited with $status" >&2
    result=1
  fi
  leaks=0 checked=0
  while IFS= read -r secret || [[ -n $secret ]]; do
    [[ -z ${secret//[[:space:]]/} || $secret == \#* ]] && continue
    checked=$((checked + 1))
    for out in report.json report.txt; do
      if grep -qF -- "$secret" "$work/$out"; then
        echo "  LEAK  '$secret' appears in the ${out#report.} output"
        leaks=$((leaks + 1))
      fi
    done
  done <"$secrets"
  echo "secrets: $leaks leaks of $checked planted values"
  [[ $leaks -eq 0 ]] || result=1
else
  echo "secrets: no secrets file $secrets; redaction not checked"
fi

[[ $result -eq 0 ]] && echo "PASS" || echo "FAIL"
exit "$result"
