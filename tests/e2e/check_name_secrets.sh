#!/usr/bin/env bash
# Secrets inside names: an archive whose member names, JSON keys, CSV header and HTML
# label cells are themselves e-mail addresses, phone numbers, card numbers, IBANs and IP
# addresses. The default (redacted) report must not print any of them in any format; with
# --show-values they are printed (so this check can fail).
#
#   check_name_secrets.sh DATAAUDIT WORK_DIR
# Exit status: 0 pass, 1 fail.
set -uo pipefail
dataaudit=$1
dir=$2/name-secrets
rm -rf "$dir" && mkdir -p "$dir" || exit 1

/usr/bin/python3 - "$dir/secrets.zip" <<'PY'
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("export/jane.doe@example.com/profile.json", json.dumps({"name": "Jane"}))
    z.writestr("export/followers.json",
               json.dumps({"followers": {"+4915112345678": {"since": "2020-01-02"}, "bob@example.net": 1}}))
    z.writestr("export/logins/203.0.113.7.json", json.dumps({"time": "2021-03-04T05:06:07Z"}))
    z.writestr("export/bank.csv", "DE89370400440532013000,note\nx,y\n")
    z.writestr("export/cards.html",
               "<html><body><table><tr><td>4539 1488 0343 6467</td><td>Visa</td></tr></table></body></html>")
PY

secrets=(jane.doe@example.com 4915112345678 bob@example.net 4539148803436467 "4539 1488 0343 6467"
         203.0.113.7 370400440532013000)
failures=0
for format in text json ndjson summary tsv html; do
  "$dataaudit" --format "$format" "$dir/secrets.zip" >"$dir/out.$format" 2>"$dir/err.$format"
  for secret in "${secrets[@]}"; do
    if grep -qF -- "$secret" "$dir/out.$format" "$dir/err.$format"; then
      echo "FAIL: --format $format prints the secret '$secret':"
      grep -nF -- "$secret" "$dir/out.$format" "$dir/err.$format" | head -n 3
      failures=$((failures + 1))
    fi
  done
done
"$dataaudit" --format json --show-values "$dir/secrets.zip" >"$dir/out.shown" 2>/dev/null
for secret in jane.doe@example.com bob@example.net 203.0.113.7; do
  grep -qF -- "$secret" "$dir/out.shown" || { echo "FAIL: --show-values does not print '$secret'"; failures=$((failures + 1)); }
done
[[ $failures -eq 0 ]] && echo "name secrets: none printed in text, json, ndjson, summary, tsv, html; shown with --show-values"
[[ $failures -eq 0 ]]
