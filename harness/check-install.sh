#!/bin/sh
# TAP test: make install prefix=DIR and make install DESTDIR=DIR each
# install the host, the library, the header, stdtask.pc, the man pages and
# the Lua module, nothing else (no libtool .la or .a among the Lua
# modules); what they install works there without any environment (the
# host runs a task, the module loads in lua5.4, pkg-config finds the
# library, a program links and runs against it); make uninstall removes
# every file. Run from make check (STDTASK_BUILDDIR, MAKE).

builddir=${STDTASK_BUILDDIR:-.}
make=${MAKE:-make}
lua=${LUA:-lua5.4}
if ! grep -q '^luacmoddir = ${libdir}/lua/5.4$' "$builddir/Makefile"; then
  echo "1..0 # SKIP configured with --with-lua-cmod-dir: the module is outside the prefix"
  exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-install.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The files, relative to the prefix; the static library only if built.
{
  echo bin/stdtask-lua
  echo include/stdtask.h
  if [ -f "$builddir/reference/.libs/libstdtask.a" ]; then
    echo lib/libstdtask.a
  fi
  echo lib/libstdtask.la
  echo lib/libstdtask.so
  echo lib/libstdtask.so.0
  echo lib/libstdtask.so.0.0.0
  echo lib/lua/5.4/stdtask.so
  echo lib/pkgconfig/stdtask.pc
  echo share/man/man1/stdtask-lua.1
  echo share/man/man3/stdtask.3
  echo share/man/man7/stdtask.7
} | LC_ALL=C sort > "$work/expected"

echo "1..11"
n=0
point() {  # point OK DESC [DETAIL-FILE]
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else
    echo "not ok $n - $2"
    [ -n "${3-}" ] && sed 's/^/#   /' "$3"
  fi
}

# check MODE ROOT: the installed tree at ROOT (the prefix).
check() {
  mode=$1 root=$2
  (cd "$root" && find . ! -type d | sed 's|^\./||' | LC_ALL=C sort) \
    > "$work/got"
  diff -u "$work/expected" "$work/got" > "$work/diff"
  point $? "$mode: installs exactly $(wc -l < "$work/expected") files" \
    "$work/diff"

  printf 'local h = std.task.spawn(function() std.task.sleep(5); return "joined" end)\nprint(h:join())\n' \
    > "$work/t.lua"
  env -u LD_LIBRARY_PATH "$root/bin/stdtask-lua" "$work/t.lua" \
    > "$work/out" 2>&1 && [ "$(cat "$work/out")" = joined ]
  point $? "$mode: the installed host runs a task, no LD_LIBRARY_PATH" \
    "$work/out"

  if [ "${STDTASK_SANITIZERS-}" = yes ]; then
    n=$((n + 2))
    echo "ok $((n - 1)) # SKIP the module and a program need the sanitizer runtime"
    echo "ok $n # SKIP the module and a program need the sanitizer runtime"
    return
  fi
  if command -v "$lua" > /dev/null 2>&1; then
    LUA_CPATH="$root/lib/lua/5.4/?.so" "$lua" -e '
      local task = require "stdtask"
      task.run(function() print(task.spawn(function() return "module" end):join()) end)' \
      > "$work/out" 2>&1 && [ "$(cat "$work/out")" = module ]
    point $? "$mode: $lua requires the installed module" "$work/out"
  else
    n=$((n + 1)); echo "ok $n # SKIP $lua not installed"
  fi

  cat > "$work/embed.c" <<'EOC'
#include <stdio.h>
#include <stdtask.h>
int main(void) { puts(stdtask_version()); return 0; }
EOC
  { flags=$(PKG_CONFIG_PATH="$root/lib/pkgconfig" pkg-config --cflags \
      --libs stdtask) &&
    ${CC:-cc} -o "$work/embed" "$work/embed.c" $flags \
      -Wl,-rpath,"$root/lib" &&
    "$work/embed"; } > "$work/out" 2>&1
  point $? "$mode: pkg-config --cflags --libs stdtask builds and runs a program" \
    "$work/out"
}

# The install's output goes to a log, shown on failure.
inst() {  # inst DESC MAKE-ARGS...
  desc=$1; shift
  "$make" -C "$builddir" "$@" > "$work/log" 2>&1
  point $? "$desc" "$work/log"
}

inst "make install prefix=DIR" install prefix="$work/p"
check "prefix=DIR" "$work/p"
inst "make install DESTDIR=DIR" install DESTDIR="$work/d"
check "DESTDIR=DIR" "$work/d/$(sed -n 's/^prefix = //p' "$builddir/Makefile")"

"$make" -C "$builddir" uninstall prefix="$work/p" > "$work/log" 2>&1 &&
  "$make" -C "$builddir" uninstall DESTDIR="$work/d" >> "$work/log" 2>&1 &&
  (cd "$work" && find p d ! -type d) >> "$work/log" 2>&1 &&
  [ -z "$(cd "$work" && find p d ! -type d)" ]
point $? "make uninstall, with the same arguments, removes every file" \
  "$work/log"
