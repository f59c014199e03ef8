#!/usr/bin/env bash
# Checks a dataaudit report against a labelled truth file.
#
#   check_expected.sh DATAAUDIT FIXTURE EXPECTED_TSV [SECRETS]
#
# Runs `DATAAUDIT --format json --color never FIXTURE` and checks .archives[0].fields[]:
#   * truth: each TSV line that is not a decoy names a field (file, path) and the category and
#     kind it must have. A field's category is the one holding most of its values, its kind
#     the busiest kind within that category (as ../shared/eval/score.py reads a report).
#     Category and kind may list alternatives, "a|b"; kind "-" accepts any kind, and every kind
#     named must be one of `DATAAUDIT list kinds`. Every line must hold, with no slack ratio: a line whose
#     fifth column starts with "known miss:" is a miss the team knows of, listed by name;
#     it is reported, and fails the check once it holds (so the mark is removed);
#   * decoys: for each "decoy" line, no field with that file and path is financial or contact;
#   * redaction: no value listed in SECRETS (default: EXPECTED_TSV with "-secrets.txt" in place
#     of ".tsv"; an empty SECRETS argument also means the default) appears in full in the
#     default JSON or text output.
# TSV lines are file<TAB>path<TAB>category<TAB>kind[<TAB>known miss: why] ("decoy" lines carry a
# description in place of the kind); '#' lines and blank
# lines are ignored.
# Exit status: 0 pass, 1 fail, 77 skipped (jq missing), 2 bad usage.
set -uo pipefail

if [[ $# -lt 3 || $# -gt 4 ]]; then
  echo "usage: $0 DATAAUDIT FIXTURE EXPECTED_TSV [SECRETS]" >&2
  exit 2
fi
dataaudit=$1 fixture=$2 expected=$3
secrets=${4:-${expected%.tsv}-secrets.txt}

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
# One line per reported entry: file<TAB>path<TAB>category<TAB>kind<TAB>count.
jq -r '.archives[0].fields[] | [.file, .path, .category, .kind, (.count|tostring)] | @tsv' \
  "$work/report.json" >"$work/fields.tsv"

"$dataaudit" list kinds | awk '{ print $1 }' >"$work/kinds.txt"

# awk reads the known kinds, the reported entries, then the truth file.
awk -F'\t' '
  function one_of(word, alternatives,   n, i, list) {
    n = split(alternatives, list, "|")
    for (i = 1; i <= n; i++) if (list[i] == word) return 1
    return 0
  }
  FILENAME == ARGV[1] { known_kind[$1] = 1; next }
  BEGIN {
    split("financial location contact behavioural identity content technical unclassified", order, " ")
    for (i in order) rank[order[i]] = i
  }
  FILENAME == ARGV[2] {
    key = $1 "\t" $2
    by_cat[key "\t" $3] += $5
    by_kind[key "\t" $3 "\t" $4] += $5
    cats[key] = cats[key] " " $3
    kinds[key "\t" $3] = kinds[key "\t" $3] " " $4
    next
  }
  /^#/ || /^[[:space:]]*$/ { next }
  NF < 4 { printf "bad line %d in truth file: %s\n", FNR, $0; bad++; next }
  {
    key = $1 "\t" $2
    got_cat = ""; got_kind = ""
    if (key in cats) {
      best = -1
      n = split(cats[key], cs, " ")
      for (i = 1; i <= n; i++) {
        c = cs[i]; v = by_cat[key "\t" c]
        if (v > best || (v == best && rank[c] < rank[got_cat])) { best = v; got_cat = c }
      }
      best = -1
      n = split(kinds[key "\t" got_cat], ks, " ")
      for (i = 1; i <= n; i++) {
        k = ks[i]; v = by_kind[key "\t" got_cat "\t" k]
        if (v > best || (v == best && k < got_kind)) { best = v; got_kind = k }
      }
    }
    got = (key in cats) ? got_cat "/" got_kind : "(no field)"
    if ($3 == "decoy") {
      decoys++
      if ((key "\tfinancial") in by_cat || (key "\tcontact") in by_cat) {
        wrong_decoys++
        decoy_list = decoy_list sprintf("  DECOY %s %s (%s) classified as %s\n", $1, $2, $4, got)
      }
      next
    }
    planted++
    if ($4 != "-") {
      n = split($4, named, "|")
      for (i = 1; i <= n; i++)
        if (!(named[i] in known_kind)) { printf "unknown kind %s in line %d of the truth file\n", named[i], FNR; bad++ }
    }
    ok = one_of(got_cat, $3) && ($4 == "-" || one_of(got_kind, $4))
    known = $5 ~ /^known miss:/
    if (ok && !known) found++
    else if (ok && known) fixed_list = fixed_list sprintf("  FIXED %s %s: now %s; remove its known-miss mark\n", $1, $2, got)
    else if (known) { known_misses++; known_list = known_list sprintf("  KNOWN %s %s: expected %s/%s, got %s (%s)\n", $1, $2, $3, $4, got, $5) }
    else miss_list = miss_list sprintf("  MISS  %s %s: expected %s/%s, got %s\n", $1, $2, $3, $4, got)
  }
  END {
    printf "truth: %d of %d planted fields right, %d known misses\n", found, planted, known_misses
    if (miss_list != "") printf "%s", miss_list
    if (fixed_list != "") printf "%s", fixed_list
    if (known_list != "") printf "%s", known_list
    printf "decoys: %d of %d classified as financial or contact\n", wrong_decoys, decoys
    if (decoy_list != "") printf "%s", decoy_list
    exit (bad || planted == 0 || miss_list != "" || fixed_list != "" || wrong_decoys > 0) ? 1 : 0
  }
' "$work/kinds.txt" "$work/fields.tsv" "$expected"
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
