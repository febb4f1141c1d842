#!/bin/sh
# run-prove.sh [--host HOST] [--jobs N | -j N] [--features LIST]
#              [--time-scale N] [--clock MODE] [--host-arg ARG]...
#              [--area AREA]... [--clause ID]... [PATH...]
#
# Runs the conformance catalogue through prove(1), the way any host is tested:
#   prove --exec HOST SCRIPT...
# HOST defaults to $STDTASK_HOST, else ./reference/host/stdtask-lua (the one
# built in the current directory). PATHs are scripts or directories; the
# default is every script under conformance/ except conformance/lib/.
# LUA_PATH points at conformance/lib/; STDTASK_TIME_SCALE (default 1) and
# STDTASK_FEATURES pass through from the environment. Each script is killed
# after 120 s x STDTASK_TIME_SCALE (harness/with-timeout.sh).
#
#   --host-arg ARG    pass ARG to the host before the script (repeatable),
#                     e.g. --host-arg --clock=virtual
#   --features LIST   the optional features the host claims (comma-separated;
#                     sets STDTASK_FEATURES); with virtual-clock, scripts
#                     flagged real-time skip
#   --time-scale N    sets STDTASK_TIME_SCALE (slow hosts: valgrind, ...)
#   --clock MODE      sets STDTASK_CLOCK: `virtual` when the host runs in
#                     its virtual-clock mode (scripts flagged real-time
#                     skip); pass the host's own flag with --host-arg
#   --area AREA       only the scripts of conformance/AREA (repeatable)
#   --clause ID       only the scripts whose front matter names clause ID,
#                     or every clause starting with ID- when ID has no
#                     number (e.g. --clause TIMEOUT) (repeatable)
# After prove, a per-area summary (scripts, failed) is printed; the exit
# status is prove's.

set -eu

usage() {
  echo "usage: $0 [--host HOST] [--jobs N] [--features LIST]" \
    "[--time-scale N] [--clock MODE] [--area AREA]... [--clause ID]... [PATH...]" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd -P)
top=$(dirname "$here")
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
jobs=1
hostargs=
areas=
clauses=

while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
    --host=*) host=${1#--host=}; shift ;;
    -j|--jobs) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
    --features) [ $# -ge 2 ] || usage; STDTASK_FEATURES=$2; export STDTASK_FEATURES; shift 2 ;;
    --features=*) STDTASK_FEATURES=${1#--features=}; export STDTASK_FEATURES; shift ;;
    --clock) [ $# -ge 2 ] || usage; STDTASK_CLOCK=$2; export STDTASK_CLOCK; shift 2 ;;
    --clock=*) STDTASK_CLOCK=${1#--clock=}; export STDTASK_CLOCK; shift ;;
    --time-scale) [ $# -ge 2 ] || usage; STDTASK_TIME_SCALE=$2; shift 2 ;;
    --time-scale=*) STDTASK_TIME_SCALE=${1#--time-scale=}; shift ;;
    --host-arg) [ $# -ge 2 ] || usage; hostargs="$hostargs $(quote "$2")"; shift 2 ;;
    --host-arg=*) hostargs="$hostargs $(quote "${1#--host-arg=}")"; shift ;;
    --area) [ $# -ge 2 ] || usage; areas="$areas $2"; shift 2 ;;
    --area=*) areas="$areas ${1#--area=}"; shift ;;
    --clause) [ $# -ge 2 ] || usage; clauses="$clauses $2"; shift 2 ;;
    --clause=*) clauses="$clauses ${1#--clause=}"; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
  esac
done
case $jobs in ''|*[!0-9]*) usage ;; esac
[ $# -gt 0 ] || set -- "$top/conformance"

command -v prove >/dev/null 2>&1 || {
  echo "$0: prove(1) not found (Debian: apt-get install perl)" >&2
  exit 1
}
case $host in
  */*) case $host in /*) ;; *) host=$PWD/${host#./} ;; esac
       [ -x "$host" ] || { echo "$0: host '$host' is not executable" >&2; exit 1; } ;;
esac

# prove splits --exec on white space, so it gets a generated one-word wrapper
# that keeps any spaces in the host's or the harness's path intact.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-prove.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
{
  echo '#!/bin/sh'
  echo "exec /bin/sh $(quote "$here/with-timeout.sh") $(quote "$host")$hostargs \"\$@\""
} > "$tmp/host"
chmod +x "$tmp/host"

for p in "$@"; do
  [ -e "$p" ] || { echo "$0: no such script or directory: $p" >&2; exit 1; }
done
# Expand directories into their scripts, leaving out the TAP library; name
# the scripts relative to the top of the tree, where prove runs.
for p in "$@"; do
  if [ -d "$p" ]; then
    find "$(cd "$p" && pwd -P)" -name '*.lua' ! -path "$top/conformance/lib/*"
  else
    echo "$(cd "$(dirname "$p")" && pwd -P)/${p##*/}"
  fi
done | while IFS= read -r f; do
  case $f in "$top"/*) f=${f#"$top"/} ;; esac
  printf '%s\n' "$f"
done | LC_ALL=C sort > "$tmp/scripts"
# Area and clause filters.
if [ -n "$areas" ]; then
  : > "$tmp/keep"
  for a in $areas; do
    grep "^conformance/$a/" "$tmp/scripts" >> "$tmp/keep" || true
  done
  LC_ALL=C sort -u "$tmp/keep" > "$tmp/scripts"
fi
if [ -n "$clauses" ]; then
  : > "$tmp/keep"
  while IFS= read -r f; do
    ids=$(sed -n '/^--\[\[---/,/^---\]\]/s/^clause:[[:space:]]*//p' "$top/$f" |
      tr ',' ' ')
    for c in $clauses; do
      for id in $ids; do
        case $c in
          *-[0-9]*) [ "$id" = "$c" ] && echo "$f" ;;
          *) case $id in "$c"-*) echo "$f" ;; esac ;;
        esac
      done
    done
  done < "$tmp/scripts" | LC_ALL=C sort -u > "$tmp/keep"
  cp "$tmp/keep" "$tmp/scripts"
fi
[ -s "$tmp/scripts" ] || { echo "$0: no scripts to run" >&2; exit 1; }

LUA_PATH="$top/conformance/lib/?.lua;;"
LUA_PATH_5_4=$LUA_PATH # the stock interpreter prefers it to LUA_PATH
STDTASK_TIME_SCALE=${STDTASK_TIME_SCALE:-1}
export LUA_PATH LUA_PATH_5_4 STDTASK_TIME_SCALE
[ -z "${STDTASK_FEATURES+set}" ] || export STDTASK_FEATURES

echo "run-prove.sh: host $host, $(wc -l < "$tmp/scripts" | tr -d ' ') scripts," \
  "STDTASK_TIME_SCALE=$STDTASK_TIME_SCALE STDTASK_FEATURES=${STDTASK_FEATURES-}"
cd "$top"
# Script paths contain no white space (harness/gen-files-mk.sh enforces it).
# shellcheck disable=SC2046
set +e
prove --exec "$tmp/host" --jobs "$jobs" $(cat "$tmp/scripts") 2>&1 |
  tee "$tmp/out"
rc=$(sed -n 's/^Result: //p' "$tmp/out")
set -e

# Per-area summary: scripts run and scripts failed (prove's "Failed" lines
# and the "Test Summary Report" name the failing scripts).
sed -n 's/^\(conformance\/[^ ]*\.lua\) *(Wstat.*/\1/p' "$tmp/out" |
  LC_ALL=C sort -u > "$tmp/failed"
echo
echo "area                 scripts  failed"
awk -F/ 'FILENAME == ARGV[1] { failed[$0] = 1; next }
  { n[$2]++; if ($0 in failed) f[$2]++ }
  END { for (a in n) printf "%-20s %7d %7d\n", a, n[a], f[a] + 0 }' \
  "$tmp/failed" "$tmp/scripts" | LC_ALL=C sort
printf '%-20s %7d %7d\n' total "$(wc -l < "$tmp/scripts")" \
  "$(wc -l < "$tmp/failed")"
[ "$rc" = PASS ]
