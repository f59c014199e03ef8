#!/usr/bin/env bash
# End-to-end checks of the `rules` and `list` commands and of telling them from inputs.
#
#   check_commands.sh DATAAUDIT WORK_DIR CASE [SOURCE_DIR]
#
# CASE is one of
#   rules-test  `rules test` passes on the default rules (and names the failing rule
#               when it does not); alone, a good user rule passes and one with a bad
#               example exits 1
#   rules-lint  `rules lint` passes on the default rules; a directory with problems exits
#               1 and names each; an unreadable directory exits 2
#   rules-list  `rules list` lists the default rules and a user directory's rules
#   list        `list platforms|detectors|categories|kinds|printers` print one name first
#               on each line; a mistyped list exits 2 with a suggestion
#   dispatch    in a folder that holds a `rules/` folder, `dataaudit rules test` is still
#               the command and `dataaudit ./rules` audits the folder; mistyped commands
#               ("rule", "lsit", "rules tset") exit 2 with a suggestion
#   doc-rules   the rule files shown in SOURCE_DIR/man/dataaudit.1 (RULE FILES, Example)
#               and SOURCE_DIR/README.md lint clean, and their examples pass
# Exit status: 0 pass, 1 fail, 2 bad usage.
set -uo pipefail

if [[ $# -lt 3 || $# -gt 4 ]]; then
  echo "usage: $0 DATAAUDIT WORK_DIR CASE [SOURCE_DIR]" >&2
  exit 2
fi
dataaudit=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") case=$3 source_dir=${4:-}
dir=$2/$case
rm -rf "$dir" && mkdir -p "$dir/user-rules" || exit 2

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run NAME ARGS...: stdout to $dir/NAME, stderr to $dir/NAME.err, status in $status.
run() {
  local name=$1
  shift
  "$dataaudit" "$@" >"$dir/$name" 2>"$dir/$name.err"
  status=$?
  echo "\$ dataaudit $* -> exit $status"
  sed 's/^/  stdout: /' "$dir/$name" | tail -n 3
  sed 's/^/  stderr: /' "$dir/$name.err" | head -n 3
}

expect_status() {
  [[ $status -eq $1 ]] || fail "$2: expected exit status $1, got $status"
}

expect_in() {  # FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3: '$2' not found in $(basename "$1")"
}

# A user rule file for a made-up platform, as in the manual page's example.
write_rule() {  # MATCH_VALUE
  cat >"$dir/user-rules/quokka.toml" <<TOML
[[kind]]
name = "loyalty_number"
category = "financial"
description = "loyalty and rewards programme numbers"

[[rule]]
id = "quokka.loyalty-number"
description = "A Quokka loyalty number under a loyalty key"
category = "financial"
kind = "loyalty_number"
confidence = "high"
keys = ["loyalty number"]
value = "QK[0-9]{8}"
match = [{ path = "/card/loyalty_number", value = "$1" }]
no_match = [{ path = "/card/loyalty_number", value = "12345678" }]
TOML
}

case $case in
  rules-test)
    run test rules test
    expect_status 0 "rules test on the default rules"
    grep -qE '^rules test: [0-9]+ rules, [0-9]+ examples, 0 failures$' "$dir/test" || fail "no passing summary line"
    write_rule QK12345678
    run user rules test --no-default-rules "$dir/user-rules"
    expect_status 0 "rules test with a good user rule"
    write_rule QX12345678
    run bad rules test --no-default-rules "$dir/user-rules"
    expect_status 1 "rules test with a failing example"
    expect_in "$dir/bad" "rule 'quokka.loyalty-number': expected to claim" "rules test"
    ;;
  rules-lint)
    run lint rules lint
    expect_status 0 "rules lint on the default rules"
    grep -qE '^rules lint: [0-9]+ files, [0-9]+ rules, 0 problems$' "$dir/lint" || fail "no passing summary line"
    write_rule QK12345678
    run user rules lint "$dir/user-rules"
    expect_status 0 "rules lint on a good user directory"
    printf '[[rule]]\nid = "quokka.loyalty-number"\ndescription = "d"\ncategory = "financial"\nkind = "amount"\nkeyz = ["x"]\nvalue = "[0-9"\n' \
      >"$dir/user-rules/zz-bad.toml"
    run bad rules lint "$dir/user-rules"
    expect_status 1 "rules lint on a directory with problems"
    expect_in "$dir/bad" "unknown key 'keyz'" "rules lint"
    expect_in "$dir/bad" "bad value pattern" "rules lint"
    run missing rules lint "$dir/no-such-dir"
    expect_status 2 "rules lint on a missing directory"
    ;;
  rules-list)
    write_rule QK12345678
    run list rules list "$dir/user-rules"
    expect_status 0 "rules list"
    head -n 1 "$dir/list" | grep -qE '^id +category +kind +confidence +file$' || fail "unexpected header"
    expect_in "$dir/list" "contact.email.key" "rules list"
    expect_in "$dir/list" "quokka.loyalty-number" "rules list"
    ;;
  list)
    for what in platforms detectors categories kinds printers; do
      run "$what" list "$what"
      expect_status 0 "list $what"
      [[ -s $dir/$what ]] || fail "list $what printed nothing"
    done
    expect_in "$dir/platforms" "facebook" "list platforms"
    expect_in "$dir/detectors" "card-number" "list detectors"
    [[ $(cut -d' ' -f1 "$dir/categories" | tr '\n' ' ') == "financial location contact behavioural identity content technical unclassified " ]] ||
      fail "list categories: unexpected names"
    expect_in "$dir/kinds" "ip_address" "list kinds"
    [[ $(cut -d' ' -f1 "$dir/printers" | tr '\n' ' ') == "html json ndjson summary text " ]] || fail "list printers: unexpected names"
    run typo list plaforms
    expect_status 2 "list plaforms"
    expect_in "$dir/typo.err" "did you mean 'platforms'?" "list plaforms"
    write_rule QK12345678
    run user-kinds list kinds --rules "$dir/user-rules"
    expect_in "$dir/user-kinds" "loyalty_number" "list kinds --rules"
    ;;
  dispatch)
    mkdir -p "$dir/cwd/rules" && printf '{"email": "jane.doe@example.org"}\n' >"$dir/cwd/rules/profile.json"
    cd "$dir/cwd" || exit 2
    run test rules test
    [[ $status -eq 0 || $status -eq 1 ]] || fail "rules test in a folder that holds rules/: exit status $status"
    expect_in "$dir/test" "rules test: " "rules test in a folder that holds rules/"
    run audit --format json ./rules
    expect_status 0 "dataaudit ./rules"
    expect_in "$dir/audit" '"kind": "email"' "dataaudit ./rules"
    run rule rule list
    expect_status 2 "dataaudit rule list"
    expect_in "$dir/rule.err" "did you mean the command 'dataaudit rules'?" "dataaudit rule"
    run lsit lsit platforms
    expect_status 2 "dataaudit lsit platforms"
    expect_in "$dir/lsit.err" "did you mean the command 'dataaudit list'?" "dataaudit lsit"
    run tset rules tset
    expect_status 2 "dataaudit rules tset"
    expect_in "$dir/tset.err" "did you mean 'test'?" "dataaudit rules tset"
    run bare rules
    expect_status 2 "dataaudit rules"
    expect_in "$dir/bare.err" "./rules" "dataaudit rules"
    ;;
  doc-rules)
    [[ -n $source_dir ]] || { echo "doc-rules needs SOURCE_DIR" >&2; exit 2; }
    mkdir -p "$dir/man" "$dir/readme" || exit 2
    awk '/^\.SS Example/ { inside = 1 } inside && /^\.EX/ { copy = 1; next } copy && /^\.EE/ { exit } copy' \
      "$source_dir/man/dataaudit.1" | sed -e 's/\\-/-/g' >"$dir/man/example.toml"
    awk '/^```toml/ { copy = 1; next } copy && /^```/ { exit } copy' "$source_dir/README.md" >"$dir/readme/example.toml"
    for doc in man readme; do
      grep -q '^\[\[rule\]\]' "$dir/$doc/example.toml" || { fail "no rule file found in the $doc example"; continue; }
      run "$doc-lint" rules lint "$dir/$doc"
      expect_status 0 "rules lint of the $doc example"
      run "$doc-test" rules test "$dir/$doc"
      grep -F "FAIL:" "$dir/$doc-test" | grep -qF "$dir/$doc/" && fail "an example of the $doc rule file fails"
      [[ $status -le 1 ]] || fail "rules test of the $doc example: exit status $status"
    done
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
