#!/usr/bin/env bash
# End-to-end checks that one export makes one report, and that only the parts of one
# export are merged (src/audit/export_parts.h, src/cli/batch_inputs.h).
#
#   check_merge.sh DATAAUDIT FIXTURES_DIR WORK_DIR CASE
#
# CASE is one of
#   folder     a folder of export zips is a batch: one report per zip, in name order
#   people     alice-part1.zip (Facebook) and alice-part2.zip (TikTok): two reports
#   parts      takeout-...-001.zip and -002.zip (a Google export and a part with no
#              platform of its own): one report, which says it merged them; --no-merge: two;
#              --merge on two people's exports: one
#   batch30    30 exports of several platforms and people, given as a folder, a glob and
#              through `find | xargs -n 7`: the same 30 NDJSON lines (sorted) every way
#   stdin      `-` reads the archive from standard input; `-o -` writes to standard output
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (jq missing).
set -uo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 DATAAUDIT FIXTURES_DIR WORK_DIR CASE" >&2
  exit 2
fi
dataaudit=$1 fixtures=$2 case=$4
dir=$3/$case
command -v jq >/dev/null || { echo "SKIP: jq is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir" || exit 2
for f in sample facebook-2024-json tiktok google-takeout-en instagram-2024 twitter reddit generic; do
  [[ -f $fixtures/$f.zip ]] || { echo "no fixture $fixtures/$f.zip" >&2; exit 2; }
done

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


lines() { wc -l <"$1" | tr -d ' '; }

# A zip holding only photos: a later Takeout part, whose platform cannot be told on its own.
media_only_zip() {
  mkdir -p "$dir/media/Takeout/Google Photos/2024" || exit 2
  printf '\xff\xd8\xff\xe0fake jpeg' >"$dir/media/Takeout/Google Photos/2024/IMG_0001.jpg"
  (cd "$dir/media" && zip -qr "$1" Takeout) || exit 2
}

case $case in
  folder)
    mkdir -p "$dir/exports"
    cp "$fixtures/facebook-2024-json.zip" "$dir/exports/b-facebook.zip"
    cp "$fixtures/tiktok.zip" "$dir/exports/a-tiktok.zip"
    cp "$fixtures/google-takeout-en.zip" "$dir/exports/c-google.zip"
    touch "$dir/exports/.DS_Store"
    run folder.ndjson --format ndjson "$dir/exports"
    [[ $status -eq 0 ]] || fail "exit $status"
    [[ $(lines "$dir/folder.ndjson") -eq 3 ]] || fail "expected 3 reports, got $(lines "$dir/folder.ndjson")"
    [[ $(jq -r '.input | sub(".*/"; "")' "$dir/folder.ndjson" | tr '\n' ' ') == "a-tiktok.zip b-facebook.zip c-google.zip " ]] ||
      fail "reports not one per zip in name order: $(jq -r .input "$dir/folder.ndjson" | tr '\n' ' ')"
    [[ $(jq -r .platform "$dir/folder.ndjson" | tr '\n' ' ') == "tiktok facebook google " ]] ||
      fail "platforms: $(jq -r .platform "$dir/folder.ndjson" | tr '\n' ' ')"
    run folder.txt "$dir/exports"
    [[ $(grep -c '^dataaudit report: ' "$dir/folder.txt") -eq 3 ]] || fail "the text report is not three reports"
    # A folder that also holds other files is an unpacked export: one report.
    printf '{"email": "a@example.org"}\n' >"$dir/exports/profile.json"
    run mixed.ndjson --format ndjson "$dir/exports"
    [[ $(lines "$dir/mixed.ndjson") -eq 1 ]] || fail "a folder with loose files is one export"
    ;;
  people)
    cp "$fixtures/facebook-2024-json.zip" "$dir/alice-part1.zip"
    cp "$fixtures/tiktok.zip" "$dir/alice-part2.zip"
    run people.ndjson --format ndjson "$dir/alice-part1.zip" "$dir/alice-part2.zip"
    [[ $status -eq 0 ]] || fail "exit $status"
    [[ $(lines "$dir/people.ndjson") -eq 2 ]] || fail "a Facebook and a TikTok export were merged"
    [[ $(jq -r .platform "$dir/people.ndjson" | tr '\n' ' ') == "facebook tiktok " ]] ||
      fail "platforms: $(jq -r .platform "$dir/people.ndjson" | tr '\n' ' ')"
    jq -e 'has("parts") | not' "$dir/people.ndjson" >/dev/null || fail "a report says it has parts"
    run people.txt "$dir/alice-part1.zip" "$dir/alice-part2.zip"
    grep -q 'merged' "$dir/people.txt" && fail "the text report says it merged"
    [[ $(grep -c '^dataaudit report: ' "$dir/people.txt") -eq 2 ]] || fail "the text report is not two reports"
    ;;
  parts)
    cp "$fixtures/google-takeout-en.zip" "$dir/takeout-20240516T230250Z-001.zip"
    media_only_zip "$dir/takeout-20240516T230250Z-002.zip"
    run parts.json --format json "$dir/takeout-20240516T230250Z-002.zip" "$dir/takeout-20240516T230250Z-001.zip"
    [[ $status -eq 0 ]] || fail "exit $status"
    jq -e '.archives | length == 1' "$dir/parts.json" >/dev/null || fail "the two Takeout parts are not one report"
    jq -e '.archives[0].parts | length == 2' "$dir/parts.json" >/dev/null || fail "the JSON report does not list the parts"
    jq -e '.archives[0].platform == "google"' "$dir/parts.json" >/dev/null || fail "the merged report is not google"
    run parts.txt "$dir/takeout-20240516T230250Z-001.zip" "$dir/takeout-20240516T230250Z-002.zip"
    grep -q '^  merged    2 parts of one export' "$dir/parts.txt" || fail "the text report does not say it merged"
    run nomerge.ndjson --format ndjson --no-merge "$dir/takeout-20240516T230250Z-001.zip" \
      "$dir/takeout-20240516T230250Z-002.zip"
    [[ $(lines "$dir/nomerge.ndjson") -eq 2 ]] || fail "--no-merge did not keep the parts apart"
    cp "$fixtures/facebook-2024-json.zip" "$dir/x.zip"
    cp "$fixtures/tiktok.zip" "$dir/y.zip"
    run merge.json --format json --merge "$dir/x.zip" "$dir/y.zip"
    jq -e '.archives | length == 1 and (.[0].parts | length == 2)' "$dir/merge.json" >/dev/null ||
      fail "--merge did not make one report"
    ;;
  batch30)
    mkdir -p "$dir/batch"
    # 8 people with 3 exports each named like parts of one (alice-part1.zip...), each of
    # another platform, and 6 exports with plain names.
    platforms=(facebook-2024-json tiktok google-takeout-en instagram-2024 twitter reddit)
    people=(alice bob carol dave erin frank grace heidi)
    for i in "${!people[@]}"; do
      for k in 0 1 2; do
        cp "$fixtures/${platforms[$(((i + k) % 6))]}.zip" "$dir/batch/${people[$i]}-part$((k + 1)).zip"
      done
    done
    for plain in sample generic spotify linkedin discord snapchat; do
      [[ -f $fixtures/$plain.zip ]] || { echo "no fixture $plain.zip" >&2; exit 2; }
      cp "$fixtures/$plain.zip" "$dir/batch/export-of-$plain.zip"
    done
    [[ $(ls "$dir/batch" | wc -l) -eq 30 ]] || exit 2
    run folder.ndjson --format ndjson --jobs 2 "$dir/batch"
    run glob.ndjson --format ndjson --jobs 2 "$dir"/batch/*.zip
    find "$dir/batch" -name '*.zip' -print0 | xargs -0 -n 7 "$dataaudit" --format ndjson --jobs 2 \
      >"$dir/xargs.ndjson" 2>"$dir/xargs.err"
    echo "find | xargs -n 7 dataaudit --format ndjson -> exit $?"
    for way in folder glob xargs; do
      sort "$dir/$way.ndjson" >"$dir/$way.sorted"
      [[ $(lines "$dir/$way.sorted") -eq 30 ]] || fail "$way: expected 30 lines, got $(lines "$dir/$way.sorted")"
    done
    cmp -s "$dir/folder.sorted" "$dir/glob.sorted" || fail "the folder and the glob give different lines"
    cmp -s "$dir/folder.sorted" "$dir/xargs.sorted" || fail "the folder and find | xargs -n 7 give different lines"
    # Which exports merged depends on what else was given (a part that agrees with the
    # ones present): here none may, since every pair of a person's parts disagrees.
    jq -e 'has("parts") | not' "$dir/folder.sorted" >/dev/null || fail "some exports were merged"
    ;;
  stdin)
    sample=$fixtures/sample.zip
    run file.json --format json "$sample"
    "$dataaudit" --format json - <"$sample" >"$dir/stdin.json" 2>"$dir/stdin.err"
    status=$?
    echo "dataaudit --format json - < sample.zip -> exit $status"
    [[ $status -eq 0 ]] || fail "reading from standard input: exit $status ($(cat "$dir/stdin.err"))"
    jq -e '.archives[0].input == "-"' "$dir/stdin.json" >/dev/null || fail "the input is not named -"
    diff <(jq -S '.archives[0] | del(.input)' "$dir/file.json") <(jq -S '.archives[0] | del(.input)' "$dir/stdin.json") \
      >/dev/null || fail "standard input and the file give different reports"
    cat "$sample" | "$dataaudit" --format json -o - - >"$dir/pipe.json" 2>"$dir/pipe.err"
    cmp -s "$dir/stdin.json" "$dir/pipe.json" || fail "-o - with a pipe differs"
    [[ -e ./- || -e $dir/- ]] && fail "-o - wrote a file named -"
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
