#!/bin/sh
# vg-host.sh LIBTOOL PROGRAM [ARG...]
#
# Runs PROGRAM (a libtool-built program: the host, a unit test, the OOM
# host) under valgrind memcheck through `LIBTOOL --mode=execute`, and fails
# when any process it started reports a memory error or a definite or
# indirect leak. Children are traced too (a catalogue script that runs the
# host again through io.popen gets its own memcheck), and every process
# logs to its own file, never to the script's stderr, which scripts read.
#
# The exit status is PROGRAM's, or 1 when a log holds an error; the logs of
# the failing processes are copied to stderr. Valgrind's own exit status is
# not used for that: a host test expects particular codes from its child.
#
# Environment:
#   VALGRIND        the valgrind command (default valgrind)
#   VALGRIND_FLAGS  extra options, e.g. --gen-suppressions=all
#   VG_KEEP_LOGS    a directory: keep every log there instead of deleting

set -u

[ $# -ge 2 ] || { echo "usage: vg-host.sh LIBTOOL PROGRAM [ARG...]" >&2; exit 99; }
libtool=$1
shift

# A host started by a script that already runs under this wrapper (the
# catalogue's spawns-host scripts) is traced by that valgrind already
# (--trace-children): valgrind under valgrind would only fail.
if [ "${STDTASK_VG_ACTIVE-}" = 1 ]; then
  exec "$libtool" --mode=execute "$@"
fi
STDTASK_VG_ACTIVE=1
export STDTASK_VG_ACTIVE

here=$(cd "$(dirname "$0")" && pwd -P)
logdir=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-vg.XXXXXX") || exit 99
trap 'rm -rf "$logdir"' EXIT
trap 'exit 130' INT TERM

# Children that are shells or coreutils are skipped: only their own children
# would matter, and valgrind cannot follow past a skipped process, so the
# list names only programs that never start the host.
skip='*/rm,*/cat,*/mktemp,*/sed,*/grep,*/awk,*/mawk,*/gawk,*/true,*/false'

# shellcheck disable=SC2086
"$libtool" --mode=execute ${VALGRIND:-valgrind} \
  --tool=memcheck \
  --trace-children=yes --trace-children-skip="$skip" \
  --log-file="$logdir/vg.%p.log" \
  --error-exitcode=97 \
  --leak-check=full \
  --show-leak-kinds=definite,indirect \
  --errors-for-leak-kinds=definite,indirect \
  --track-origins=no \
  --num-callers=30 \
  --suppressions="$here/stdtask.supp" \
  ${VALGRIND_FLAGS-} \
  "$@"
rc=$?

bad=0
for log in "$logdir"/vg.*.log; do
  [ -f "$log" ] || continue
  # Only the logs of programs we built count: a shell or timeout(1) that
  # leaks at exit is not ours to fix.
  cmd=$(sed -n 's/^==[0-9]*== Command: \([^ ]*\).*/\1/p' "$log" | sed -n 1p)
  case $cmd in
    /bin/*|/usr/*|/sbin/*|/lib/*) continue ;;
  esac
  if grep -q 'ERROR SUMMARY: [1-9]' "$log"; then
    bad=1
    echo "vg-host.sh: memcheck found errors ($log):" >&2
    cat "$log" >&2
  fi
done
if [ -n "${VG_KEEP_LOGS-}" ]; then
  mkdir -p "$VG_KEEP_LOGS" && cp "$logdir"/vg.*.log "$VG_KEEP_LOGS"/ 2>/dev/null
fi
[ "$bad" -eq 0 ] || exit 1
exit "$rc"
