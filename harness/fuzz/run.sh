#!/bin/sh
# run.sh -- the std.task fuzzer's driver: generates programs with gen.lua
# and runs each on a host; prints TAP, one test point per program.
#
#   sh harness/fuzz/run.sh [--host HOST] [--seeds N | --seed S] [--first F]
#                          [--size N] [--long] [--jobs J] [--save DIR]
#
#   (default)   the fixed seed set of make check: seeds 1..16, size 40
#   --seeds N   N seeds from --first (default 1)
#   --seed S    one seed (replay); with --size as it failed
#   --long      soak: 2000 seeds from a random first seed (or --first),
#               sizes 20..120 cycling; with --seeds N, N of them
#   --size N    statements per program (default 40)
#   --jobs J    programs run in parallel (default 1)
#   --save DIR  where failing programs are written (default fuzz-failures)
#
# HOST defaults to $STDTASK_HOST, else ./reference/host/stdtask-lua; it may
# be several words (a valgrind wrapper). gen.lua runs under $FUZZ_LUA, else
# lua5.4, else the host itself (it is a Lua 5.4 interpreter too). Each
# program is killed after 60 s x STDTASK_TIME_SCALE. A failing seed is
# printed with the command that replays it, and its program is saved so it
# can be turned into a catalogue script.

set -u

here=$(cd "$(dirname "$0")" && pwd -P)
host=${STDTASK_HOST:-./reference/host/stdtask-lua}
first=1 count=16 size=40 long=no jobs=1 one= save=fuzz-failures
seed_given=no count_given=no first_given=no

usage() {
  sed -n '2,22s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
    --host=*) host=${1#--host=}; shift ;;
    --seeds) [ $# -ge 2 ] || usage; count=$2; count_given=yes; shift 2 ;;
    --seeds=*) count=${1#--seeds=}; count_given=yes; shift ;;
    --seed) [ $# -ge 2 ] || usage; first=$2; count=1; seed_given=yes; shift 2 ;;
    --seed=*) first=${1#--seed=}; count=1; seed_given=yes; shift ;;
    --first) [ $# -ge 2 ] || usage; first=$2; first_given=yes; shift 2 ;;
    --first=*) first=${1#--first=}; first_given=yes; shift ;;
    --size) [ $# -ge 2 ] || usage; size=$2; shift 2 ;;
    --size=*) size=${1#--size=}; shift ;;
    --long) long=yes; shift ;;
    --jobs|-j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
    --save) [ $# -ge 2 ] || usage; save=$2; shift 2 ;;
    --save=*) save=${1#--save=}; shift ;;
    --one) [ $# -ge 3 ] || usage; one=$2; size=$3; shift 3 ;;  # internal
    -h|--help) usage ;;
    *) usage ;;
  esac
done
for n in "$first" "$count" "$size" "$jobs"; do
  case $n in ''|*[!0-9]*) usage ;; esac
done

scale=${STDTASK_TIME_SCALE:-1}
limit=$(awk -v s="$scale" 'BEGIN { x = 60 * s; n = int(x); if (n < x) n++; print n }')
if [ -n "${FUZZ_LUA-}" ]; then
  gen_lua=$FUZZ_LUA
elif command -v lua5.4 >/dev/null 2>&1; then
  gen_lua=lua5.4
else
  gen_lua=$host
fi
if command -v timeout >/dev/null 2>&1; then
  tmo="timeout --kill-after=10 $limit"
else
  tmo=
fi

# --one SEED SIZE: run one program; print "ok SEED SIZE NOTE" or
# "not ok SEED SIZE NOTE" followed by the output as "# " lines.
if [ -n "$one" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-fuzz.XXXXXX") || exit 99
  trap 'rm -rf "$dir"' EXIT
  prog=$dir/seed-$one.lua
  # shellcheck disable=SC2086
  if ! $gen_lua "$here/gen.lua" "$one" "$size" > "$prog" 2> "$dir/gen.err"; then
    echo "not ok $one $size generator failed"
    sed 's/^/# /' "$dir/gen.err"
    exit 0
  fi
  # shellcheck disable=SC2086
  $tmo $host "$prog" > "$dir/out" 2> "$dir/err" < /dev/null
  rc=$?
  note=
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    note="hung (killed after $limit s)"
  elif [ "$rc" -ne 0 ]; then
    note="exit status $rc"
  elif grep -q '^not ok' "$dir/out"; then
    note=$(grep '^not ok' "$dir/out" | sed -n 1p | sed 's/^not ok [0-9]* - //')
  elif [ "$(grep -c '^ok ' "$dir/out")" -ne 8 ] || ! grep -q '^1\.\.8$' "$dir/out"; then
    note="incomplete TAP output"
  fi
  if [ -z "$note" ]; then
    echo "ok $one $size $(sed -n 's/^# seed [0-9]*: //p' "$dir/out")"
  else
    echo "not ok $one $size $note"
    mkdir -p "$save" && cp "$prog" "$save/seed-$one-size-$size.lua"
    echo "# program saved as $save/seed-$one-size-$size.lua"
    sed 's/^/# out: /' "$dir/out" | grep -v '^# out: ok ' | head -40
    sed 's/^/# err: /' "$dir/err" | head -40
  fi
  exit 0
fi

if [ "$long" = yes ]; then
  [ "$count_given" = yes ] || count=2000
  if [ "$first_given" = no ] && [ "$seed_given" = no ]; then
    first=$(awk 'BEGIN { srand(); print int(rand() * 1000000000) + 1 }')
  fi
fi

echo "# fuzz: host $host, seeds $first..$((first + count - 1)), size" \
  "$([ "$long" = yes ] && echo '20..120' || echo "$size"), STDTASK_TIME_SCALE=$scale"
echo "1..$count"
i=0
while [ "$i" -lt "$count" ]; do
  s=$((first + i))
  if [ "$long" = yes ] && [ "$seed_given" = no ]; then
    sz=$((20 + (s % 11) * 10))
  else
    sz=$size
  fi
  echo "$s $sz"
  i=$((i + 1))
done | xargs -n 2 -P "$jobs" sh "$0" --host "$host" --save "$save" --one |
awk -v host="$host" '
  /^(not )?ok / {
    n++
    bad = ($1 == "not")
    seed = bad ? $3 : $2; size = bad ? $4 : $3
    note = $0; sub(/^(not )?ok [0-9]+ [0-9]+ ?/, "", note)
    if (bad) {
      fails++
      printf "not ok %d - seed %s size %s: %s\n", n, seed, size, note
      printf "# replay: sh harness/fuzz/run.sh --host %s --seed %s --size %s\n", host, seed, size
    } else {
      printf "ok %d - seed %s size %s (%s)\n", n, seed, size, note
    }
    next
  }
  { print }
  END { if (fails) { printf "# %d failing seed(s)\n", fails; exit 1 } }
'
