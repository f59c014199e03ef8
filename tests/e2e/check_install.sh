#!/usr/bin/env bash
# Checks `cmake --install`: into a fresh prefix it must put the binary, the manual page
# and the bash, zsh and fish completions where man, bash-completion, zsh and fish look for them, and
# the installed binary must run.
#
#   check_install.sh BUILD_DIR WORK_DIR
#
# Exit status: 0 pass, 1 fail, 2 bad usage.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_DIR WORK_DIR" >&2
  exit 2
fi
build=$1 prefix=$2/install/prefix
rm -rf "$prefix" || exit 2
cmake=${CMAKE_COMMAND:-cmake}

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

"$cmake" --install "$build" --prefix "$prefix" || fail "cmake --install exited with $?"
for file in bin/dataaudit share/man/man1/dataaudit.1 share/bash-completion/completions/dataaudit \
            share/zsh/site-functions/_dataaudit share/fish/vendor_completions.d/dataaudit.fish; do
  [[ -f $prefix/$file ]] && echo "installed: $file" || fail "not installed: $file"
done
[[ -x $prefix/bin/dataaudit ]] || fail "bin/dataaudit is not executable"
"$prefix/bin/dataaudit" --version | grep -q '^dataaudit ' || fail "the installed binary does not run"
if command -v man >/dev/null; then
  MANPATH=$prefix/share/man LC_ALL=C.UTF-8 MAN_DISABLE_SECCOMP=1 man -w dataaudit 2>/dev/null |
    grep -qF "$prefix/share/man" || fail "man does not find the installed page under MANPATH=$prefix/share/man"
fi

if [[ $failures -ne 0 ]]; then
  exit 1
fi
echo PASS
