#!/bin/sh
# TAP test: every command of README.md runs as written after the README's
# quick start, and prints what the README shows (harness/readme-blocks.lua).

srcdir=${srcdir:-.}
builddir=${STDTASK_BUILDDIR:-.}
lua=${LUA:-lua5.4}
if ! command -v "$lua" > /dev/null 2>&1; then
  echo "1..0 # SKIP $lua not installed"
  exit 0
fi
if [ "${STDTASK_SANITIZERS-}" = yes ]; then
  # lua5.4 cannot load a sanitizer-built module (the README's module example).
  echo "1..0 # SKIP lua5.4 cannot load a sanitizer-built module"
  exit 0
fi
srcdir=$(cd "$srcdir" && pwd) builddir=$(cd "$builddir" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The top of an in-tree build: the sources, and the built reference/.
for f in "$srcdir"/* "$srcdir"/.[!.]*; do
  [ -e "$f" ] && ln -s "$f" "$work/${f##*/}"
done
rm -f "$work/reference"
ln -s "$builddir/reference" "$work/reference"
exec env -u LUA_INIT -u LUA_INIT_5_4 -u LUA_PATH -u LUA_PATH_5_4 \
  -u LUA_CPATH -u LUA_CPATH_5_4 -u STDTASK_TRACE \
  "$lua" "$srcdir/harness/readme-blocks.lua" "$srcdir/README.md" "$srcdir" \
  "$builddir" "$work"
