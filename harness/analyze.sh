#!/bin/sh
# analyze.sh -- static analysis of the reference library and host:
# cppcheck, then gcc's -fanalyzer, over reference/src/*.c and
# reference/host/*.c. Any finding fails (exit 1). make analyze runs it.
#
#   sh harness/analyze.sh [--builddir DIR]
#
# DIR holds config.h (default: the current directory). The compiler is $CC
# (default gcc); LUA_CFLAGS and UV_CFLAGS (set by make from configure) give
# the include paths, else pkg-config's. A missing tool is skipped with a
# note, or fails when CI=true.
#
# A finding that is a false positive is silenced where it occurs, with the
# reason, and only with the maintainers' agreement:
#   cppcheck:   /* cppcheck-suppress <id> */ on the line before
#   -fanalyzer: restructure the code (GCC has no inline suppression)

set -u

here=$(cd "$(dirname "$0")" && pwd -P)
top=$(dirname "$here")
builddir=.
while [ $# -gt 0 ]; do
  case $1 in
    --builddir) [ $# -ge 2 ] || exit 2; builddir=$2; shift 2 ;;
    --builddir=*) builddir=${1#--builddir=}; shift ;;
    *) echo "usage: $0 [--builddir DIR]" >&2; exit 2 ;;
  esac
done
[ -f "$builddir/config.h" ] || {
  echo "analyze.sh: no config.h in '$builddir' (run configure, or pass --builddir)" >&2
  exit 2
}

cc=${CC:-gcc}
lua_cflags=${LUA_CFLAGS-$(pkg-config --cflags lua5.4 2>/dev/null)}
uv_cflags=${UV_CFLAGS-$(pkg-config --cflags libuv 2>/dev/null)}
# Only the -I options: cppcheck is given the headers it should read.
incs=
for f in $lua_cflags $uv_cflags; do
  case $f in -I*) incs="$incs $f" ;; esac
done
files=$(ls "$top"/reference/src/*.c "$top"/reference/host/*.c)
status=0

missing() {
  if [ "${CI-}" = true ]; then
    echo "analyze.sh: $1 not found (CI must install it)" >&2
    status=1
  else
    echo "analyze.sh: $1 not found: skipped"
  fi
}

# cppcheck does not read the system headers (missingIncludeSystem is
# suppressed), so luaconf.h needs the limits it takes from <limits.h>.
if command -v cppcheck >/dev/null 2>&1; then
  echo "==> $(cppcheck --version)"
  # shellcheck disable=SC2086
  if ! cppcheck --enable=warning,style,performance,portability \
      --error-exitcode=1 --inline-suppr --quiet --std=c99 --library=posix \
      --suppress=missingIncludeSystem \
      -DHAVE_CONFIG_H -DLLONG_MAX=9223372036854775807LL \
      -DLLONG_MIN='(-LLONG_MAX-1LL)' -DINT_MAX=2147483647 \
      -DUINT_MAX=4294967295U -DLONG_MAX=9223372036854775807L \
      -I "$builddir" -I "$top/reference/include" -I "$top/reference/src" \
      $incs $files; then
    status=1
  fi
else
  missing cppcheck
fi

if echo 'int main(void) { return 0; }' |
    "$cc" -fanalyzer -x c -c -o /dev/null - >/dev/null 2>&1; then
  echo "==> $("$cc" --version | sed -n 1p) -fanalyzer"
  out=$(mktemp "${TMPDIR:-/tmp}/stdtask-analyze.XXXXXX") || exit 99
  trap 'rm -f "$out"' EXIT
  for f in $files; do
    # shellcheck disable=SC2086
    "$cc" -fanalyzer -O0 -DHAVE_CONFIG_H -I "$builddir" \
      -I "$top/reference/include" -I "$top/reference/src" $lua_cflags \
      $uv_cflags -c -o /dev/null "$f" 2>> "$out" || status=1
  done
  if grep -q 'warning:\|error:' "$out"; then
    cat "$out"
    status=1
  fi
else
  missing "$cc with -fanalyzer (GCC 10 or later)"
fi

if [ "$status" -eq 0 ]; then
  echo "analyze.sh: no findings"
else
  echo "analyze.sh: findings above" >&2
fi
exit "$status"
