#!/bin/sh
# harness/mutants/refresh.sh NAME...
#
# Re-bases stale mutants after reference/ changed around them: applies
# NAME.patch to a copy of reference/ with patch's default fuzz, and if every
# hunk still finds its place, rewrites NAME.patch (same "# description"
# header) as a fresh diff against the current reference/. A hunk that no
# longer applies is reported and the patch left as it was: re-create that
# mutant by hand (the same mistake, in the code as it is now), never drop it.

set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
top=$(cd "$here/../.." && pwd -P)
[ $# -gt 0 ] || { echo "usage: $0 NAME..." >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-refresh.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
rc=0
for n in "$@"; do
  n=${n%.patch}
  p=$here/$n.patch
  [ -f "$p" ] || { echo "refresh.sh: no $p" >&2; rc=1; continue; }
  rm -rf "$tmp/a" "$tmp/b"
  mkdir -p "$tmp/a" "$tmp/b"
  cp -R "$top/reference" "$tmp/a/reference"
  cp -R "$top/reference" "$tmp/b/reference"
  if ! patch -p1 -s --no-backup-if-mismatch -d "$tmp/b" < "$p" > "$tmp/log" 2>&1; then
    echo "refresh.sh: $n: does not apply even with fuzz; redo it by hand:" >&2
    cat "$tmp/log" >&2
    rc=1
    continue
  fi
  find "$tmp/b" -name '*.orig' -exec rm -f {} +
  {
    sed -n '/^# /p; /^# /!q' "$p"
    (cd "$tmp" && LC_ALL=C diff -ruN a/reference b/reference) |
      sed '/^diff -ruN /d; s/^\(---\|+++\) \([^	]*\)	.*/\1 \2/'
  } > "$tmp/new"
  if cmp -s "$tmp/new" "$p"; then
    echo "refresh.sh: $n: up to date"
  else
    mv "$tmp/new" "$p"
    echo "refresh.sh: $n: rewritten"
  fi
done
exit "$rc"
