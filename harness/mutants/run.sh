#!/bin/sh
# harness/mutants/run.sh [--jobs N] [--full | --quick] [--keep] [MUTANT...]
#
# Validates the validator: builds the reference host unchanged and once per
# semantic mutant (harness/mutants/NAME.patch, a small unified diff against
# reference/ whose first line is "# description: ..."), runs the whole
# conformance catalogue against each through harness/run-prove.sh, and
# prints which scripts kill each mutant.
#
#   1. Every patch is applied (patch -p1, no fuzz) to its own copy of
#      reference/; a patch that does not apply stops the run (exit 2): a
#      stale mutant must be refreshed, never skipped.
#   2. The hosts are built directly with the C compiler (all of
#      reference/src/*.c and reference/host/*.c, -O1, no
#      config.h), two at a time.
#   3. The unmodified reference, built the same way, must pass the whole
#      catalogue under both clocks, or the run stops (exit 2): a failing
#      catalogue would fake kills. (A script failing once and passing on its
#      re-run, see 4, is reported as flaky; the run goes on.)
#   4. Each mutant runs the whole catalogue under the virtual clock (host
#      flag --clock=virtual, STDTASK_CLOCK=virtual: time jumps to the next
#      deadline, and scripts flagged real-time skip), then the real-time
#      scripts under the real clock. A mutant whose patch has the header line
#      "# clock: both" (its mistake only shows in real time), or every
#      mutant with --full, runs the whole catalogue under the real clock too
#      (measured: about twice the time, a few more killers, no more kills).
#      The features claimed are those the reference host prints with
#      --features. Each script is killed after MUTANT_SCRIPT_LIMIT seconds
#      (default 10; the slowest script takes about 1 s): a script killed
#      there hung, which is a kill. The scripts that failed otherwise are run
#      a second time, one at a time; only a script failing both times counts
#      as a kill, so a timing hiccup under load never fakes one.
#
# Output: a table (mutant -> killing scripts, or SURVIVED), the mutants
# killed by only one script (fragile coverage), and a last line
# "N mutants: K killed, S survived". Exit status 1 if a mutant survived.
# The full killer list of every mutant goes to check-mutants.log in the
# current directory. Options:
#   --jobs N     prove jobs per catalogue run (default 4: most scripts wait)
#   --full       every mutant runs the whole catalogue under both clocks
#   --quick      stop at the first stage that kills a mutant (virtual
#                catalogue, then the real-time scripts, then, for "clock:
#                both" mutants, the real catalogue): proves every mutant
#                killed in about a third of the time, but the killer counts
#                are lower bounds and no fragile list is printed (CI)
#   --keep       keep the work directory (the patched trees and the hosts)
#   MUTANT...    only these mutants (names, without .patch)
# Environment: CC (default gcc), MUTANT_SCRIPT_LIMIT, TMPDIR.

set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
top=$(cd "$here/../.." && pwd -P)
jobs=4
keep=0
full=0
quick=0
limit=${MUTANT_SCRIPT_LIMIT:-10}
CC=${CC:-gcc}
log=$PWD/check-mutants.log

usage() {
  echo "usage: $0 [--jobs N] [--full | --quick] [--keep] [MUTANT...]" >&2
  exit 2
}

die() {
  echo "run.sh: $*" >&2
  exit 2
}

# Internal: build one host. $1 = work dir, $2 = name ("reference" builds
# the unmodified tree), then the compiler flags.
if [ "${1-}" = --build-one ]; then
  work=$2 name=$3
  shift 3
  dir=$work/$name
  mkdir -p "$dir"
  cp -R "$top/reference" "$dir/reference"
  if [ "$name" != reference ]; then
    patch -p1 -s -F0 --no-backup-if-mismatch -d "$dir" \
        < "$here/$name.patch" > "$dir/patch.log" 2>&1 || {
      echo "run.sh: $name.patch does not apply to reference/ (stale):" >&2
      cat "$dir/patch.log" >&2
      exit 1
    }
  fi
  # shellcheck disable=SC2086
  "$CC" -O1 -w -I"$dir/reference/include" -I"$dir/reference/src" $CFLAGS_ST \
      "$dir"/reference/src/*.c "$dir"/reference/host/*.c \
      -o "$dir/stdtask-lua" $LIBS_ST -lm > "$dir/build.log" 2>&1 || {
    echo "run.sh: $name does not build:" >&2
    cat "$dir/build.log" >&2
    exit 1
  }
  # The host run-prove.sh calls: the built host under a per-script limit.
  {
    echo '#!/bin/sh'
    echo "exec timeout --foreground -k 5 $limit '$dir/stdtask-lua' \"\$@\""
  } > "$dir/host"
  chmod +x "$dir/host"
  exit 0
fi

while [ $# -gt 0 ]; do
  case $1 in
    -j|--jobs) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    --jobs=*) jobs=${1#--jobs=}; shift ;;
    --keep) keep=1; shift ;;
    --full) full=1; shift ;;
    --quick) quick=1; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
  esac
done
case $jobs in ''|*[!0-9]*) usage ;; esac
[ "$full$quick" != 11 ] || usage
case $limit in ''|*[!0-9]*) die "MUTANT_SCRIPT_LIMIT must be a number of seconds" ;; esac

for tool in patch prove timeout pkg-config "$CC"; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done
CFLAGS_ST=$(pkg-config --cflags lua5.4 libuv) || die "pkg-config: lua5.4 or libuv missing"
LIBS_ST=$(pkg-config --libs lua5.4 libuv)
export CFLAGS_ST LIBS_ST CC limit

if [ $# -gt 0 ]; then
  names=$*
  for n in $names; do
    [ -f "$here/$n.patch" ] || die "no mutant $n ($here/$n.patch)"
  done
else
  names=$(cd "$here" && find . -name '*.patch' | sed 's|^\./||; s|\.patch$||' |
    LC_ALL=C sort)
  [ -n "$names" ] || die "no mutants in $here"
fi
for n in $names; do
  sed -n 1p "$here/$n.patch" | grep -q '^# description: ..' ||
    die "$n.patch: the first line must be '# description: ...'"
done

start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-mutants.XXXXXX")
if [ "$keep" = 1 ]; then
  trap 'echo "run.sh: work directory kept: $work" >&2' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM

count=$(echo "$names" | wc -w | tr -d ' ')
echo "run.sh: building the reference and $count mutants (2 at a time)"
# shellcheck disable=SC2086
printf '%s\n' reference $names |
  xargs -P 2 -I NAME sh "$0" --build-one "$work" NAME ||
  die "build failed (see above)"

# run NAME CLOCK OUT [SCRIPT...]: the catalogue (or the scripts) against a
# host under a clock; leaves the failing scripts, one a line, in OUT.
run() {
  name=$1 clock=$2 out=$3
  shift 3
  if [ "$clock" = virtual ]; then
    set -- --host-arg --clock=virtual --clock virtual \
      --features "$features_virtual" "$@"
  else
    set -- --clock real --features "$features_real" "$@"
  fi
  sh "$top/harness/run-prove.sh" --host "$work/$name/host" --jobs "$jobs" \
    "$@" > "$out.prove" 2>&1 || true
  sed -n 's/^\(conformance\/[^ ]*\.lua\) *(Wstat.*/\1/p' "$out.prove" |
    LC_ALL=C sort -u > "$out"
  grep -q '^Result: ' "$out.prove" ||
    die "run-prove.sh did not run for $name ($clock):
$(cat "$out.prove")"
}

# kills NAME MODE: the catalogue under the virtual clock, then under the
# real clock either every script (MODE both) or the real-time ones. A
# script that hung (killed at the limit) is a kill; any other failure is
# confirmed by a second run of the failing scripts, one at a time. Leaves
# the killers of each clock in $work/NAME/killers.CLOCK; prints them all.
# With --quick, a stage that kills ends the mutant's run: the virtual
# catalogue, then the real-time scripts, then (MODE both) the rest.
kills() {
  name=$1 mode=$2
  d=$work/$name
  : > "$d/killers.virtual"
  : > "$d/killers.real"
  for clock in virtual real; do
    if [ "$quick" = 1 ] && [ -s "$d/killers.virtual" ]; then
      break
    fi
    if [ "$clock" = real ] && { [ "$mode" != both ] || [ "$quick" = 1 ]; }; then
      [ -s "$work/realtime" ] || continue
      # shellcheck disable=SC2046
      run "$name" "$clock" "$d/$clock.1" $(cat "$work/realtime")
    else
      run "$name" "$clock" "$d/$clock.1"
    fi
    confirm "$name" "$clock"
    if [ "$clock" = real ] && [ "$mode" = both ] && [ "$quick" = 1 ] &&
        [ ! -s "$d/killers.real" ]; then
      run "$name" "$clock" "$d/$clock.1"
      confirm "$name" "$clock"
    fi
  done
  cat "$d/killers.virtual" "$d/killers.real" |
    sed 's|^conformance/||; s|\.lua$||' | LC_ALL=C sort -u
}

# confirm NAME CLOCK: the killers among the failures of $d/CLOCK.1 (hung,
# or failed again when run alone) into $d/killers.CLOCK.
confirm() {
  name=$1 clock=$2
  d=$work/$name
  : > "$d/killers.$clock"
  [ -s "$d/$clock.1" ] || return 0
  sed -n 's/^\(conformance\/[^ ]*\.lua\) *(Wstat: [0-9]* (exited \(124\|137\)).*/\1/p' \
    "$d/$clock.1.prove" | LC_ALL=C sort -u > "$d/$clock.hung"
  LC_ALL=C comm -23 "$d/$clock.1" "$d/$clock.hung" > "$d/$clock.recheck"
  cp "$d/$clock.hung" "$d/killers.$clock"
  [ -s "$d/$clock.recheck" ] || return 0
  saved=$jobs
  jobs=1
  # shellcheck disable=SC2046
  run "$name" "$clock" "$d/$clock.2" $(sed "s|^|$top/|" "$d/$clock.recheck")
  jobs=$saved
  LC_ALL=C comm -12 "$d/$clock.recheck" "$d/$clock.2" >> "$d/killers.$clock"
}

# The scripts flagged real-time, by their front matter (as
# harness/with-timeout.sh reads it).
find "$top/conformance" -name '*.lua' ! -path "$top/conformance/lib/*" |
  LC_ALL=C sort | while IFS= read -r f; do
    if sed -n '/^--\[\[---/,/^---\]\]/p' "$f" | grep -q '^flags:.*real-time'; then
      echo "$f"
    fi
  done > "$work/realtime"

# The optional features the reference host claims (as make check does);
# virtual-clock only in that mode.
features_virtual=$("$work/reference/stdtask-lua" --features | paste -sd, -)
features_real=$(echo "$features_virtual" | tr , '\n' | grep -vx virtual-clock |
  paste -sd, -) || true
echo "run.sh: the unmodified reference must pass everything" \
  "(features: $features_virtual)"
kills reference both > "$work/reference.kills"
if [ -s "$work/reference.kills" ]; then
  echo "run.sh: the reference fails, twice, under its own catalogue:" >&2
  sed 's/^/  /' "$work/reference.kills" >&2
  die "a failing catalogue would fake kills: fix it first"
fi
refflaky=$(cat "$work/reference/virtual.1" "$work/reference/real.1" | sed 's|^conformance/||; s|\.lua$||')
if [ -n "$refflaky" ]; then
  echo "run.sh: warning: these scripts failed once against the reference and" \
    "passed on the re-run (timing under load); only a failure that repeats" \
    "counts as a kill:" >&2
  echo "$refflaky" | sed 's/^/  /' >&2
fi

{
  echo "# check-mutants.log: every script that killed each mutant"
  echo "# (run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), limit ${limit} s/script)"
} > "$log"
printf '\n%-32s %s\n' mutant "killed by"
killed=0 survived=0 fragile=
for n in $names; do
  mode=virtual
  if [ "$full" = 1 ] || sed -n '2,5p' "$here/$n.patch" | grep -q '^# clock: both'; then
    mode=both
  fi
  kills "$n" "$mode" > "$work/$n.kills"
  k=$(wc -l < "$work/$n.kills" | tr -d ' ')
  desc=$(sed -n '1s/^# description: //p' "$here/$n.patch")
  flaky=$( (cat "$work/$n/virtual.1" "$work/$n/real.1" 2>/dev/null || true) | wc -l | tr -d ' ')
  if [ "$k" -eq 0 ]; then
    survived=$((survived + 1))
    if [ "$flaky" -gt 0 ]; then
      line="SURVIVED (failed once, not on the re-run: $flaky scripts)"
    else
      line="SURVIVED"
    fi
  else
    killed=$((killed + 1))
    first=$(head -n 3 "$work/$n.kills" | tr '\n' ' ' | sed 's/ $//; s/ /, /g')
    if [ "$k" -gt 3 ]; then
      line="$k: $first, ..."
    else
      line="$k: $first"
    fi
    [ "$k" -ne 1 ] || fragile="$fragile
  $n: $(cat "$work/$n.kills")"
  fi
  printf '%-32s %s\n' "$n" "$line"
  {
    printf '\n%s: %s\n' "$n" "$desc"
    echo "  (virtual clock: whole catalogue; real clock:" \
      "$( [ "$quick" = 1 ] && echo "--quick, only if needed" ||
        { [ "$mode" = both ] && echo "whole catalogue"; } ||
        echo "real-time scripts")," \
      "$(wc -l < "$work/$n/killers.virtual" | tr -d ' ') and" \
      "$(wc -l < "$work/$n/killers.real" | tr -d ' ') killers)"
    if [ "$k" -eq 0 ]; then echo "  SURVIVED"; else sed 's/^/  /' "$work/$n.kills"; fi
  } >> "$log"
done

echo
if [ "$quick" = 1 ]; then
  echo "(--quick: each mutant ran until a stage killed it; the counts are" \
    "lower bounds, run without --quick for the full kill table)"
elif [ -n "$fragile" ]; then
  echo "fragile (killed by one script only):$fragile"
else
  echo "fragile (killed by one script only): none"
fi
end=$(date +%s)
echo "killer lists: $log; time: $((end - start)) s"
echo "$count mutants: $killed killed, $survived survived"
[ "$survived" -eq 0 ]
