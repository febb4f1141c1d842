#!/bin/sh
# TAP test: every examples/*.lua runs under the host ($STDTASK_HOST, set by
# make check) and exits 0. Examples print what they like, so their output is
# shown as TAP comments.

srcdir=${srcdir:-.}
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
here=$srcdir/harness

set -- "$srcdir"/examples/*.lua
if [ ! -e "$1" ]; then
  echo "1..0 # SKIP no examples"
  exit 0
fi
echo "1..$#"
n=0
for f in "$@"; do
  n=$((n + 1))
  name=examples/${f##*/}
  # $host is deliberately unquoted: it may be several words (valgrind ...).
  # shellcheck disable=SC2086
  if out=$(sh "$here/with-timeout.sh" $host "$f" 2>&1 </dev/null); then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name (exit status $?)"
  fi
  [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/# /'
done
