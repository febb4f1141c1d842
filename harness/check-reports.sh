#!/bin/sh
# check-reports.sh: TAP test (make check): the committed conformance
# reports, docs/conformance/*.json, list exactly the scripts of the
# catalogue with the clauses their front matter names. Outcomes are not
# compared: they are the host's and `make conformance-reports` regenerates
# them (it runs the catalogue); a report whose structure drifted from the
# tree is stale.
srcdir=${srcdir:-$(dirname "$0")/..}
LUA=${LUA:-$(command -v lua5.4 || command -v lua)} || {
  echo "1..0 # SKIP no Lua 5.4 interpreter"
  exit 0
}
set -- "$srcdir"/docs/conformance/*.json
echo "1..$#"
n=0
for f in "$@"; do
  n=$((n + 1))
  if err=$("$LUA" "$srcdir/harness/report.lua" check "$srcdir" "$f" 2>&1); then
    echo "ok $n - ${f#"$srcdir"/} matches the catalogue's scripts and clauses"
  else
    echo "not ok $n - ${f#"$srcdir"/} is stale: run 'make conformance-reports'"
    printf '%s\n' "$err" | head -20 | sed 's/^/# /'
  fi
done
