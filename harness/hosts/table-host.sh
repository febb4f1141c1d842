#!/bin/sh
# table-host.sh SCRIPT [ARG...]: a test host whose std.task objects are
# tables, as a host written in pure Lua would make them: the module host
# (lua5.4 + require "stdtask") behind table-host.lua, which wraps every
# Handle, Scope and CancelToken in a table with a metatable that forwards
# to it. The catalogue must pass it (spec ARGS-14, ARGS-15): no script may
# fail a host for its objects' representation.
here=$(cd "$(dirname "$0")" && pwd -P)
dir=${STDTASK_MODULE_DIR:-$here/../../reference/lua/.libs}
LUA_CPATH="$dir/?.so;${LUA_CPATH:-;}"
LUA_CPATH_5_4=$LUA_CPATH
STDTASK_MODULE_HOST=$here/table-host.sh
export LUA_CPATH LUA_CPATH_5_4 STDTASK_MODULE_HOST
lua=$(command -v lua5.4 || command -v lua) || {
  echo "table-host.sh: no lua5.4 interpreter" >&2
  exit 127
}
exec "$lua" "$here/table-host.lua" "$@"
