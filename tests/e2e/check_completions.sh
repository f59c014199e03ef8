#!/usr/bin/env bash
# Checks the shell completions in completions/.
#
#   check_completions.sh DATAAUDIT SOURCE_DIR
#
# Fails when
#   * completions/dataaudit.bash, completions/_dataaudit or completions/dataaudit.fish has a
#     syntax error (bash -n, and zsh -n and fish -n when zsh and fish are installed);
#   * a long option of `DATAAUDIT --help` is missing from any of the three files;
#   * the bash completion, run as bash runs it, does not complete: an option prefix, the
#     values of --format, --platform, --category (also after a comma), --fail-on
#     (also CATEGORY:KIND), the `rules` and `list` commands and their words.
# Exit status: 0 pass, 1 fail, 2 bad usage.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DATAAUDIT SOURCE_DIR" >&2
  exit 2
fi
dataaudit=$1 bash_file=$2/completions/dataaudit.bash zsh_file=$2/completions/_dataaudit
fish_file=$2/completions/dataaudit.fish
for f in "$dataaudit" "$bash_file" "$zsh_file" "$fish_file"; do [[ -e $f ]] || { echo "no such file: $f" >&2; exit 2; }; done

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

bash -n "$bash_file" || fail "bash -n $bash_file"
if command -v zsh >/dev/null; then
  zsh -n "$zsh_file" || fail "zsh -n $zsh_file"
else
  echo "zsh not installed: zsh -n skipped"
fi
if command -v fish >/dev/null; then
  fish -n "$fish_file" || fail "fish -n $fish_file"
else
  echo "fish not installed: fish -n skipped"
fi

options=$("$dataaudit" --help | grep -oE -- '(^|[^A-Za-z0-9-])--[a-z][a-z0-9-]*' | sed 's/^[^-]*//' | sort -u)
for option in $options; do
  grep -qF -- "$option" "$bash_file" || fail "option $option (from --help) is missing from $bash_file"
  grep -qF -- "$option" "$zsh_file" || fail "option $option (from --help) is missing from $zsh_file"
  # fish names long options without their dashes: "-l format".
  grep -qE -- "-l ${option#--}( |$)" "$fish_file" || fail "option $option (from --help) is missing from $fish_file"
done
echo "options checked: $(wc -w <<<"$options")"

# complete LINE: the bash completions of LINE (the cursor at its end), one per line.
complete_line() {
  bash -c '
    source "$1"
    COMP_LINE=$2 COMP_POINT=${#2} COMP_WORDBREAKS=$'"'"'"\x27><=;|&(:'"'"'
    _dataaudit
    printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$1"
}

# expect LINE WORD...: each WORD is among the completions of LINE.
expect() {
  local line=$1 got
  shift
  got=$(complete_line "$line")
  for word in "$@"; do
    grep -qxF -- "$word" <<<"$got" || fail "completing '${line#"$dataaudit"}': '$word' not offered (got: $(tr '\n' ' ' <<<"$got" | cut -c1-200))"
  done
}

# expect_not LINE WORD...: no WORD is among the completions of LINE.
expect_not() {
  local line=$1 got
  shift
  got=$(complete_line "$line")
  for word in "$@"; do
    ! grep -qxF -- "$word" <<<"$got" || fail "completing '${line#"$dataaudit"}': '$word' offered"
  done
}

d=$dataaudit
expect "$d --form" --format
expect "$d --fail" --fail-on
expect "$d --format " html json ndjson summary text
expect "$d --summary --color " auto always never
expect "$d --platform face" facebook
expect "$d --category fin" financial
expect "$d --category financial,loc" financial,location
expect "$d --kind ip_" ip_address
expect "$d --fail-on finan" financial
expect "$d --fail-on location:ip" ip_address
expect "$d --min-confidence " low medium high
expect "$d r" rules
expect "$d l" list
expect_not "$d x.zip r" rules
expect "$d rules " list test lint
expect "$d list " platforms detectors categories kinds printers
expect "$d list kinds --" --rules --no-default-rules

if [[ $failures -ne 0 ]]; then
  echo "$failures problem(s)"
  exit 1
fi
echo PASS
