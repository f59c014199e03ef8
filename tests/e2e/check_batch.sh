#!/usr/bin/env bash
# End-to-end checks of batch audits: NDJSON, --summary, --jobs, --fail-on, filters, -o.
#
#   check_batch.sh DATAAUDIT FIXTURES_DIR WORK_DIR CASE
#
# FIXTURES_DIR holds the packed fixtures (sample.zip, generic.zip, generic.tar.gz). Made
# here, under WORK_DIR/CASE: broken.zip (half of sample.zip), and no-financial/, an
# export whose only field is an email address. CASE is one of
#   ndjson    one parseable line per input, in order, also for missing and broken inputs
#   xargs     `find | xargs -0 dataaudit --format ndjson` gives one line per input
#   jobs      the report is the same with --jobs 1, 2 and 8, in every format
#   fail-on   exit 1 when a term matches, 0 when none does, 2 when an input fails
#   summary   one row per input after the header, the failed input's error on its row
#   filters   --category, --kind and --min-confidence select fields and recompute totals;
#             unknown names exit 2 with a suggestion
#   output    -o FILE gets the report; a path that cannot be written exits 2 at once
# Reports are left in WORK_DIR/CASE (*.json, *.ndjson) for check_schema.sh to validate.
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (jq missing).
set -uo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 DATAAUDIT FIXTURES_DIR WORK_DIR CASE" >&2
  exit 2
fi
dataaudit=$1 fixtures=$2 case=$4
dir=$3/$case
command -v jq >/dev/null || { echo "SKIP: jq is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir/no-financial" || exit 2
sample=$fixtures/sample.zip generic=$fixtures/generic.zip generic_tgz=$fixtures/generic.tar.gz
for f in "$sample" "$generic" "$generic_tgz"; do [[ -f $f ]] || { echo "no fixture $f" >&2; exit 2; }; done
size=$(wc -c <"$sample") || exit 2
head -c $((size / 2)) "$sample" >"$dir/broken.zip"
printf '{"profile": {"email": "jane.doe@example.org"}}\n' >"$dir/no-financial/profile.json"
clean=$dir/no-financial missing=$dir/missing.zip broken=$dir/broken.zip

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"


expect_status() {
  [[ $status -eq $1 ]] || fail "$2: expected exit status $1, got $status"
}

# inputs_of FILE: the .input of every NDJSON line of FILE, one per line.
inputs_of() { jq -r '.input' "$1"; }

case $case in
  ndjson)
    run batch.ndjson --format ndjson "$sample" "$missing" "$generic_tgz" "$broken" "$clean"
    expect_status 2 "a batch with a missing and a broken input"
    [[ $(wc -l <"$dir/batch.ndjson") -eq 5 ]] || fail "expected 5 lines, got $(wc -l <"$dir/batch.ndjson")"
    jq -e . "$dir/batch.ndjson" >/dev/null || fail "a line is not JSON"
    expected=$(printf '%s\n' "$sample" "$missing" "$generic_tgz" "$broken" "$clean")
    [[ $(inputs_of "$dir/batch.ndjson") == "$expected" ]] || fail "lines are not in input order"
    [[ $(jq -c 'select(.error != null) | .input' "$dir/batch.ndjson" | wc -l) -eq 2 ]] ||
      fail "expected exactly the missing and the broken input to carry an error"
    jq -e --slurp 'any(.[]; (.input | endswith("missing.zip")) and (.error | length > 0))' "$dir/batch.ndjson" >/dev/null ||
      fail "the missing input has no error"
    jq -e --slurp 'all(.[]; .schema_version == 1)' "$dir/batch.ndjson" >/dev/null || fail "schema_version is not 1 on every line"
    grep -qF missing.zip "$dir/batch.ndjson.err" || fail "stderr does not name missing.zip"
    # A missing input prints only its error: no empty text report.
    run missing.txt "$missing"
    expect_status 2 "a missing input"
    [[ ! -s $dir/missing.txt ]] || fail "a missing input printed a report on stdout"
    [[ $(grep -c . "$dir/missing.txt.err") -eq 1 ]] || fail "a missing input printed more than its error"
    # One line equals the archive of the JSON report.
    run one.json --format json "$sample"
    diff <(jq -S '.archives[0]' "$dir/one.json") <(head -n 1 "$dir/batch.ndjson" | jq -S 'del(.schema_version)') >/dev/null ||
      fail "the NDJSON line differs from the JSON report's archive"
    ;;
  xargs)
    mkdir -p "$dir/folder" && cp "$sample" "$generic" "$generic_tgz" "$broken" "$dir/folder/" || exit 2
    find "$dir/folder" -type f -print0 | sort -z | xargs -0 "$dataaudit" --format ndjson >"$dir/xargs.ndjson" 2>"$dir/xargs.err"
    status=$?
    echo "find | xargs dataaudit --format ndjson -> exit $status"
    [[ $status -eq 123 ]] || fail "xargs should report the failed input (exit 123), got $status"
    [[ $(wc -l <"$dir/xargs.ndjson") -eq 4 ]] || fail "expected 4 lines, got $(wc -l <"$dir/xargs.ndjson")"
    jq -e . "$dir/xargs.ndjson" >/dev/null || fail "a line is not JSON"
    [[ $(jq -r '.input' "$dir/xargs.ndjson") == $(find "$dir/folder" -type f | sort) ]] || fail "lines are not in input order"
    ;;
  jobs)
    for format in json ndjson summary text; do
      for jobs in 1 2 8; do
        run "jobs-$jobs.$format" --format "$format" --color never --jobs "$jobs" \
          "$generic" "$sample" "$missing" "$generic_tgz" "$clean" "$broken"
        expect_status 2 "--jobs $jobs --format $format"
      done
      cmp -s "$dir/jobs-1.$format" "$dir/jobs-2.$format" || fail "--format $format: --jobs 1 and 2 differ"
      cmp -s "$dir/jobs-1.$format" "$dir/jobs-8.$format" || fail "--format $format: --jobs 1 and 8 differ"
      # The same stderr, but for the time in the batch's summary line.
      untimed() { sed -E 's/, in [0-9.]+ s$/, in N s/' "$1"; }
      cmp -s <(untimed "$dir/jobs-1.$format.err") <(untimed "$dir/jobs-8.$format.err") ||
        fail "--format $format: stderr differs with --jobs"
      grep -qE '^dataaudit: 6 inputs: 4 audited, 2 failed, in [0-9.]+ s$' "$dir/jobs-1.$format.err" ||
        fail "--format $format: no summary line for the batch"
    done
    ;;
  fail-on)
    run a --fail-on financial "$sample"
    expect_status 1 "--fail-on financial on an export with financial data"
    [[ -s $dir/a ]] || fail "no report with --fail-on"
    grep -qE -- "^dataaudit: --fail-on financial matched in .*sample.zip: .+#.+ \(financial [a-z_]+\)$" "$dir/a.err" ||
      fail "stderr does not say which term matched which field"
    run b --fail-on financial "$clean"
    expect_status 0 "--fail-on financial on an export without financial data"
    run c --fail-on contact:email "$clean"
    expect_status 1 "--fail-on contact:email"
    run d --fail-on location:ip_address,financial "$clean"
    expect_status 0 "--fail-on location:ip_address,financial on the email-only export"
    run e --fail-on email --format ndjson "$clean"
    expect_status 1 "--fail-on email (a bare kind)"
    run f --fail-on financial "$clean" "$sample"
    expect_status 1 "a match in the second input"
    run g --fail-on financial "$sample" "$missing"
    expect_status 2 "a failed input wins over a match"
    run h --fail-on financial --min-confidence high --category contact "$sample"
    expect_status 0 "--fail-on looks at the filtered report"
    run i --fail-on finacial "$sample"
    expect_status 2 "an unknown --fail-on name"
    grep -qF "did you mean 'financial'?" "$dir/i.err" || fail "no suggestion for --fail-on finacial"
    run j --fail-on financial:email "$sample"
    expect_status 2 "a kind in the wrong category"
    ;;
  summary)
    run summary.txt --summary "$sample" "$missing" "$generic"
    expect_status 2 "--summary with a missing input"
    [[ $(wc -l <"$dir/summary.txt") -eq 4 ]] || fail "expected a header and 3 rows"
    head -n 1 "$dir/summary.txt" | grep -qE '^input +platform +financial +location +contact +behavioural ' ||
      fail "unexpected header: $(head -n 1 "$dir/summary.txt")"
    grep -F "$missing" "$dir/summary.txt" | grep -q "input failed: " || fail "the missing input's row has no error"
    grep -F "$sample" "$dir/summary.txt" | grep -qE ' [0-9]+/[0-9]+ ' || fail "no fields/values cells"
    run summary2.txt --format summary "$sample"
    run summary3.txt --summary "$sample"
    cmp -s "$dir/summary2.txt" "$dir/summary3.txt" || fail "--summary and --format summary differ"
    run conflict --summary --format json "$sample"
    expect_status 2 "--summary with --format json"
    ;;
  filters)
    run all.json --format json "$sample"
    run financial.json --format json --category financial "$sample"
    expect_status 0 "--category financial"
    jq -e '.archives[0].fields | length > 0 and all(.category == "financial")' "$dir/financial.json" >/dev/null ||
      fail "--category financial kept other categories (or nothing)"
    [[ $(jq '.archives[0].summary.financial' "$dir/financial.json") == $(jq '.archives[0].summary.financial' "$dir/all.json") ]] ||
      fail "the financial totals changed"
    jq -e '.archives[0].summary.location.fields == 0' "$dir/financial.json" >/dev/null || fail "location totals not recomputed"
    run kinds.json --format json --kind email,ip_address "$sample"
    jq -e '.archives[0].fields | length > 0 and all(.kind == "email" or .kind == "ip_address")' "$dir/kinds.json" >/dev/null ||
      fail "--kind email,ip_address"
    run high.json --format json --min-confidence high "$sample"
    jq -e '.archives[0].fields | length > 0 and all(.confidence == "high")' "$dir/high.json" >/dev/null ||
      fail "--min-confidence high"
    run medium.json --format json --min-confidence medium "$sample"
    jq -e '.archives[0].fields | all(.confidence == "high" or .confidence == "medium")' "$dir/medium.json" >/dev/null ||
      fail "--min-confidence medium"
    run both.json --format json --category location --kind ip_address "$sample"
    jq -e '.archives[0].fields | length > 0 and all(.kind == "ip_address")' "$dir/both.json" >/dev/null ||
      fail "--category and --kind do not combine with AND"
    run text --color never --category contact "$sample"
    grep -q '^CONTACT  ' "$dir/text" || fail "the text report does not show the contact category"
    grep -qE '^(FINANCIAL|LOCATION|BEHAVIOURAL)' "$dir/text" && fail "the text report prints categories left out by --category"
    run bad-category --category finacial "$sample"
    expect_status 2 "--category finacial"
    grep -qF "did you mean 'financial'?" "$dir/bad-category.err" || fail "no suggestion for --category finacial"
    run bad-kind --kind ip_adress "$sample"
    expect_status 2 "--kind ip_adress"
    grep -qF "did you mean 'ip_address'?" "$dir/bad-kind.err" || fail "no suggestion for --kind ip_adress"
    run bad-platform --platform facebok "$sample"
    expect_status 2 "--platform facebok"
    grep -qF "did you mean 'facebook'?" "$dir/bad-platform.err" || fail "no suggestion for --platform facebok"
    run bad-level --min-confidence certain "$sample"
    expect_status 2 "--min-confidence certain"
    ;;
  output)
    run stdout.ndjson --format ndjson -o "$dir/out.ndjson" "$sample" "$generic"
    expect_status 0 "-o with ndjson"
    [[ ! -s $dir/stdout.ndjson ]] || fail "-o left output on stdout"
    [[ $(wc -l <"$dir/out.ndjson") -eq 2 ]] || fail "-o FILE does not hold 2 lines"
    run nowhere -o "$dir/no/such/dir/report.txt" "$sample"
    expect_status 2 "-o into a missing directory"
    grep -qF report.txt "$dir/nowhere.err" || fail "stderr does not name the output file"
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
