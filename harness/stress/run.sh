#!/bin/sh
# run.sh -- the stress workloads (harness/stress/*.lua) on a host, with the
# peak resident set size of each; prints TAP, one test point per workload.
#
#   sh harness/stress/run.sh [--host HOST] [WORKLOAD.lua...]
#
# HOST defaults to $STDTASK_HOST, else ./reference/host/stdtask-lua (it may
# be several words). A workload prints its own TAP (checked here) and, on
# Linux, "# peak RSS N KB" from /proc/self/status (VmHWM). Each is killed
# after 600 s x STDTASK_TIME_SCALE.

set -u
here=$(cd "$(dirname "$0")" && pwd -P)
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || exit 2; host=$2; shift 2 ;;
    --host=*) host=${1#--host=}; shift ;;
    -*) echo "usage: $0 [--host HOST] [WORKLOAD.lua...]" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || set -- "$here"/*.lua
scale=${STDTASK_TIME_SCALE:-1}
limit=$(awk -v s="$scale" 'BEGIN { x = 600 * s; n = int(x); if (n < x) n++; print n }')
tmp=$(mktemp "${TMPDIR:-/tmp}/stdtask-stress.XXXXXX") || exit 99
trap 'rm -f "$tmp"' EXIT

echo "1..$#"
n=0 bad=0
for w in "$@"; do
  n=$((n + 1))
  name=${w##*/}
  start=$(date +%s)
  # shellcheck disable=SC2086
  timeout --kill-after=10 "$limit" $host "$w" > "$tmp" 2>&1 < /dev/null
  rc=$?
  secs=$(($(date +%s) - start))
  rss=$(sed -n 's/^# peak RSS \([0-9]*\) KB$/\1/p' "$tmp")
  if [ "$rc" -eq 0 ] && ! grep -q '^not ok' "$tmp" && grep -q '^ok' "$tmp"; then
    echo "ok $n - $name: peak RSS ${rss:-?} KB, ${secs} s"
  else
    echo "not ok $n - $name: exit status $rc, peak RSS ${rss:-?} KB, ${secs} s"
    bad=$((bad + 1))
  fi
  grep -v '^1\.\.\|^# peak RSS' "$tmp" | sed 's/^/#   /'
done
[ "$bad" -eq 0 ]  # the exit status of make check-stress
