#!/bin/sh
# run.sh -- allocation-failure injection over the harness/oom workloads.
#
#   sh harness/oom/run.sh --host OOM_HOST [--libtool LIBTOOL] [--quick]
#                         [--mode transient|persistent|both] [--step S]
#                         [--valgrind] [--keep-going] [WORKLOAD.lua...]
#
# For every workload and mode, OOM_HOST --sweep fails request K for every
# K = 1, 2, ... (a fresh state each time) until the workload completes
# without reaching request K; every run must end with success or a clean
# "not enough memory" error, lose no task, leak nothing (oom-host checks
# both) and neither crash nor hang (this script's time limit). Prints TAP,
# one test point per workload and mode, with the number of failure points.
#
#   transient   request K and Lua's retry after its emergency collection
#               fail (--fail-count=2), later ones succeed
#   persistent  every request from K on fails (--fail-count=0)
#   --quick     every 5th K only (make check-oom-quick)
#   --step S    every S-th K
#   --valgrind  run each sweep under valgrind memcheck (through LIBTOOL
#               --mode=execute when given), every 7th K unless --step;
#               any memcheck error or definite leak fails the test point
#   --keep-going  sweep on after a failing K (counts them all)
# A workload's own oom-host options are on a line "-- oom-flags: ...".

set -u

here=$(cd "$(dirname "$0")" && pwd -P)
host=${OOM_HOST-} libtool= mode=both step= valgrind=no keep=
usage() { sed -n '2,25s/^# \{0,1\}//p' "$0" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
    --libtool) [ $# -ge 2 ] || usage; libtool=$2; shift 2 ;;
    --mode) [ $# -ge 2 ] || usage; mode=$2; shift 2 ;;
    --step) [ $# -ge 2 ] || usage; step=$2; shift 2 ;;
    --quick) step=${step:-5}; shift ;;
    --valgrind) valgrind=yes; shift ;;
    --keep-going) keep=--keep-going; shift ;;
    -h|--help) usage ;;
    --*) usage ;;
    *) break ;;
  esac
done
[ -n "$host" ] || usage
case $mode in transient|persistent|both) ;; *) usage ;; esac
[ $# -gt 0 ] || set -- "$here"/*.lua
[ "$valgrind" = no ] || step=${step:-7}
case $host in */*) ;; *) host=./$host ;; esac

modes=$mode
[ "$mode" = both ] && modes="transient persistent"
nmodes=$(echo "$modes" | wc -w)
echo "1..$(($# * nmodes))"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-oom.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

n=0 total=0 bad=0
for w in "$@"; do
  name=${w##*/}
  flags=$(sed -n 's/^-- oom-flags: //p' "$w" | sed -n 1p)
  for m in $modes; do
    n=$((n + 1))
    case $m in transient) fc=2 ;; *) fc=0 ;; esac
    set -- --sweep --fail-count=$fc ${step:+--step=$step} $keep $flags "$w"
    if [ "$valgrind" = yes ]; then
      set -- ${libtool:+"$libtool" --mode=execute} valgrind -q \
        --error-exitcode=97 --leak-check=full \
        --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect "$host" "$@"
    else
      set -- "$host" "$@"
    fi
    start=$(date +%s)
    timeout --kill-after=10 1800 "$@" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    secs=$(($(date +%s) - start))
    points=$(sed -n 's/^oom-host: \([0-9]*\) failure points.*/\1/p' "$tmp/out")
    summary=$(sed -n 's/^oom-host: [0-9]* failure points (\(.*\)), .*/\1/p' "$tmp/out")
    [ -z "$points" ] || total=$((total + points))
    if [ "$rc" -eq 0 ] && [ -n "$points" ]; then
      echo "ok $n - $name $m: $points failure points ($summary; ${secs}s)"
    else
      bad=$((bad + 1))
      case $rc in
        1) why="a run failed" ;;
        3) why="a run hung" ;;
        97) why="memcheck errors" ;;
        124|137) why="the sweep timed out" ;;
        *) why="exit status $rc (crash?)" ;;
      esac
      echo "not ok $n - $name $m: $why${points:+ ($points failure points: $summary)}"
      sed 's/^/# /' "$tmp/out" | head -20
      sed 's/^/# stderr: /' "$tmp/err" | head -40
      echo "# replay one K: $host --fail-at=K --fail-count=$fc $flags $w"
    fi
  done
done
echo "# $total failure points exercised${step:+ (every ${step}th request)}; $bad failing"
[ "$bad" -eq 0 ]  # the exit status of make check-oom
