#!/usr/bin/env bash
# The text report and --help fit the terminal's width, counted in display columns (a CJK
# character takes two), and long paths are shortened in the middle.
#
#   check_width.sh DATAAUDIT FIXTURES_DIR WORK_DIR
#
# Made here: cjk.zip, an export whose folders and values are Japanese and whose paths are
# far longer than 60 columns. Checked: `COLUMNS=60 dataaudit sample.zip`, `COLUMNS=60
# dataaudit cjk.zip` and `COLUMNS=60 dataaudit --help` have no line over 60 columns, the
# long paths show "…", and without COLUMNS and a terminal the width is 100.
# Exit status: 0 pass, 1 fail, 2 bad usage, 77 skipped (zip missing).
set -uo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 DATAAUDIT FIXTURES_DIR WORK_DIR" >&2
  exit 2
fi
dataaudit=$1 fixtures=$2 dir=$3/width
command -v zip >/dev/null || { echo "SKIP: zip is not installed"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir/cjk" || exit 2

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

folder="$dir/cjk/メッセージ/受信箱/とても長い友達の名前のフォルダ_1234567890/家族写真とメモ"
mkdir -p "$folder" || exit 2
cat >"$folder/連絡先の一覧.json" <<'JSON'
{"連絡先": [{"名前": "山田太郎", "email": "taro.yamada@example.jp", "電話": "+81 90 1234 5678"},
            {"名前": "佐藤花子", "email": "hanako.sato@example.jp", "電話": "+81 80 8765 4321"}],
 "ip_address": "203.0.113.7"}
JSON
(cd "$dir/cjk" && zip -qr ../cjk.zip .) || exit 2

# widest FILE: the widest line of FILE in display columns (East Asian wide and full-width
# characters count two, combining marks none).
widest() {
  /usr/bin/python3 - "$1" <<'PY'
import sys, unicodedata
def width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
print(max((width(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")), default=0))
PY
}

check60() {  # NAME ARGS...
  local name=$1
  shift
  COLUMNS=60 "$dataaudit" "$@" >"$dir/$name" 2>"$dir/$name.err"
  echo "\$ COLUMNS=60 dataaudit $* -> exit $?, widest line $(widest "$dir/$name")"
  [[ $(widest "$dir/$name") -le 60 ]] || fail "COLUMNS=60 dataaudit $*: a line is over 60 columns"
  [[ -s $dir/$name ]] || fail "COLUMNS=60 dataaudit $*: no output"
}

check60 sample.txt --color never "$fixtures/sample.zip"
check60 cjk.txt --color never "$dir/cjk.zip"
check60 help.txt --help
grep -qF '…' "$dir/cjk.txt" || fail "no long path of cjk.zip was shortened with …"
grep -qF '連絡先の一覧.json' "$dir/cjk.txt" || fail "the shortened paths lost their file names"
grep -qF 'email: 2 values' "$dir/cjk.txt" || fail "the top field lines do not give kind and count"
# Not a terminal and no COLUMNS: 100 columns.
env -u COLUMNS "$dataaudit" --color never "$dir/cjk.zip" >"$dir/cjk100.txt" 2>/dev/null
[[ $(widest "$dir/cjk100.txt") -le 100 ]] || fail "without COLUMNS a line is over 100 columns"

if [[ $failures -ne 0 ]]; then
  echo "$failures failure(s); outputs are in $dir"
  exit 1
fi
echo PASS
