#!/usr/bin/env bash
# Checks that the manual page man/dataaudit.1 keeps up with the program.
#
#   check_docs.sh DATAAUDIT SOURCE_DIR
#
# Fails when
#   * a format (`DATAAUDIT list printers`) is missing from --help, the OPTIONS section or the
#     README, or a command (rules list|test|lint, list ...) from --help, COMMANDS or the README;
#   * an option of `DATAAUDIT --help` (long, and short) is missing from the OPTIONS section,
#     or an entry of the OPTIONS section names an option that --help does not list;
#   * a kind declared in a [[kind]] table of SOURCE_DIR/rules/*.toml is missing from the
#     CATEGORIES section (as ".B <kind>" under ".SS <category>", followed by its description);
#   * a platform declared in a [[platform]] table of SOURCE_DIR/rules/*.toml is missing from
#     the OPTIONS section (the --platform entry lists them);
#   * a detector of SOURCE_DIR/src/detect/registry.cpp (lines like `{"card-number", ...`) is
#     missing from the DETECTORS section (as ".B <detector>");
#   * `groff -man -ww -z` or `man --warnings -l` print any warning (skipped when groff or
#     man is not installed).
# Exit status: 0 pass, 1 fail, 2 bad usage.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DATAAUDIT SOURCE_DIR" >&2
  exit 2
fi
dataaudit=$1 source_dir=$2
man_page=$source_dir/man/dataaudit.1
registry=$source_dir/src/detect/registry.cpp
for f in "$dataaudit" "$man_page" "$registry"; do
  [[ -e $f ]] || { echo "no such file: $f" >&2; exit 2; }
done
shopt -s nullglob
rule_files=("$source_dir"/rules/*.toml)
shopt -u nullglob
[[ ${#rule_files[@]} -gt 0 ]] || { echo "no rule files in $source_dir/rules" >&2; exit 2; }

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# The man page source with comments dropped and the usual escapes undone, so that
# "\-\-format" reads "--format" and "\fBx\fR" reads "x".
normalised=$(sed -e '/^\.\\"/d' \
                 -e 's/\\-/-/g' -e 's/\\(lq/"/g' -e 's/\\(rq/"/g' -e 's/\\(dq/"/g' \
                 -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/\\%//g' "$man_page")

# section NAME: the normalised lines of the .SH section NAME, without its heading.
section() {
  awk -v name="$1" '
    /^\.SH / { title = $0; sub(/^\.SH +/, "", title); gsub(/"/, "", title); inside = (title == name); next }
    inside' <<<"$normalised"
}
options_section=$(section OPTIONS)
categories_section=$(section CATEGORIES)
detectors_section=$(section DETECTORS)
for s in OPTIONS CATEGORIES DETECTORS; do
  grep -q "^\.SH \"\{0,1\}$s\"\{0,1\}$" <<<"$normalised" || fail "man page has no $s section"
done

# --- options -------------------------------------------------------------------------------
help=$("$dataaudit" --help 2>&1)
status=$?
[[ $status -eq 0 ]] || fail "dataaudit --help exited with $status"
long_options=$(grep -oE -- '(^|[^A-Za-z0-9-])--[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[^-]*//' | sort -u)
short_options=$(grep -oE -- '(^|[[:space:]])-[A-Za-z],' <<<"$help" | tr -d ' ,' | sort -u)
[[ -n $long_options ]] || fail "found no long option in dataaudit --help"
checked=0
for option in $long_options $short_options; do
  checked=$((checked + 1))
  grep -qE -- "(^|[^A-Za-z0-9-])${option}([^A-Za-z0-9-]|$)" <<<"$options_section" ||
    fail "option $option (from dataaudit --help) is missing from the OPTIONS section"
done
# The reverse: every option that an OPTIONS entry (the line after .TP) names is in --help.
documented_options=$(awk '/^\.TP/ { getline; print }' <<<"$options_section" |
  grep -oE -- '(^|[^A-Za-z0-9-])--?[A-Za-z][a-z0-9-]*' | sed 's/^[^-]*//' | sort -u)
for option in $documented_options; do
  grep -qxF -- "$option" <<<"$long_options"$'\n'"$short_options" ||
    fail "option $option is documented in the OPTIONS section but dataaudit --help does not list it"
done
echo "options checked: $checked"

# --- formats and commands ---------------------------------------------------------------------
# Every printer (`dataaudit list printers`) is a --format in --help, in the man page's OPTIONS
# section and in the README; every command word of --help's COMMANDS section is in the man
# page's COMMANDS section and in the README.
readme=$source_dir/README.md
formats=$("$dataaudit" list printers | awk '{ print $1 }')
[[ -n $formats ]] || fail "dataaudit list printers lists nothing"
for format in $formats; do
  grep -qE -- "(^|[^a-z])${format}([^a-z]|$)" <<<"$(grep -A3 -- '--format' <<<"$help")" ||
    fail "format '$format' is missing from the --format entry of --help"
  grep -qE -- "^\.BR? ${format}( |,|$)" <<<"$options_section" ||
    fail "format '$format' is missing from the OPTIONS section (as '.B $format' or '.BR $format ,')"
  grep -qF -- "$format" "$readme" || fail "format '$format' is missing from README.md"
done
echo "formats checked: $(wc -w <<<"$formats")"
commands_section=$(section COMMANDS)
commands=0
for command in "rules list" "rules test" "rules lint" "list platforms" "list detectors" "list categories" \
               "list kinds" "list printers"; do
  commands=$((commands + 1))
  read -r verb word <<<"$command"
  grep -qE -- "${verb}[^a-z]+([a-z|]*\|)?${word}" <<<"$help" || fail "command '$command' is missing from --help"
  grep -qE -- "(^|[^a-z])${word}([^a-z]|$)" <<<"$commands_section" ||
    fail "command '$command' is missing from the COMMANDS section of the man page"
  tr '\n' ' ' <"$readme" | grep -qE -- "${verb}[^a-z]+([a-z|]*\|)?${word}" || fail "command '$command' is missing from README.md"
  "$dataaudit" $command --help >/dev/null 2>&1 || fail "dataaudit $command --help exits with $?"
done
grep -q 'dataaudit explain FILE#PATH' <<<"$help" || fail "command 'explain' is missing from --help"
grep -q 'dataaudit explain' <<<"$commands_section" || fail "command 'explain' is missing from the COMMANDS section"
grep -q 'dataaudit explain' "$readme" || fail "command 'explain' is missing from README.md"
"$dataaudit" explain --help >/dev/null 2>&1 || fail "dataaudit explain --help exits with $?"
commands=$((commands + 1))
echo "commands checked: $commands"

# --- kinds and platforms ---------------------------------------------------------------------
# Prints "kind<TAB>name<TAB>category<TAB>description" and "platform<TAB>name" for every
# [[kind]] and [[platform]] table of the rule files (simple one-line "key = value" strings).
tables=$(awk '
  function flush() {
    if (table == "kind" && name != "") print "kind\t" name "\t" category "\t" description
    if (table == "platform" && name != "") print "platform\t" name
    name = category = description = ""
  }
  function value(line) {
    sub(/^[^=]*= */, "", line)
    if (line ~ /^"/) { sub(/^"/, "", line); sub(/"[^"]*$/, "", line); gsub(/\\"/, "\"", line) }
    else if (line ~ /^\047/) { sub(/^\047/, "", line); sub(/\047[^\047]*$/, "", line) }
    return line
  }
  /^\[/ { flush(); table = ""; if ($0 ~ /^\[\[kind\]\]/) table = "kind"; if ($0 ~ /^\[\[platform\]\]/) table = "platform"; next }
  table != "" && /^name *=/ { name = value($0) }
  table != "" && /^category *=/ { category = value($0) }
  table != "" && /^description *=/ { description = value($0) }
  END { flush() }' "${rule_files[@]}")

# The CATEGORIES section as "category<TAB>kind<TAB>description", from ".SS category",
# ".TP", ".B kind", "description" lines.
documented_kinds=$(awk '
  /^\.SS / { category = $0; sub(/^\.SS +/, "", category); gsub(/"/, "", category); next }
  /^\.TP/ { want_kind = 1; next }
  want_kind && /^\.B / { kind = $0; sub(/^\.B +/, "", kind); gsub(/"/, "", kind); want_kind = 0; want_text = 1; next }
  want_text { print category "\t" kind "\t" $0; want_text = 0; next }
  { want_kind = 0 }' <<<"$categories_section")

kinds=0
while IFS=$'\t' read -r _ name category description; do
  kinds=$((kinds + 1))
  line=$(awk -F'\t' -v k="$name" '$2 == k' <<<"$documented_kinds" | head -n 1)
  if [[ -z $line ]]; then
    fail "kind '$name' ($category) is missing from the CATEGORIES section (add '.TP', '.B $name', '$description' under '.SS $category')"
    continue
  fi
  IFS=$'\t' read -r man_category _ man_description <<<"$line"
  [[ $man_category == "$category" ]] ||
    fail "kind '$name' is under '.SS $man_category' in the man page but in category '$category' in the rules"
  [[ $man_description == "$description" ]] ||
    fail "kind '$name': the man page says '$man_description', the rules say '$description'"
done < <(grep '^kind	' <<<"$tables")
[[ $kinds -gt 0 ]] || fail "found no [[kind]] table in $source_dir/rules/*.toml"
echo "kinds checked: $kinds"

platforms=0
while IFS=$'\t' read -r _ name; do
  platforms=$((platforms + 1))
  grep -qE -- "(^|[^a-z0-9_-])${name}([^a-z0-9_-]|$)" <<<"$options_section" ||
    fail "platform '$name' (from rules/*.toml) is missing from the --platform entry of the OPTIONS section"
done < <(grep '^platform	' <<<"$tables")
echo "platforms checked: $platforms"

# --- detectors -------------------------------------------------------------------------------
detectors=$(sed -nE 's/^[[:space:]]*\{"([a-z0-9-]+)",.*/\1/p' "$registry")
[[ -n $detectors ]] || fail "found no detector in $registry"
count=0
for detector in $detectors; do
  count=$((count + 1))
  grep -qxF -- ".B $detector" <<<"$detectors_section" ||
    fail "detector '$detector' (from src/detect/registry.cpp) is missing from the DETECTORS section"
done
echo "detectors checked: $count"

# --- rendering -------------------------------------------------------------------------------
if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z "$man_page" 2>&1)
  [[ -z $warnings ]] || fail "groff -man -ww reports:"$'\n'"$warnings"
  if command -v man >/dev/null; then
    # C.UTF-8 always exists, so man cannot complain about the caller's locale; seccomp is
    # off because some containers refuse man-db's sandbox.
    warnings=$(LC_ALL=C.UTF-8 MAN_DISABLE_SECCOMP=1 MANWIDTH=100 man --warnings -l "$man_page" 2>&1 >/dev/null)
    status=$?
    [[ $status -eq 0 && -z $warnings ]] || fail "man --warnings -l exited with $status and reports:"$'\n'"$warnings"
  else
    echo "man not installed: man -l check skipped"
  fi
else
  echo "groff not installed: rendering checks skipped"
fi

if [[ $failures -ne 0 ]]; then
  echo "$failures problem(s) in $man_page"
  exit 1
fi
echo PASS
