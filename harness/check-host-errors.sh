#!/bin/sh
# TAP test: the reference host (main chunk, unjoined task) and the module's
# unjoined-failure report word every error value as the stock lua5.4 does
# (lua.c's message handler): the text of a string or number, a string from
# __tostring (without a traceback), else "(error object is a T value)".
# Each expected line is written out here and, when lua5.4 is installed,
# checked against what lua5.4 prints for the same value.

srcdir=${srcdir:-.}
host=${STDTASK_HOST:-reference/host/stdtask-lua}
lua=${LUA:-lua5.4}
work=$(mktemp -d "${TMPDIR:-/tmp}/stdtask-errors.XXXXXX")
trap 'rm -rf "$work"' EXIT

# value expression | the message | "tb" if a traceback follows
cases='42|42|tb
4.5|4.5|tb
{code = 7}|(error object is a table value)|tb
nil|(error object is a nil value)|tb
|(error object is a nil value)|tb
true|(error object is a boolean value)|tb
setmetatable({}, {__tostring = function() return "custom E" end})|custom E|
setmetatable({}, {__tostring = function() return 1 end})|(error object is a table value)|tb
"plain"|plain|tb'

have_lua=no
command -v "$lua" > /dev/null 2>&1 && have_lua=yes
have_module=no
if [ "$have_lua" = yes ] && [ -n "${STDTASK_MODULE_DIR-}" ] \
    && [ "${STDTASK_SANITIZERS-}" != yes ]; then
  have_module=yes
fi
echo "1..$(( $(printf '%s\n' "$cases" | wc -l) * 4 ))"

n=0
# check WHAT FILE PREFIX MESSAGE TB: FILE's first line is PREFIX MESSAGE,
# its second "stack traceback:" exactly when TB is "tb".
check() {
  n=$((n + 1))
  first=$(sed -n 1p "$2") second=$(sed -n 2p "$2")
  if [ "$5" = tb ]; then want2='stack traceback:'; else want2=; fi
  if [ "$first" = "$3$4" ] && [ "$second" = "$want2" ]; then
    echo "ok $n - $1: $first"
  else
    echo "not ok $n - $1"
    echo "#   want: $3$4${want2:+ / $want2}"
    echo "#   got:  $first / $second"
  fi
}
skip() { n=$((n + 1)); echo "ok $n # SKIP $1"; }

printf '%s\n' "$cases" | {
  while IFS='|' read -r value msg tb; do
    call="error($value, 0)"
    [ -n "$value" ] || call="error()"
    printf '%s\n' "$call" > "$work/main.lua"
    printf 'std.task.spawn(function() %s end)\n' "$call" > "$work/task.lua"
    printf 'local task = require "stdtask"\ntask.run(function()\n  task.spawn(function() %s end)\nend)\n' \
      "$call" > "$work/module.lua"
    if [ "$have_lua" = yes ]; then
      "$lua" "$work/main.lua" 2> "$work/err" > /dev/null
      check "$lua, $call" "$work/err" "$lua: " "$msg" "$tb"
    else
      skip "$lua not installed"
    fi
    # shellcheck disable=SC2086
    $host "$work/main.lua" 2> "$work/err" > /dev/null
    check "host, main chunk, $call" "$work/err" "stdtask-lua: " \
      "$msg" "$tb"
    # shellcheck disable=SC2086
    $host "$work/task.lua" 2> "$work/err" > /dev/null
    check "host, unjoined task, $call" "$work/err" \
      "stdtask-lua: task #1 failed and was never joined: " "$msg" "$tb"
    if [ "$have_module" = yes ]; then
      LUA_CPATH="$STDTASK_MODULE_DIR/?.so" "$lua" "$work/module.lua" \
        2> "$work/err" > /dev/null
      check "module, unjoined task, $call" "$work/err" \
        "stdtask: task #1 failed and was never joined: " "$msg" "$tb"
    else
      skip "the module needs $lua and a build without sanitizers"
    fi
  done
}
