#!/bin/sh
# TAP test: the reference host's messages for bad options name what is
# wrong (the value, not the option; the reason a file cannot be opened),
# and scope's argument errors say what the call needs.

host=${STDTASK_HOST:-reference/host/stdtask-lua}
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-options.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo 'print("ran")' > "$work/ok.lua"

echo "1..10"
n=0
# expect DESC STATUS TEXT ARG...: the host run with ARG... exits with
# STATUS and its standard error (and output) contains TEXT.
expect() {
  desc=$1 want_rc=$2 text=$3
  shift 3
  n=$((n + 1))
  # shellcheck disable=SC2086
  $host "$@" > "$work/out" 2>&1
  rc=$?
  if [ "$rc" = "$want_rc" ] && grep -qF -- "$text" "$work/out"; then
    echo "ok $n - $desc"
  else
    echo "not ok $n - $desc: want status $want_rc and \"$text\", got $rc:"
    sed 's/^/#   /' "$work/out"
  fi
}

expect "--trace-format=xml: the value is wrong" 1 \
  "stdtask-lua: bad --trace-format value 'xml' (expected json, text or chrome)" \
  --trace-format=xml "$work/ok.lua"
expect "--driver=fibre: the value is wrong" 1 \
  "stdtask-lua: bad --driver value 'fibre' (expected async_fn or coroutine)" \
  --driver=fibre "$work/ok.lua"
expect "--clock=wall: the value is wrong" 1 \
  "stdtask-lua: bad --clock value 'wall' (expected real or virtual)" \
  --clock=wall "$work/ok.lua"
expect "--trace=FILE that cannot be opened: the reason" 1 \
  "stdtask-lua: cannot open '$work/none/x' for the trace: No such file or directory" \
  --trace="$work/none/x" "$work/ok.lua"
expect "an unknown option is still one" 1 \
  "stdtask-lua: unknown option '--trace-fromat=json'" \
  --trace-fromat=json "$work/ok.lua"
expect "good values are still taken" 0 "ran" \
  --trace-format=text --driver=coroutine --clock=virtual "$work/ok.lua"
expect "scope(5): a function is what the call needs" 1 \
  "bad argument #1 to 'scope' (function expected, got number)" \
  -e 'std.task.scope(5)'
expect "scope(): a function is what the call needs" 1 \
  "bad argument #1 to 'scope' (function expected, got no value)" \
  -e 'std.task.scope()'
expect "scope(5, f): a name is what the first argument must be" 1 \
  "bad argument #1 to 'scope' (string expected, got number)" \
  -e 'std.task.scope(5, print)'
expect "scope(\"n\"): the body is missing" 1 \
  "bad argument #2 to 'scope' (function expected, got no value)" \
  -e 'std.task.scope("n")'
