#!/usr/bin/env bash
# Validates JSON reports against schema/report.schema.json (JSON Schema 2020-12).
#
#   check_schema.sh DATAAUDIT SOURCE_DIR FIXTURES_DIR WORK_DIR [REPORT_DIR...]
#
# Validates
#   * the JSON report of every zip fixture in FIXTURES_DIR, as the golden tests make
#     them (their tar.gz and folder variants must give the same report), and of every
#     export folder under SOURCE_DIR/testdata/exports that has no zip fixture;
#   * the NDJSON report of every tar.gz fixture and a missing input, line by line;
#   * reports with --show-values, with filters, and of a missing input alone;
#   * the goldens, SOURCE_DIR/tests/golden/*.json;
#   * every *.json and *.ndjson file in each REPORT_DIR (not below: the reports that the
#     batch tests, run before this one, left there),
#   * and, beyond the schema, the top_values of the sample's card number, in full with
#     --show-values and masked without,
# with tests/e2e/validate_report.py, which needs python3 and its jsonschema module
# (Debian's python3-jsonschema, installed by .ci/install-deps).
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (no python3 with jsonschema).
set -uo pipefail

if [[ $# -lt 4 ]]; then
  echo "usage: $0 DATAAUDIT SOURCE_DIR FIXTURES_DIR WORK_DIR [REPORT_DIR...]" >&2
  exit 2
fi
dataaudit=$1 source_dir=$2 fixtures=$3 dir=$4/schema
shift 4
schema=$source_dir/schema/report.schema.json
validator=$source_dir/tests/e2e/validate_report.py
rm -rf "$dir" && mkdir -p "$dir" || exit 2

python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import jsonschema' 2>/dev/null; then
    python=$candidate
    break
  fi
done
[[ -n $python ]] || { echo "SKIP: no python3 with the jsonschema module (apt-get install python3-jsonschema)"; exit 77; }

shopt -s nullglob
zips=("$fixtures"/*.zip)
tgzs=("$fixtures"/*.tar.gz)
[[ ${#zips[@]} -gt 0 ]] || { echo "no fixtures in $fixtures" >&2; exit 2; }
inputs=("${zips[@]}")
for folder in "$source_dir"/testdata/exports/*/; do
  name=$(basename "$folder")
  [[ -e $fixtures/$name.zip ]] || inputs+=("$folder")
done
n=0
for input in "${inputs[@]}"; do
  n=$((n + 1))
  "$dataaudit" --format json --color never "$input" >"$dir/$n.json" 2>/dev/null
done
"$dataaudit" --format ndjson "${tgzs[@]}" "$dir/missing.zip" >"$dir/all.ndjson" 2>/dev/null
samples=("$fixtures"/sample.zip "$fixtures"/generic.zip)
"$dataaudit" --format json --show-values "${samples[@]}" >"$dir/values.json" 2>/dev/null
"$dataaudit" --format ndjson --min-confidence high --category financial,location --kind card_number,ip_address \
  "${samples[@]}" >"$dir/filtered.ndjson" 2>/dev/null
"$dataaudit" --format json "$dir/missing.zip" >"$dir/missing.json" 2>/dev/null

reports=("$dir"/*.json "$dir"/*.ndjson "$source_dir"/tests/golden/*.json)
for report_dir in "$@"; do
  [[ -d $report_dir ]] || continue
  while IFS= read -r -d '' file; do reports+=("$file"); done < <(find "$report_dir" -maxdepth 1 -type f \( -name '*.json' -o -name '*.ndjson' \) -print0 | sort -z)
done
echo "validating ${#reports[@]} files with $python"
"$python" "$validator" "$schema" "${reports[@]}"
status=$?
# top_values: with --show-values the sample's card number is its field's one value, twice,
# in full and dated by its orders; redacted, it is masked.
card='.archives[0].fields[] | select(.kind == "card_number") | .top_values'
jq -e "[$card] == [[{\"value\": \"4539148803436467\", \"count\": 2, \"error\": 0,
  \"first_seen\": \"2024-01-12T10:00:00Z\", \"last_seen\": \"2024-02-12T10:00:00Z\", \"sensitive\": false}]]" \
  "$dir/values.json" >/dev/null || { echo "FAIL: top_values of the sample's card number with --show-values"; status=1; }
"$dataaudit" --format json "$fixtures"/sample.zip 2>/dev/null | jq -e "[$card | .[].value] == [\"4539 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 6467\"]" >/dev/null ||
  { echo "FAIL: top_values of the sample's card number are not redacted"; status=1; }
[[ $status -eq 0 ]] && echo PASS
exit $status
