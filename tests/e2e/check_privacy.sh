#!/usr/bin/env bash
# Privacy guarantees, checked on a real run under strace:
#   * no network system call at all (socket, connect, sendto, ...);
#   * no file opened for writing, created, renamed or removed, except the -o output and
#     the temporary file beside it (.report.json.XXXXXX) that is renamed to it.
#
#   check_privacy.sh DATAAUDIT INPUT...
# Exit status: 0 pass, 1 fail, 77 skipped (strace missing or not permitted here).
set -uo pipefail
dataaudit=$1
shift
command -v strace >/dev/null || { echo "SKIP: strace is not installed" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/report.json trace=$work/trace.txt
if ! strace -f -qq -o "$trace" -e trace=%network,open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,truncate \
    "$dataaudit" --format json -o "$out" "$@" >/dev/null 2>"$work/stderr"; then
  if grep -q 'PTRACE\|Operation not permitted' "$work/stderr"; then echo "SKIP: ptrace not permitted" >&2; exit 77; fi
fi
[[ -s $out ]] || { echo "FAIL: no report written to -o"; cat "$work/stderr"; exit 1; }
fail=0
if grep -E '^[0-9]+ +(socket|connect|sendto|sendmsg|bind|listen|accept)' "$trace"; then
  echo "FAIL: network system calls (above)"; fail=1
fi
# Writes: any open with O_WRONLY/O_RDWR/O_CREAT, and creat/rename/unlink/mkdir/truncate, except the report
# and its temporary file.
writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(|rename|unlink|mkdir|truncate\(' "$trace" | grep -v -F "\"$out\"" \
  | grep -v -E "\"$work/\.report\.json\.[A-Za-z0-9]{6}\"" | grep -v ' = -1 ' || true)
temporaries=$(find "$work" -name '.report.json.*')
[[ -z $temporaries ]] || { echo "FAIL: temporary report left behind: $temporaries"; fail=1; }
if [[ -n $writes ]]; then
  echo "FAIL: files written other than the -o report:"; echo "$writes"; fail=1
fi
[[ $fail -eq 0 ]] && echo "privacy: no network calls, no writes but $out ($(wc -l <"$trace") calls traced)"
exit $fail
