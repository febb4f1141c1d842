#!/bin/sh
# with-timeout.sh COMMAND [ARG...]
#
# Runs COMMAND (a host and its script) and kills it after
# 120 s x STDTASK_TIME_SCALE, the limit of the host contract, so a hung host
# fails the test instead of hanging the run. Used by make check
# (LUA_LOG_COMPILER), harness/run-examples.sh and harness/run-prove.sh.
# Without GNU-style timeout(1) the command runs without a limit.

scale=${STDTASK_TIME_SCALE:-1}
limit=$(awk -v s="$scale" 'BEGIN {
  if (s !~ /^([0-9]+\.?[0-9]*|\.[0-9]+)$/ || s + 0 <= 0) exit 1
  x = 120 * s; n = int(x); if (n < x) n++; print n }') || {
  echo "with-timeout.sh: STDTASK_TIME_SCALE='$scale' is not a positive number" >&2
  exit 99
}
[ $# -gt 0 ] || { echo "usage: with-timeout.sh COMMAND [ARG...]" >&2; exit 99; }

# Under a virtual clock (STDTASK_CLOCK=virtual: the harness runs the host in
# that mode), scripts whose front matter carries the flag `real-time`
# measure the wall clock: skip.
case ${STDTASK_CLOCK-} in
  virtual)
    for script; do :; done
    if [ -f "$script" ] && sed -n '/^--\[\[---/,/^---\]\]/p' "$script" |
        grep -q '^flags:.*real-time'; then
      echo "1..0 # SKIP real-time script under a virtual clock"
      exit 0
    fi ;;
esac

if command -v timeout >/dev/null 2>&1; then
  timeout=timeout
elif command -v gtimeout >/dev/null 2>&1; then
  timeout=gtimeout
else
  echo "with-timeout.sh: no timeout(1): running without a time limit" >&2
  exec "$@"
fi

# --foreground keeps the command in make's process group, so ^C reaches it.
"$timeout" --foreground --kill-after=10 "$limit" "$@"
rc=$?
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  echo "with-timeout.sh: killed after ${limit} s" \
    "(120 s x STDTASK_TIME_SCALE=$scale): $*" >&2
fi
exit "$rc"
