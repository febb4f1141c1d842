/*
 * main.c -- an embedder of libstdtask: runs a Lua script with std.task and
 * a small TCP library (net.c) whose accept, connect, read and write are
 * host-defined waits.  The host's whole job, in the order lua.c and
 * stdtask-lua do it: a state, the libraries, a loop, the runtime, the
 * script as main chunk, run, report, and a teardown that frees it all.
 *
 *   embed-tcp SCRIPT
 */
#include <stdio.h>

#include <lauxlib.h>
#include <lualib.h>

#include "net.h"
#include "stdtask.h"

static int report(lua_State *L, int rc, stdtask_runtime *rt) {
  if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(rt);
    fprintf(stderr, "embed-tcp: %s\n", luaL_tolstring(L, -2, NULL));
    lua_settop(L, 0);
  } else if (rc != 0) {
    fprintf(stderr, "embed-tcp: %s\n", stdtask_strerror(rc));
  }
  return rc == 0 ? 0 : 1;
}


int main(int argc, char **argv) {
  lua_State *L;
  uv_loop_t loop;
  stdtask_runtime *rt = NULL;
  int status = 1, rc;

  if (argc != 2) {
    fprintf(stderr, "usage: embed-tcp SCRIPT\n");
    return 2;
  }
  L = luaL_newstate();
  if (L == NULL || uv_loop_init(&loop) != 0)
    return 1;
  luaL_openlibs(L);
  lua_newtable(L);
  lua_setglobal(L, "std");
  if (stdtask_register(L) == 0 && net_open(L, &loop) == 0
      && stdtask_runtime_new(L, &loop, &rt) == 0) {
    if (luaL_loadfile(L, argv[1]) != LUA_OK) {
      fprintf(stderr, "embed-tcp: %s\n", lua_tostring(L, -1));
    } else {
      rc = stdtask_runtime_start(rt, 0);
      if (rc == 0)
        rc = stdtask_runtime_run(rt);
      status = report(L, rc, rt);
    }
  }
  if (rt != NULL)
    stdtask_runtime_free(rt);
  uv_run(&loop, UV_RUN_DEFAULT);  /* the close callbacks free the sockets */
  lua_close(L);
  uv_run(&loop, UV_RUN_DEFAULT);  /* sockets the collector closed */
  if (uv_loop_close(&loop) != 0) {
    fprintf(stderr, "embed-tcp: loop not closed cleanly\n");
    status = 1;
  }
  return status;
}
