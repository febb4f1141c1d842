#!/bin/sh
# TAP test (make check): traceability between the specification and the
# conformance catalogue. Fails when a MUST clause of docs/spec.md (and its
# parts docs/spec/*.md) is named by no script's front matter, when a script
# names a clause the spec does not define, or when docs/matrix.md is stale.
#
#   check-clauses.sh                 the TAP test
#   check-clauses.sh --write-matrix  regenerate docs/matrix.md (make matrix)
#   check-clauses.sh ARGS...         run harness/clauses.lua with ARGS
#
# The tool is pure Lua 5.4, run by the stock interpreter: $LUA, else
# lua5.4, else lua (which must then be Lua 5.4).

srcdir=${srcdir:-$(dirname "$0")/..}

tap=0
if [ $# -eq 0 ]; then
  tap=1
fi

bail() {
  if [ "$tap" = 1 ]; then
    echo "1..0"
    echo "Bail out! $*"
  else
    echo "check-clauses.sh: $*" >&2
  fi
  exit 1
}

if [ -z "${LUA-}" ]; then
  LUA=$(command -v lua5.4 || command -v lua) \
    || bail "no Lua 5.4 interpreter: install lua5.4 (Debian: apt-get install lua5.4) or set LUA"
fi
ver=$("$LUA" -e 'io.write(_VERSION)' 2>/dev/null) \
  || bail "cannot run '$LUA'"
[ "$ver" = "Lua 5.4" ] \
  || bail "'$LUA' is $ver; harness/clauses.lua needs Lua 5.4 (set LUA)"

tool=$srcdir/harness/clauses.lua
if [ "$tap" = 1 ]; then
  exec "$LUA" "$tool" --srcdir "$srcdir" --tap \
    --check-matrix "$srcdir/docs/matrix.md"
elif [ "$1" = --write-matrix ] && [ $# -eq 1 ]; then
  exec "$LUA" "$tool" --srcdir "$srcdir" --quiet \
    --write-matrix "$srcdir/docs/matrix.md"
else
  exec "$LUA" "$tool" --srcdir "$srcdir" "$@"
fi
