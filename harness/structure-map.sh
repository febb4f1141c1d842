#!/bin/sh
# structure-map.sh -- the call structure of reference/src between files:
# for each pair of files, whether one calls a function the other defines,
# and whether that call runs up the layer order declared in
# reference/src/stdtask-int.h (its "Layers" comment, bottom first).
#
#   sh harness/structure-map.sh [--check]
#
# Prints the arrows "caller -> callee (n calls: names)" and the counts;
# with --check, exits 1 if an arrow runs back up or a file is not in the
# layer list.  Needs universal-ctags (ctags -x).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd -P)
src=$top/reference/src
check=no
[ "${1-}" = --check ] && check=yes
command -v ctags >/dev/null 2>&1 || { echo "structure-map.sh: ctags not found" >&2; exit 77; }

# The layer of each file: "Layers:" lines of stdtask-int.h, one layer a
# line, "  N. file.c file.c ...".
layers=$(sed -n '/^ \* Layers/,/^ \*\//p' "$src/stdtask-int.h" |
  sed -n 's/^ \*  *\([0-9][0-9]*\)\. *\([^:]*\):.*/\1 \2/p')
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
echo "$layers" | while read -r n files; do
  for f in $files; do echo "$f $n"; done
done > "$tmp/layer"

# Definitions: function name -> file.
ctags -x --c-kinds=f --language-force=C "$src"/*.c |
  awk '{ n = split($4, p, "/"); print $1, p[n] }' | sort -u > "$tmp/defs"

# Calls: every identifier followed by "(" in each file, outside comments
# (a rough C lexer: comments and strings blanked first).
for f in "$src"/*.c; do
  b=${f##*/}
  sed -e 's|//.*||' "$f" | perl -0pe 's{/\*.*?\*/}{ }gs; s{"(?:\\.|[^"\\])*"}{""}g' |
    grep -o '\b[a-z_][a-z0-9_]*[[:space:]]*(' | sed 's/[[:space:]]*($//' |
    sort | uniq -c | awk -v b="$b" '{ print b, $2, $1 }'
done > "$tmp/calls"

awk -v check="$check" '
  FILENAME == ARGV[1] { layer[$1] = $2; next }
  FILENAME == ARGV[2] { def[$1] = $2; next }
  {
    caller = $1; fn = $2; n = $3; callee = def[fn]
    if (callee == "" || callee == caller) next
    key = caller " -> " callee
    cnt[key] += n
    names[key] = names[key] (names[key] == "" ? "" : " ") fn
    src[key] = caller; dst[key] = callee
  }
  END {
    arrows = 0; up = 0; unknown = 0
    for (k in cnt) {
      arrows++
      a = src[k]; b = dst[k]
      if (!(a in layer) || !(b in layer)) { mark = " (file not in a layer)"; unknown++ }
      else if (layer[b] > layer[a]) { mark = " UP"; up++ }
      else mark = ""
      printf "A %-28s %3d calls: %s%s\n", k, cnt[k], names[k], mark
    }
    printf "S %d arrows, %d running up, %d from or to a file in no layer\n", arrows, up, unknown
    if (check == "yes" && (up > 0 || unknown > 0)) exit 1
  }' "$tmp/layer" "$tmp/defs" "$tmp/calls" > "$tmp/out" && rc=0 || rc=$?
sed -n 's/^A //p' "$tmp/out" | LC_ALL=C sort
sed -n 's/^S //p' "$tmp/out"
exit $rc
