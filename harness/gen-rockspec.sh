#!/bin/sh
# gen-rockspec.sh [--stdout]
#
# Rewrites the source list of stdtask-0.1.0-1.rockspec (between its
# "-- sources:" markers) from the one list make builds from: the .c files
# of libstdtask-impl.la (reference/src/local.mk) and of the module
# (reference/lua/local.mk). Run it after adding or removing a source file;
# with --stdout it prints the rockspec instead (harness/check-rockspec.sh
# compares the two).

set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
rockspec=$top/stdtask-0.1.0-1.rockspec

# $1 = local.mk, $2 = the automake variable: its .c files, %D% expanded.
sources() {
  dir=$(dirname "${1#"$top"/}")
  awk -v var="$2" -v dir="$dir" '
    $1 == var && $2 == "=" { on = 1; $1 = ""; $2 = "" }
    on {
      cont = ($NF == "\\")
      for (i = 1; i <= NF; i++)
        if ($i ~ /\.c$/) { sub(/%D%/, dir, $i); print $i }
      if (!cont) on = 0
    }' "$1"
}

list=$( { sources "$top/reference/lua/local.mk" '%C%_stdtask_la_SOURCES'
          sources "$top/reference/src/local.mk" \
            '%C%_libstdtask_impl_la_SOURCES'; } )
case $list in
  *reference/lua/module.c*reference/src/api.c*) ;;
  *) echo "gen-rockspec.sh: no source list found in the local.mk files" >&2
     exit 1 ;;
esac

render() {
  awk -v list="$list" '
    /^ *-- sources: begin/ { found = 1; print; n = split(list, f, "\n")
      for (i = 1; i <= n; i++) printf "        \"%s\",\n", f[i]
      skip = 1; next }
    /^ *-- sources: end/ { skip = 0 }
    !skip
    END { if (!found) { print "gen-rockspec.sh: no \"-- sources: begin\"" \
            " marker in the rockspec" > "/dev/stderr"; exit 1 } }' "$rockspec"
}

if [ "${1-}" = --stdout ]; then
  render
else
  render > "$rockspec.tmp" || { rm -f "$rockspec.tmp"; exit 1; }
  mv "$rockspec.tmp" "$rockspec"
fi
