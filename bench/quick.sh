#!/bin/sh
# bench/quick.sh -- make check's run of the benchmark in quick mode: every
# workload once in every configuration with a small N, each run a TAP test
# that passes when it produced its figures.  Nothing about speed is
# asserted.  A peer whose Lua module is not installed is skipped.
# Run from the build directory by automake's harness (srcdir, STDTASK_HOST
# in the environment); BENCH_LUA names the stock Lua (default lua5.4).
lua=${BENCH_LUA:-lua5.4}
if [ "${STDTASK_SANITIZERS-}" = yes ]; then
  # Peers run under the stock interpreter next to our sanitizer-built
  # code: ASan refuses to start that way; the plain build runs this test.
  echo "1..0 # SKIP quick benchmark under --enable-sanitizers"
  exit 0
fi
if ! command -v "$lua" >/dev/null 2>&1; then
  echo "1..0 # SKIP $lua not found"
  exit 0
fi
exec "$lua" "${srcdir:-.}/bench/run.lua" --quick --tap \
  --floor=bench/floor \
  --host="${STDTASK_HOST:-reference/host/stdtask-lua}" \
  --lua="$lua" \
  --cpath="$(pwd)/bench/.libs/?.so" \
  --workloads="${srcdir:-.}/bench/workloads"
