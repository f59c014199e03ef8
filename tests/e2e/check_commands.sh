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
    # A rule of an unknown kind is a failure of the rules under test, not an error.
    write_rule QK12345678
    sed -i 's/^kind = "loyalty_number"/kind = "loyalty_numbr"/' "$dir/user-rules/quokka.toml"
    run unknown-kind rules test --no-default-rules "$dir/user-rules"
    expect_status 1 "rules test with a rule of an unknown kind"
    expect_in "$dir/unknown-kind" "FAIL: " "rules test with a rule of an unknown kind"
    run missing-dir rules test "$dir/no-such-dir"
    expect_status 2 "rules test on a missing directory"
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
    # Every problem in one pass, each at its line and column, with what was meant.
    mkdir -p "$dir/typos"
    printf '[[rule]]\nid = "x"\ndescription = "d"\ncategory = "finacial"\nkind = "emial"\nconfidence = "hihg"\nkeyz = ["a"]\n\n[[rule]]\nid = "x"\ndescription = "d"\ncategory = "contact"\nkind = "nope"\n' \
      >"$dir/typos/a.toml"
    run typos.out rules lint "$dir/typos"
    expect_status 1 "rules lint on typos"
    expect_in "$dir/typos.out" "a.toml:4:12: unknown category 'finacial' (did you mean 'financial'?)" "rules lint"
    expect_in "$dir/typos.out" "a.toml:5:8: rule 'x': unknown kind 'emial' (did you mean 'email'?)" "rules lint"
    expect_in "$dir/typos.out" "a.toml:6:14: confidence must be high, medium or low, not 'hihg' (did you mean 'high'?)" "rules lint"
    expect_in "$dir/typos.out" "a.toml:7:8: unknown key 'keyz' in a [[rule]] table (did you mean 'keys'?)" "rules lint"
    expect_in "$dir/typos.out" "rule id 'x' appears twice in this file" "rules lint"
    expect_in "$dir/typos.out" "a.toml:13:8: rule 'x': unknown kind 'nope'" "rules lint: a duplicate id hides nothing"
    ;;
  explain)
    run card explain 'payments/orders.json#/orders/*/card_number' '4539 1488 0343 6467'
    expect_status 0 "explain a card number field"
    expect_in "$dir/card" "1. financial.card-number.key" "explain"
    expect_in "$dir/card" "winner: financial.card-number.key" "explain"
    expect_in "$dir/card" "tier 3: a key phrase and a value condition" "explain"
    run nothing explain 'notes.txt#/zzqx'
    expect_status 0 "explain a field no rule names"
    run bad explain 'no-hash'
    expect_status 2 "explain without FILE#PATH"
    ;;
  rules-list)
    write_rule QK12345678
    run list rules list "$dir/user-rules"
    expect_status 0 "rules list"
    head -n 1 "$dir/list" | grep -qE '^id +category +kind +confidence +file$' || fail "unexpected header"
    expect_in "$dir/list" "contact.email.key" "rules list"
    expect_in "$dir/list" "quokka.loyalty-number" "rules list"
    run list.json rules list --format json --rules "$dir/user-rules"
    expect_status 0 "rules list --format json --rules DIR"
    jq -e 'any(.[]; .id == "quokka.loyalty-number" and .kind == "loyalty_number") and all(.[]; has("file"))' \
      "$dir/list.json" >/dev/null || fail "rules list --format json: no quokka rule or no file member"
    DATAAUDIT_RULES=$dir/user-rules "$dataaudit" rules list >"$dir/env-list" 2>&1
    expect_in "$dir/env-list" "quokka.loyalty-number" "rules list with DATAAUDIT_RULES"
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
    [[ $(cut -d' ' -f1 "$dir/printers" | tr '\n' ' ') == "html json ndjson summary text tsv " ]] || fail "list printers: unexpected names"
    run typo list plaforms
    expect_status 2 "list plaforms"
    expect_in "$dir/typo.err" "did you mean 'platforms'?" "list plaforms"
    write_rule QK12345678
    run user-kinds list kinds --rules "$dir/user-rules"
    expect_in "$dir/user-kinds" "loyalty_number" "list kinds --rules"
    run kinds.json list kinds --rules "$dir/user-rules" --format json
    expect_status 0 "list kinds --format json"
    jq -e 'any(.[]; .name == "loyalty_number" and .category == "financial")' "$dir/kinds.json" >/dev/null ||
      fail "list kinds --format json --rules: no loyalty_number"
    DATAAUDIT_RULES=/nonexistent:$dir/user-rules "$dataaudit" list kinds >"$dir/env-kinds" 2>&1
    [[ $? -eq 2 ]] || fail "a DATAAUDIT_RULES folder that does not exist is not an error"
    DATAAUDIT_RULES=$dir/user-rules "$dataaudit" list kinds >"$dir/env-kinds" 2>&1
    expect_in "$dir/env-kinds" "loyalty_number" "list kinds with DATAAUDIT_RULES"
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
  flags)
    # The command line as a new user meets it: suggestions, values in words, no parser internals.
    touch "$dir/x.zip"
    run formt --formt json "$dir/x.zip"
    expect_status 2 "--formt"
    expect_in "$dir/formt.err" "did you mean --format?" "--formt"
    run show-value --show-value "$dir/x.zip"
    expect_in "$dir/show-value.err" "did you mean --show-values?" "--show-value"
    run color --color yes "$dir/x.zip"
    expect_status 2 "--color yes"
    expect_in "$dir/color.err" "--color must be one of: auto, always, never" "--color yes"
    run top --top lots "$dir/x.zip"
    expect_in "$dir/top.err" "--top must be a whole number from 0 to 1000" "--top lots"
    run noinput --json
    expect_status 2 "no input"
    expect_in "$dir/noinput.err" "no input given" "no input"
    run help --help
    expect_status 0 "--help"
    for internal in 'ENUM' '{false}' '{' 'REQUIRED' 'TEXT:' 'INPUT... ...'; do
      grep -qF -- "$internal" "$dir/help" && fail "--help shows parser internals: '$internal'"
    done
    grep -q '^EXAMPLES:' "$dir/help" || fail "--help has no examples"
    [[ $(grep -n '^EXAMPLES:' "$dir/help" | cut -d: -f1) -gt $(grep -n '^OUTPUT OPTIONS:' "$dir/help" | cut -d: -f1) ]] ||
      fail "the examples are not at the end of --help"
    COLUMNS=60 "$dataaudit" --help >"$dir/help60"
    awk 'length($0) > 60 { bad = 1; print "  too wide: " $0 } END { exit bad }' "$dir/help60" ||
      fail "COLUMNS=60 dataaudit --help has lines over 60 columns"
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
