#!/bin/sh
# run-prove.sh [OPTION]... [PATH...]
#
# Runs the conformance catalogue through prove(1), the way any host is tested:
#   prove --exec HOST SCRIPT...
# HOST defaults to $STDTASK_HOST, else ./reference/host/stdtask-lua (the one
# built in the current directory). PATHs are scripts or directories; the
# default is every script under conformance/ except conformance/lib/.
# LUA_PATH points at conformance/lib/; STDTASK_TIME_SCALE (default 1) passes
# through from the environment; STDTASK_HOST is set to the host command
# (with its --host-arg options) for scripts that start the host themselves
# (flag spawns-host). Each script is killed after 120 s x STDTASK_TIME_SCALE
# (harness/with-timeout.sh).
#
# Features (host-contract.md 6): --features LIST if given, else
# STDTASK_FEATURES if set in the environment, else what `HOST --features`
# prints (one name a line; a host without the option claims none). The
# features in effect and how many scripts each unclaimed feature skipped
# are printed before and after the run.
#
# After prove, a per-area summary (scripts, failed) is printed; the exit
# status is prove's.

usage() {
  cat <<'USAGE'
usage: run-prove.sh [OPTION]... [PATH...]
  --host HOST       the host executable (default $STDTASK_HOST, else
                    ./reference/host/stdtask-lua)
  --host-arg ARG    pass ARG to the host before the script (repeatable),
                    e.g. --host-arg --clock=virtual
  -j N, --jobs N    run N scripts at a time (default 1)
  --features LIST   the optional features the host claims (comma-separated,
                    '' for none); overrides STDTASK_FEATURES and the
                    host's own --features answer
  --time-scale N    sets STDTASK_TIME_SCALE (slow hosts: valgrind, ...)
  --clock MODE      sets STDTASK_CLOCK: `virtual` when the host runs in its
                    virtual-clock mode (scripts flagged real-time skip);
                    pass the host's own flag with --host-arg
  --no-spawn        sets STDTASK_SPAWN=no: scripts flagged spawns-host
                    (they start the host on a child script) skip
  --area AREA       only the scripts of conformance/AREA (repeatable)
  --clause ID       only the scripts whose front matter names clause ID, or
                    every clause starting with ID- when ID has no number
                    (e.g. --clause TIMEOUT) (repeatable)
  --report BASE     write the conformance report: BASE.md and BASE.json
                    (per area, per clause, per script: pass, fail, skip,
                    todo); --title TEXT names the host in it
  -v, --verbose     prove -v: every test point, not only failures
  -h, --help        this text
USAGE
}

bad_usage() {
  usage >&2
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
report=
title=
verbose=
features_src=
[ -z "${STDTASK_FEATURES+set}" ] || features_src="STDTASK_FEATURES from the environment"

while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || bad_usage; host=$2; shift 2 ;;
    --host=*) host=${1#--host=}; shift ;;
    -j|--jobs) [ $# -ge 2 ] || bad_usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
    --features) [ $# -ge 2 ] || bad_usage; STDTASK_FEATURES=$2; features_src="--features"; shift 2 ;;
    --features=*) STDTASK_FEATURES=${1#--features=}; features_src="--features"; shift ;;
    --clock) [ $# -ge 2 ] || bad_usage; STDTASK_CLOCK=$2; export STDTASK_CLOCK; shift 2 ;;
    --clock=*) STDTASK_CLOCK=${1#--clock=}; export STDTASK_CLOCK; shift ;;
    --time-scale) [ $# -ge 2 ] || bad_usage; STDTASK_TIME_SCALE=$2; shift 2 ;;
    --time-scale=*) STDTASK_TIME_SCALE=${1#--time-scale=}; shift ;;
    --host-arg) [ $# -ge 2 ] || bad_usage; hostargs="$hostargs $(quote "$2")"; shift 2 ;;
    --host-arg=*) hostargs="$hostargs $(quote "${1#--host-arg=}")"; shift ;;
    --no-spawn) STDTASK_SPAWN=no; export STDTASK_SPAWN; shift ;;
    --area) [ $# -ge 2 ] || bad_usage; areas="$areas $2"; shift 2 ;;
    --area=*) areas="$areas ${1#--area=}"; shift ;;
    --clause) [ $# -ge 2 ] || bad_usage; clauses="$clauses $2"; shift 2 ;;
    --clause=*) clauses="$clauses ${1#--clause=}"; shift ;;
    --report) [ $# -ge 2 ] || bad_usage; report=$2; shift 2 ;;
    --report=*) report=${1#--report=}; shift ;;
    --title) [ $# -ge 2 ] || bad_usage; title=$2; shift 2 ;;
    --title=*) title=${1#--title=}; shift ;;
    -v|--verbose) verbose=-v; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) bad_usage ;;
    *) break ;;
  esac
done
case $jobs in ''|*[!0-9]*) bad_usage ;; esac
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
# It keeps each script's output and exit status under $tmp/res for the
# report.
mkdir "$tmp/res"
{
  echo '#!/bin/sh'
  echo "res=$(quote "$tmp/res")"
  echo 'for s; do :; done'
  echo 'mkdir -p "$res/$(dirname "$s")"'
  echo "/bin/sh $(quote "$here/with-timeout.sh") $(quote "$host")$hostargs \"\$@\" > \"\$res/\$s.tap\""
  echo 'rc=$?'
  echo 'echo "$rc" > "$res/$s.rc"'
  echo 'cat "$res/$s.tap"'
  echo 'exit "$rc"'
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
# The host command for scripts that start the host (flag spawns-host).
STDTASK_HOST="$(quote "$host")$hostargs"
export LUA_PATH LUA_PATH_5_4 STDTASK_TIME_SCALE STDTASK_HOST

# The features the host claims. Without --features or STDTASK_FEATURES, ask
# the host (host-contract.md 6): `HOST --features` exits 0 and prints one
# name a line; any other answer claims nothing.
if [ -z "$features_src" ]; then
  qt=
  command -v timeout >/dev/null 2>&1 && qt="timeout 10"
  if answer=$(eval "$qt $STDTASK_HOST --features" 2>/dev/null </dev/null) &&
     ! printf '%s\n' "$answer" | grep -qv '^[a-z][a-z0-9-]*$'; then
    STDTASK_FEATURES=$(printf '%s\n' "$answer" | paste -sd, -)
    features_src="the host's answer to --features"
  else
    STDTASK_FEATURES=
    features_src="no --features answer from the host: none claimed"
  fi
fi
export STDTASK_FEATURES

# Scripts needing a feature not claimed (front matter), per feature.
skipped_by_feature() {
  while IFS= read -r f; do
    sed -n '/^--\[\[---/,/^---\]\]/s/^features:[[:space:]]*\[\(.*\)\]/\1/p' "$top/$f" 2>/dev/null ||
      sed -n '/^--\[\[---/,/^---\]\]/s/^features:[[:space:]]*\[\(.*\)\]/\1/p' "$f"
  done < "$tmp/scripts" | tr ', ' '\n\n' | sed '/^$/d' | LC_ALL=C sort | uniq -c |
  while read -r n name; do
    case ",$STDTASK_FEATURES," in
      *",$name,"*) ;;
      *) printf '  %-16s not claimed: %d scripts skip\n' "$name" "$n" ;;
    esac
  done
}

echo "run-prove.sh: host $STDTASK_HOST, $(wc -l < "$tmp/scripts" | tr -d ' ') scripts," \
  "STDTASK_TIME_SCALE=$STDTASK_TIME_SCALE STDTASK_CLOCK=${STDTASK_CLOCK-real}"
echo "run-prove.sh: features in effect: ${STDTASK_FEATURES:-(none)} ($features_src)"
skipped_by_feature
cd "$top"
# Script paths contain no white space (harness/gen-files-mk.sh enforces it).
# shellcheck disable=SC2046
set +e
prove $verbose --exec "$tmp/host" --jobs "$jobs" $(cat "$tmp/scripts") 2>&1 |
  tee "$tmp/out"
rc=$(sed -n 's/^Result: //p' "$tmp/out")
set -e

# Per-area summary: scripts run and scripts failed (the "Test Summary
# Report" names the failing scripts). The area of conformance/AREA/x.lua is
# AREA; that of any other script its directory.
sed -n 's/^\([^ ]*\.lua\) *(Wstat.*/\1/p' "$tmp/out" |
  LC_ALL=C sort -u > "$tmp/failed"
echo
echo "area                 scripts  failed"
awk 'FILENAME == ARGV[1] { failed[$0] = 1; next }
  { a = $0; if (a ~ /^conformance\/[^\/]+\//) { split(a, p, "/"); a = p[2] }
    else if (!sub(/\/[^\/]*$/, "", a)) a = "."
    n[a]++; if ($0 in failed) f[a]++ }
  END { for (a in n) printf "%-20s %7d %7d\n", a, n[a], f[a] + 0 }' \
  "$tmp/failed" "$tmp/scripts" | LC_ALL=C sort
printf '%-20s %7d %7d\n' total "$(wc -l < "$tmp/scripts")" \
  "$(wc -l < "$tmp/failed")"
echo "features in effect: ${STDTASK_FEATURES:-(none)} ($features_src)"
skipped_by_feature

if [ -n "$report" ]; then
  cp "$tmp/scripts" "$tmp/res/scripts"
  lua=$(command -v lua5.4 || command -v lua) || {
    echo "$0: --report needs lua5.4" >&2
    exit 1
  }
  case $report in /*) ;; *) report=$OLDPWD/$report ;; esac
  "$lua" "$here/report.lua" write "$top" "$tmp/res" "$report" \
    "${title:-$host}" && echo "report: $report.md, $report.json"
fi
[ "$rc" = PASS ]
