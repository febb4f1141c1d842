#!/bin/sh
# TAP test: conformance/files.mk lists exactly the scripts in the tree, so
# make check and make dist miss none. Fix: harness/gen-files-mk.sh.

srcdir=${srcdir:-.}
echo 1..1
if diff=$(sh "$srcdir/harness/gen-files-mk.sh" --stdout 2>&1 \
    | diff -u "$srcdir/conformance/files.mk" - 2>&1); then
  echo "ok 1 - conformance/files.mk matches the tree"
else
  echo "not ok 1 - conformance/files.mk is stale: run harness/gen-files-mk.sh"
  printf '%s\n' "$diff" | sed 's/^/# /'
fi
