#!/usr/bin/env bash
# End-to-end checks of dataaudit's handling of bad inputs.
#
#   check_error.sh DATAAUDIT GOOD_ZIP WORK_DIR CASE
#
# CASE is one of
#   missing    a path that does not exist
#   empty      a 0-byte file named empty.zip
#   truncated  the first half of GOOD_ZIP
#   notazip    a text file named notazip.zip
#   partial    `dataaudit MISSING GOOD_ZIP` (text and JSON)
# The bad inputs are made here, at test time, under WORK_DIR/CASE. Each bad input must make
# dataaudit exit with status 2 and print a stderr line naming the input (its file name is
# enough). For "partial", the report of GOOD_ZIP must still be printed on stdout.
# Exit status: 0 pass, 1 fail, 2 bad usage.
set -uo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 DATAAUDIT GOOD_ZIP WORK_DIR CASE" >&2
  exit 2
fi
dataaudit=$1 good=$2 case=$4
dir=$3/$case
rm -rf "$dir" && mkdir -p "$dir" || exit 2
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run ARGS...: runs dataaudit, leaving stdout, stderr and status in $dir/{out,err} and $status.
run() {
  "$dataaudit" "$@" >"$dir/out" 2>"$dir/err"
  status=$?
  echo "\$ dataaudit $* -> exit $status"
  sed 's/^/  stderr: /' "$dir/err" | head -n 20
}

# expect_error INPUT: a lone bad input exits 2 and is named on stderr.
expect_error() {
  local input=$1
  run --color never "$input"
  [[ $status -eq 2 ]] || fail "expected exit status 2, got $status"
  grep -qF -- "$(basename -- "$input")" "$dir/err" || fail "no stderr line names $(basename -- "$input")"
}

case $case in
  missing)
    expect_error "$dir/does-not-exist.zip"
    ;;
  empty)
    : >"$dir/empty.zip"
    expect_error "$dir/empty.zip"
    ;;
  truncated)
    size=$(wc -c <"$good") || exit 2
    head -c $((size / 2)) "$good" >"$dir/truncated.zip"
    expect_error "$dir/truncated.zip"
    ;;
  notazip)
    printf 'This is a plain text file that only pretends to be a zip archive.\n' >"$dir/notazip.zip"
    expect_error "$dir/notazip.zip"
    ;;
  partial)
    missing=$dir/missing.zip
    run --color never "$missing" "$good"
    [[ $status -eq 2 ]] || fail "expected exit status 2, got $status"
    grep -qF -- "missing.zip" "$dir/err" || fail "no stderr line names missing.zip"
    [[ -s $dir/out ]] || fail "no report on stdout"
    grep -qF -- "$(basename -- "$good")" "$dir/out" || fail "the text report does not name $(basename -- "$good")"
    if command -v jq >/dev/null; then
      run --format json --color never "$missing" "$good"
      [[ $status -eq 2 ]] || fail "expected exit status 2 with --format json, got $status"
      has_fields=$(jq --arg good "$good" \
        '[.archives[] | select(.input == $good) | (.fields | length)] | any(. > 0)' "$dir/out" 2>&1)
      [[ $has_fields == true ]] || fail "the JSON report has no fields for $good"
    else
      echo "jq not installed: JSON part skipped"
    fi
    ;;
  *)
    echo "unknown case '$case'" >&2
    exit 2
    ;;
esac

if [[ $failures -ne 0 ]]; then
  echo "stdout (first lines):"
  head -n 20 "$dir/out"
  exit 1
fi
echo PASS
