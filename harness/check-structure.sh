#!/bin/sh
# check-structure.sh: reference/src keeps its layers (stdtask-int.h lists
# them): no call from a file into a higher layer, no file outside the
# list.  One TAP point; the arrows go to the log.
here=$(cd "$(dirname "$0")" && pwd -P)
echo "1..1"
if ! command -v ctags >/dev/null 2>&1; then
  echo "ok 1 - layers of reference/src # SKIP ctags (universal-ctags) not installed"
  exit 0
fi
out=$(sh "$here/structure-map.sh" --check 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if [ "$rc" -eq 0 ]; then
  echo "ok 1 - reference/src: no call runs up its layers ($(echo "$out" | tail -n 1))"
else
  echo "not ok 1 - reference/src: a call runs up the layers of stdtask-int.h (see UP above)"
fi
