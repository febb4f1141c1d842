#!/bin/sh
# quick.sh -- TAP: the allocation-failure sweep of every harness/oom
# workload, both modes, every 5th request (make check-oom-quick; meant for
# make check once the library passes it). The host is $OOM_HOST, else
# harness/oom/oom-host in the current (build) directory.
here=$(cd "$(dirname "$0")" && pwd -P)
exec sh "$here/run.sh" --host "${OOM_HOST:-harness/oom/oom-host}" --quick
