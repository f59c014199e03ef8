# Helpers shared by the e2e check scripts; sourced, never run. A script using them sets
# `dataaudit` (the binary) and `dir` (its work folder) first.

failures=0

# fail MESSAGE...: records one failure and says what it was.
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run NAME ARGS...: runs dataaudit with stdout to $dir/NAME and stderr to $dir/NAME.err;
# the exit status is in $status.
run() {
  local name=$1
  shift
  "$dataaudit" "$@" >"$dir/$name" 2>"$dir/$name.err"
  status=$?
  echo "\$ dataaudit $* -> exit $status"
  sed 's/^/  stderr: /' "$dir/$name.err" | head -n 5
}
