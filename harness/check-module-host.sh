#!/bin/sh
# check-module-host.sh: the whole catalogue through the module-based host
# (lua5.4 + require "stdtask"), as a one-point TAP test of make check.
here=$(cd "$(dirname "$0")" && pwd -P)
if [ "${STDTASK_SANITIZERS-}" = yes ]; then
  # The stock interpreter cannot load an ASan-built module (the ASan
  # runtime must come first); the plain build runs this test.
  echo "1..0 # SKIP lua5.4 cannot load a sanitizer-built module"
  exit 0
fi
echo "1..1"
out=$(mktemp "${TMPDIR:-/tmp}/stdtask-module.XXXXXX")
trap 'rm -f "$out"' EXIT
# The module host claims one optional feature: host-waits (std.testhost).
if sh "$here/run-prove.sh" --host "$here/hosts/module-host.sh" -j 2 --features host-waits \
    > "$out" 2>&1; then
  sed -n 's/^/# /; /^# Files=/p' "$out"
  echo "ok 1 - the catalogue passes through the module host (require \"stdtask\")"
else
  sed -n '/Test Summary Report/,$s/^/# /p' "$out"
  grep '^not ok' "$out" | head -20 | sed 's/^/# /'
  echo "not ok 1 - the catalogue fails through the module host"
fi
