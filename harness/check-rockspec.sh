#!/bin/sh
# TAP test: the rockspec builds the module from the same C files as make
# (luarocks make would otherwise fail to link). Fix: harness/gen-rockspec.sh.

srcdir=${srcdir:-.}
echo 1..1
if diff=$(sh "$srcdir/harness/gen-rockspec.sh" --stdout 2>&1 \
    | diff -u "$srcdir/stdtask-0.1.0-1.rockspec" - 2>&1); then
  echo "ok 1 - the rockspec's sources are the module's and libstdtask's"
else
  echo "not ok 1 - the rockspec's source list is stale: run harness/gen-rockspec.sh"
  printf '%s\n' "$diff" | sed 's/^/# /'
fi
