#!/bin/sh
# test.sh: the example embedder runs echo.lua (an echo server and its
# clients, a silent read bounded by with_timeout) and exits 0; under
# valgrind too when it is installed: no leak, no memory error.
here=$(cd "$(dirname "$0")" && pwd -P)
bin=./examples/embed/embed-tcp
echo "1..2"
out=$("$bin" "$here/echo.lua" 2>&1)
rc=$?
echo "$out" | sed 's/^/# /'
if [ "$rc" -eq 0 ] && echo "$out" | grep -q '^echo: ok$'; then
  echo "ok 1 - embed-tcp echo.lua exits 0"
else
  echo "not ok 1 - embed-tcp echo.lua: exit $rc"
fi
if ! command -v valgrind >/dev/null 2>&1 || [ "${STDTASK_SANITIZERS-}" = yes ]; then
  echo "ok 2 - under valgrind # SKIP no valgrind (or a sanitizer build)"
  exit 0
fi
vout=$(./libtool --mode=execute valgrind -q --leak-check=full \
  --errors-for-leak-kinds=definite,indirect --error-exitcode=9 \
  "$bin" "$here/echo.lua" 2>&1)
vrc=$?
if [ "$vrc" -eq 0 ]; then
  echo "ok 2 - under valgrind: no leak, no memory error"
else
  echo "$vout" | sed 's/^/# /' | head -40
  echo "not ok 2 - under valgrind: exit $vrc"
fi
