#!/bin/sh
# run.sh -- the hostile-script corpus (issue 19): scripts that try to crash
# or corrupt the runtime from ordinary Lua (self-abort, finalizers inside
# the runtime's C code, the coroutine library on task threads, finalized
# objects, module teardown, virtual-clock bounds).  One TAP point per
# script: it fails on a crash (signal), a sanitizer report, a hang (killed
# after 60 s x STDTASK_TIME_SCALE), an unexpected exit status, a 'not ok'
# point of the script's own checks, or a short plan.
#
#   sh harness/hostile/run.sh [SCRIPT...]      (default: every *.lua here)
#
# Front matter of a script, in its first lines:
#   -- args: OPTIONS     host options (e.g. --clock=virtual)
#   -- mode: module      run under the stock lua5.4 with require "stdtask"
#                        (needs lua5.4 and STDTASK_MODULE_DIR; under a
#                        sanitizer build the ASan runtime is preloaded)
#   -- exit: N           expected exit status (default 0)
#   -- stack: KIB        run under ulimit -s KIB (a small C stack, so that
#                        C recursion that grows with the script overflows
#                        at sizes a test can afford)
# The host is $STDTASK_HOST, else ./reference/host/stdtask-lua.
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
scale=${STDTASK_TIME_SCALE:-1}
limit=$(awk -v s="$scale" 'BEGIN { x = 60 * s; n = int(x); if (n < x) n++; print n }')
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout --kill-after=10 $limit"
moddir=${STDTASK_MODULE_DIR:-./reference/lua/.libs}
preload=
if [ "${STDTASK_SANITIZERS-}" = yes ]; then
  for lib in libasan.so libubsan.so; do
    p=$(${CC:-cc} -print-file-name=$lib 2>/dev/null)
    case $p in /*) preload="${preload:+$preload }$p" ;; esac
  done
fi

if [ $# -eq 0 ]; then
  set -- "$here"/*.lua
  set -- $(for f; do case $f in */lib.lua|*/gcwork.lua) ;; *) echo "$f" ;; esac; done)
fi
echo "1..$#"
dir=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-hostile.XXXXXX") || exit 99
trap 'rm -rf "$dir"' EXIT
n=0 fails=0
for f; do
  n=$((n + 1))
  name=${f##*/}
  args=$(sed -n '1,12s/^-- args: //p' "$f")
  mode=$(sed -n '1,12s/^-- mode: //p' "$f")
  want=$(sed -n '1,12s/^-- exit: //p' "$f")
  stack=$(sed -n '1,12s/^-- stack: //p' "$f")
  [ -n "$want" ] || want=0
  if [ "$mode" = module ]; then
    if ! command -v lua5.4 >/dev/null 2>&1 || [ ! -f "$moddir/stdtask.so" ]; then
      echo "ok $n - $name # SKIP no lua5.4 or no built module"
      continue
    fi
    # shellcheck disable=SC2086
    LD_PRELOAD="$preload" ASAN_OPTIONS="${ASAN_OPTIONS-}:detect_leaks=1" \
    LUA_CPATH="$moddir/?.so;;" $tmo lua5.4 "$f" > "$dir/out" 2> "$dir/err" < /dev/null
    rc=$?
  else
    # shellcheck disable=SC2086
    ( if [ -n "$stack" ]; then ulimit -s "$stack" || exit 99; fi
      exec $tmo $host $args "$f" ) > "$dir/out" 2> "$dir/err" < /dev/null
    rc=$?
  fi
  why=
  planned=$(sed -n 's/^1\.\.\([0-9][0-9]*\).*/\1/p' "$dir/out" | sed -n 1p)
  points=$(grep -c '^\(not \)\{0,1\}ok ' "$dir/out")
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    why="hung (killed after $limit s)"
  elif grep -q -e 'Sanitizer' -e 'runtime error:' "$dir/err"; then
    why="sanitizer report"
  elif [ "$rc" -ne "$want" ]; then
    why="exit status $rc, want $want"
  elif grep -q '^not ok' "$dir/out"; then
    why=$(grep '^not ok' "$dir/out" | sed -n 1p)
  elif [ -z "$planned" ] || [ "$points" -ne "$planned" ]; then
    why="plan ${planned:-missing}, $points points"
  fi
  if [ -z "$why" ]; then
    echo "ok $n - $name ($points checks)"
  else
    fails=$((fails + 1))
    echo "not ok $n - $name: $why"
    echo "# replay: $host $args $f"
    sed 's/^/# out: /' "$dir/out" | grep -v '^# out: ok ' | head -20
    sed 's/^/# err: /' "$dir/err" | head -30
  fi
done
[ "$fails" -eq 0 ]
