#!/usr/bin/env bash
# Checks when dataaudit draws its progress line on standard error.
#
#   check_progress.sh DATAAUDIT WORK_DIR
#
# Runs dataaudit on a generated ~60 MB JSON Lines export (long enough to pass the
# line's half-second delay on most machines) with stderr on a pseudo-terminal made by
# script(1), and with stderr in a file. The line must
#   * appear with the text report when stderr is a terminal (checked only when the run
#     took at least a second; a faster machine finishes before the delay);
#   * appear whatever the format (json and ndjson too), never on stdout, never past 100%;
#   * never appear with --quiet or when stderr is a file;
#   * be erased: the last thing written to the terminal is the erase sequence.
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (script(1) missing).
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DATAAUDIT WORK_DIR" >&2
  exit 2
fi
dataaudit=$1 dir=$2/progress
command -v script >/dev/null || { echo "SKIP: script(1) is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir/export" || exit 2
awk 'BEGIN { for (i = 0; i < 750000; i++)
  printf "{\"ip\":\"10.0.%d.%d\",\"email\":\"u%d@example.org\",\"note\":\"some text %d\"}\n", i % 250, i % 200, i, i }' \
  >"$dir/export/activity.jsonl" || exit 2

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# on_terminal NAME ARGS...: runs dataaudit with stderr on a pseudo-terminal; what reached
# the terminal is in $dir/NAME.tty, stdout in $dir/NAME.out, the run's seconds in $seconds.
on_terminal() {
  local name=$1 command
  shift
  printf -v command '%q ' "$dataaudit" -j 1 "$@"
  local start=$SECONDS
  script -q -e -c "$command >$(printf '%q' "$dir/$name.out")" /dev/null >"$dir/$name.tty" </dev/null
  local status=$?
  seconds=$((SECONDS - start))
  echo "\$ dataaudit -j 1 $* (stderr on a terminal) -> exit $status, ${seconds}s"
  [[ $status -eq 0 ]] || fail "$name: exit status $status"
}

has_line() { grep -q 'inputs done' "$1"; }

on_terminal text --color never "$dir/export"
if has_line "$dir/text.tty"; then
  # The line is erased at the end: the terminal's last bytes are CR and erase-line.
  [[ $(tail -c 4 "$dir/text.tty" | od -An -tx1 | tr -d ' \n') == 0d1b5b4b ]] ||
    fail "the progress line is not erased at the end"
  grep -q 'read (' "$dir/text.tty" || fail "the progress line does not count bytes"
  has_line "$dir/text.out" && fail "the progress line reached stdout"
elif [[ $seconds -ge 2 ]]; then
  fail "no progress line on a terminal after ${seconds}s"
else
  echo "note: the audit finished within the delay; the positive check is inconclusive on this machine"
fi
grep -q 'dataaudit report' "$dir/text.out" || fail "no text report on stdout"

on_terminal quiet --quiet "$dir/export"
has_line "$dir/quiet.tty" && fail "a progress line with --quiet"
for format in json ndjson; do
  on_terminal $format --format $format "$dir/export"
  if has_line "$dir/$format.tty"; then
    has_line "$dir/$format.out" && fail "the progress line reached stdout with --format $format"
    jq -e . "$dir/$format.out" >/dev/null 2>&1 || fail "--format $format on stdout does not parse"
  elif [[ $seconds -ge 2 ]]; then
    fail "no progress line with --format $format after ${seconds}s"
  fi
done
grep -qE '\((1[0-9][0-9]|[2-9][0-9][0-9])%\)' "$dir"/*.tty && fail "a progress line at or past 100%"

"$dataaudit" -j 1 "$dir/export" >"$dir/file.out" 2>"$dir/file.err"
[[ -s $dir/file.err ]] && fail "stderr in a file is not empty: $(head -c 200 "$dir/file.err")"

if [[ $failures -ne 0 ]]; then
  echo "$failures failure(s); outputs are in $dir"
  exit 1
fi
echo PASS
