#!/bin/sh
# run-prove.sh [--host HOST] [--jobs N | -j N] [PATH...]
#
# Runs the conformance catalogue through prove(1), the way any host is tested:
#   prove --exec HOST SCRIPT...
# HOST defaults to $STDTASK_HOST, else ./reference/host/stdtask-lua (the one
# built in the current directory). PATHs are scripts or directories; the
# default is every script under conformance/ except conformance/lib/.
# LUA_PATH points at conformance/lib/; STDTASK_TIME_SCALE (default 1) and
# STDTASK_FEATURES pass through from the environment. Each script is killed
# after 120 s x STDTASK_TIME_SCALE (harness/with-timeout.sh).

set -eu

usage() {
  echo "usage: $0 [--host HOST] [--jobs N] [PATH...]" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd -P)
top=$(dirname "$here")
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
jobs=1

while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
    --host=*) host=${1#--host=}; shift ;;
    -j|--jobs) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
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
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
{
  echo '#!/bin/sh'
  echo "exec /bin/sh $(quote "$here/with-timeout.sh") $(quote "$host") \"\$@\""
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
prove --exec "$tmp/host" --jobs "$jobs" $(cat "$tmp/scripts")
