#!/bin/sh
# check-rock.sh [--required]: TAP test: luarocks builds the module from the
# rockspec (a copy of the sources, into a private tree) and the stock lua5.4
# loads it and runs a task. Without luarocks or lua5.4 it skips, unless
# --required (.ci/run) makes that a failure.

srcdir=${srcdir:-$(dirname "$0")/..}
required=no
[ "${1-}" = --required ] && required=yes
rockspec=stdtask-0.1.0-1.rockspec
lua=${LUA:-lua5.4}

missing=
command -v luarocks > /dev/null 2>&1 || missing="$missing luarocks"
command -v "$lua" > /dev/null 2>&1 || missing="$missing $lua"
if [ -n "$missing" ]; then
  if [ "$required" = yes ]; then
    echo "1..1"
    echo "not ok 1 - missing:$missing (Debian: apt-get install luarocks lua5.4)"
  else
    echo "1..0 # SKIP missing:$missing"
  fi
  exit 0
fi

echo "1..2"
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-rock.XXXXXX")
trap 'rm -rf "$work"' EXIT
# luarocks make builds in the current directory: a copy keeps the tree
# (and a read-only distcheck tree) clean.
mkdir "$work/src"
cp "$srcdir/$rockspec" "$work/src/" &&
  cp -R "$srcdir/reference" "$work/src/" &&
  find "$work/src/reference" \( -name '*.o' -o -name '*.lo' -o -name '*.so' \
    -o -name '.libs' -o -name '.deps' \) -prune -exec rm -rf {} + 2> /dev/null
if (cd "$work/src" && luarocks --lua-version=5.4 --tree="$work/tree" \
      make "$rockspec") > "$work/build.log" 2>&1; then
  echo "ok 1 - luarocks --lua-version=5.4 make $rockspec"
else
  echo "not ok 1 - luarocks --lua-version=5.4 make $rockspec"
  sed 's/^/# /' "$work/build.log" | tail -20
fi

out=$(LUA_CPATH="$work/tree/lib/lua/5.4/?.so" LUA_INIT= LUA_INIT_5_4= \
  "$lua" -e '
local task = require "stdtask"
task.run(function()
  local slow = task.spawn(function() task.sleep(10); return "slow" end)
  local fast = task.spawn(function() return "fast" end)
  print(fast:join(), slow:join(), task._VERSION)
end)' 2>&1)
expected=$(printf 'fast\tslow\t%s' "$(sed -n 's/^version = "\(.*\)-[0-9]*"$/\1/p' \
  "$srcdir/$rockspec")")
if [ "$out" = "$expected" ]; then
  echo "ok 2 - $lua loads the rock's module and runs tasks: $out"
else
  echo "not ok 2 - $lua with the rock's module printed:"
  printf '%s\n' "$out" | sed 's/^/# /'
fi
