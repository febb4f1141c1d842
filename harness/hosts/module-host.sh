#!/bin/sh
# module-host.sh SCRIPT [ARG...]: the catalogue's second host, the stock
# lua5.4 with the loadable module.  STDTASK_MODULE_DIR names the directory
# holding stdtask.so (make check sets it to the build's).
here=$(cd "$(dirname "$0")" && pwd -P)
dir=${STDTASK_MODULE_DIR:-$here/../../reference/lua/.libs}
LUA_CPATH="$dir/?.so;${LUA_CPATH:-;}"
LUA_CPATH_5_4=$LUA_CPATH
STDTASK_MODULE_HOST=$here/module-host.sh
export LUA_CPATH LUA_CPATH_5_4 STDTASK_MODULE_HOST
lua=$(command -v lua5.4 || command -v lua) || {
  echo "module-host.sh: no lua5.4 interpreter" >&2
  exit 127
}
exec "$lua" "$here/module-host.lua" "$@"
