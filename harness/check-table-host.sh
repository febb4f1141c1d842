#!/bin/sh
# check-table-host.sh: the whole catalogue through the table host
# (harness/hosts/table-host.sh: the module host with every Handle, Scope and
# CancelToken wrapped in a table, as a host written in pure Lua makes
# them), as a one-point TAP test of make check. It must pass: no script
# may fail a host for its objects' representation (spec ARGS-14, ARGS-15);
# the userdata checks are SHOULD points, reported as TODO.
here=$(cd "$(dirname "$0")" && pwd -P)
if [ "${STDTASK_SANITIZERS-}" = yes ]; then
  echo "1..0 # SKIP lua5.4 cannot load a sanitizer-built module"
  exit 0
fi
echo "1..1"
out=$(mktemp "${TMPDIR:-/tmp}/stdtask-table.XXXXXX")
trap 'rm -f "$out"' EXIT
# Like the module host, it claims host-waits only. One job: make check
# runs it beside the module host, and the timing scripts need the cores.
if sh "$here/run-prove.sh" --host "$here/hosts/table-host.sh" -j 1 --features host-waits \
    > "$out" 2>&1; then
  sed -n 's/^/# /; /^# Files=/p' "$out"
  echo "ok 1 - the catalogue passes through the table host (objects are tables)"
else
  sed -n '/Test Summary Report/,$s/^/# /p' "$out"
  grep '^not ok' "$out" | head -20 | sed 's/^/# /'
  echo "not ok 1 - the catalogue fails through the table host"
fi
