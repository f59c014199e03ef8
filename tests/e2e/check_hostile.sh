#!/usr/bin/env bash
# End-to-end checks of hostile archive shapes and of -o, each made at test time by
# make_hostile.py at a moderate size (the timeout of the test catches a hang; speed and
# memory are measured in bench/, never here).
#
#   check_hostile.sh DATAAUDIT WORK_DIR CASE
#
# CASE is one of
#   overlap       3,000 zip entries sharing one local header: read once, exit 0 or 2, no hang
#   skipped-bz2   zeros in skipped members of a tar.bz2: stops at the ratio, names the member, exit 2
#   cut-directory a zip cut inside its central directory: members reported, named problem, exit 2
#   fake-end      a false end record in the zip comment: members reported, named problem, exit 2
#   rar           "RAR archives are not supported", exit 2
#   out-input     -o naming the input, a symbolic link to it, or a file in an input folder: refused,
#                 exit 2, nothing changed or created
#   out-atomic    -o over an older report: replaced whole, its mode kept, no temporary left;
#                 -o /dev/null written as it is
#   bad-alloc     an out-of-memory failure in one input of an NDJSON batch (under prlimit --as):
#                 an error line for it, the other inputs reported, exit 2
#   nested        16 levels of nested zips: within --max-nested-size, the deep ones are skipped
#                 with a warning; with room, the innermost member is reported
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (python3, jq or prlimit missing).
set -uo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 DATAAUDIT WORK_DIR CASE" >&2
  exit 2
fi
dataaudit=$1 case=$3
dir=$2/hostile/$case
here=$(cd "$(dirname "$0")" && pwd)
[[ -x /usr/bin/python3 ]] && command -v jq >/dev/null || { echo "SKIP: python3 or jq is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir" || exit 2
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

make() { /usr/bin/python3 "$here/make_hostile.py" "$1" "$dir" || exit 2; }

# run NAME ARGS...: runs dataaudit, leaving stdout, stderr and the status in $dir/NAME.{out,err} and $status.
run() {
  local name=$1
  shift
  "$dataaudit" "$@" >"$dir/$name.out" 2>"$dir/$name.err"
  status=$?
  echo "\$ dataaudit $* -> exit $status"
  sed 's/^/  stderr: /' "$dir/$name.err" | head -n 5
}

# run_capped NAME ARGS...: run, with the address space capped at 768 MiB.
run_capped() {
  local name=$1
  shift
  prlimit --as=$((768 << 20)) -- "$dataaudit" "$@" >"$dir/$name.out" 2>"$dir/$name.err"
  status=$?
  echo "\$ prlimit --as=768MiB -- dataaudit $* -> exit $status"
  sed 's/^/  stderr: /' "$dir/$name.err" | head -n 5
}

expect_status() { [[ $status -eq $1 ]] || fail "$2: exit status $status, expected $1"; }
expect_err() { grep -qF -- "$2" "$dir/$1.err" || fail "$1: stderr does not say '$2'"; }
# files NAME: the number of files the JSON report of NAME counts.
files() { jq '.archives[0].files.total' "$dir/$1.out"; }

case $case in
  overlap)
    make overlap
    run overlap --format json "$dir/overlap.zip"
    [[ $status -eq 0 || $status -eq 2 ]] || fail "overlap: exit status $status"
    total=$(files overlap)
    [[ $total -le 1 ]] || fail "overlap: $total files reported; the 3,000 entries share one member"
    ;;
  skipped-bz2)
    make skipped-bz2
    run skipped --format json "$dir/skipped.tar.bz2"
    expect_status 2 "skipped members of zeros"
    expect_err skipped "media/clip.mp4: compression ratio above 1000:1"
    expect_err skipped "the members after it are not read"
    ;;
  cut-directory)
    make cut-directory
    run cut-directory --format json "$dir/cut-directory.zip"
    expect_status 2 "zip cut inside its central directory"
    expect_err cut-directory "cut-directory.zip: the zip has no end-of-central-directory record"
    [[ $(files cut-directory) -eq 2 ]] || fail "cut-directory: the members read from local headers are not reported"
    ;;
  fake-end)
    make fake-end
    run fake-end --format json "$dir/fake-end.zip"
    expect_status 2 "false end record"
    expect_err fake-end "the zip comment ends in a false end-of-central-directory record"
    [[ $(files fake-end) -eq 1 ]] || fail "fake-end: the member is not reported"
    ;;
  rar)
    make rar
    run rar "$dir/export.rar"
    expect_status 2 "RAR input"
    expect_err rar "export.rar: RAR archives are not supported"
    ;;
  out-input)
    make rar  # any input: it is never read
    make fake-end
    mkdir -p "$dir/unpacked" && echo '{"a": 1}' >"$dir/unpacked/profile.json" || exit 2
    ln -s fake-end.zip "$dir/link.zip" || exit 2
    sums=$(cd "$dir" && md5sum fake-end.zip unpacked/profile.json)
    run same -o "$dir/fake-end.zip" "$dir/fake-end.zip"
    expect_status 2 "-o naming the input"
    expect_err same "would overwrite the input"
    run link -o "$dir/link.zip" "$dir/fake-end.zip"
    expect_status 2 "-o naming a symbolic link to the input"
    run dotdot -o "$dir/unpacked/../fake-end.zip" "$dir/fake-end.zip"
    expect_status 2 "-o naming the input through .."
    run inside -o "$dir/unpacked/profile.json" "$dir/unpacked"
    expect_status 2 "-o naming a file in the input folder"
    expect_err inside "inside the input folder"
    run new-inside -o "$dir/unpacked/report.json" "$dir/unpacked"
    expect_status 2 "-o naming a new file in the input folder"
    [[ ! -e $dir/unpacked/report.json ]] || fail "a report was created inside the input folder"
    [[ $(cd "$dir" && md5sum fake-end.zip unpacked/profile.json) == "$sums" ]] || fail "an input was changed"
    [[ -z $(find "$dir" -name '.*.??????') ]] || fail "a temporary file was left: $(find "$dir" -name '.*.??????')"
    ;;
  out-atomic)
    make lying-size
    echo "an older report" >"$dir/report.ndjson" && chmod 600 "$dir/report.ndjson" || exit 2
    run older --format ndjson -o "$dir/report.ndjson" "$dir/a.zip" "$dir/missing.zip"
    expect_status 2 "a batch with a missing input"
    [[ $(wc -l <"$dir/report.ndjson") -eq 2 ]] || fail "the older report was not replaced by the whole new one"
    [[ $(stat -c %a "$dir/report.ndjson") == 600 ]] || fail "the report lost the older report's mode"
    [[ -z $(find "$dir" -name '.report.ndjson.*') ]] || fail "a temporary file was left"
    run devnull -o /dev/null "$dir/a.zip"
    expect_status 0 "-o /dev/null"
    [[ -c /dev/null ]] || fail "/dev/null is no longer a character device"
    ;;
  bad-alloc)
    command -v prlimit >/dev/null || { echo "SKIP: prlimit is not installed"; exit 77; }
    # A sanitizer reserves terabytes of address space for its shadow memory: no cap fits.
    # (ldd's output is read whole: grep -q would stop early and, under pipefail, fail the pipe.)
    if grep -q 'libasan\|libtsan' <<<"$(ldd "$dataaudit")"; then echo "SKIP: sanitizer build, no address-space cap"; exit 77; fi
    make lying-size
    # big.zip's nested zip claims 1 GiB, which --max-nested-size 2048 lets the audit ask for.
    for jobs in 1 2; do
      run_capped "jobs$jobs" --jobs "$jobs" --format ndjson --max-nested-size 2048 "$dir/a.zip" "$dir/big.zip" \
        "$dir/c.zip"
      expect_status 2 "out of memory in big.zip (--jobs $jobs)"
      expect_err "jobs$jobs" "big.zip"
      expect_err "jobs$jobs" "out of memory"
      [[ $(wc -l <"$dir/jobs$jobs.out") -eq 3 ]] || fail "--jobs $jobs: not one NDJSON line per input"
      for input in a.zip c.zip; do
        n=$(jq --arg input "$dir/$input" 'select(.input == $input) | .fields | length' "$dir/jobs$jobs.out")
        [[ $n -gt 0 ]] || fail "--jobs $jobs: $input has no fields"
      done
      jq -e -s --arg input "$dir/big.zip" '[.[] | select(.input == $input) | .error | test("out of memory")] == [true]' \
        "$dir/jobs$jobs.out" >/dev/null || fail "--jobs $jobs: big.zip has no out-of-memory error"
    done
    ;;
  nested)
    make nested
    run bounded --format json --max-archive-depth 16 --max-nested-size 64 "$dir/nested.zip"
    expect_status 0 "16 levels of nested zips within --max-nested-size"
    jq -e '[.archives[0].diagnostics[].message | select(test("--max-nested-size"))] | length > 0' \
      "$dir/bounded.out" >/dev/null || fail "no warning names --max-nested-size"
    run roomy --format json --max-archive-depth 16 --max-nested-size 200 "$dir/nested.zip"
    expect_status 0 "16 levels of nested zips with room"
    jq -e '[.archives[0].fields[].file | select(endswith("level00.zip!profile.json"))] | length > 0' \
      "$dir/roomy.out" >/dev/null || fail "the innermost member is not reported"
    ;;
  *)
    echo "unknown case '$case'" >&2
    exit 2
    ;;
esac

if [[ $failures -ne 0 ]]; then
  echo "$failures failure(s); outputs are in $dir"
  exit 1
fi
echo PASS
