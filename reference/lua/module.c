/*
 * module.c -- std.task for the stock interpreter: `require "stdtask"`.
 *
 *   local task = require "stdtask"
 *   task.run(function() ... end)
 *
 * run(fn, ...) runs fn as the main chunk on a private libuv loop with the
 * semantics of the reference host: the root scope drains before run
 * returns, and an error of fn (or a deadlock) is raised from run.  Built
 * on the public API only.
 */
#include <stdlib.h>

#include <lua.h>
#include <lauxlib.h>
#include <uv.h>

#include "stdtask.h"
#include "host-error.h"
#include "testhost.h"

#if defined(__GNUC__) && __GNUC__ >= 4
# define MODULE_EXPORT __attribute__((visibility("default")))
#else
# define MODULE_EXPORT
#endif

MODULE_EXPORT int luaopen_stdtask(lua_State *L);


/* Its reports name it as `require` does, and fn as the main function. */
static host_reporter reporter = { "stdtask", "main function" };


/* Close the loop once the runtime's handles are gone. */
static void close_loop(uv_loop_t *loop) {
  uv_run(loop, UV_RUN_DEFAULT);
  if (uv_loop_close(loop) == 0)
    free(loop);  /* else a host handle is still open: leak, never crash */
}


static int task_run(lua_State *L) {
  int n = lua_gettop(L), rc;
  uv_loop_t *loop;
  stdtask_runtime *rt;
  lua_State *main;

  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
  main = lua_tothread(L, -1);
  lua_pop(L, 1);
  loop = malloc(sizeof *loop);
  if (loop == NULL || uv_loop_init(loop) != 0) {
    free(loop);
    return luaL_error(L, "run: cannot create a libuv loop");
  }
  rc = stdtask_runtime_new(L, loop, &rt);
  if (rc != 0) {
    close_loop(loop);
    return luaL_error(L, "run: %s", stdtask_strerror(rc));
  }
  host_report_set_hooks(rt, &reporter);
  if (L != main) {
    luaL_checkstack(main, n, "too many arguments");
    lua_xmove(L, main, n);
  }
  rc = stdtask_runtime_start(rt, n - 1);
  if (rc == 0)
    rc = stdtask_runtime_run(rt);
  if (rc == STDTASK_EMAIN || rc == STDTASK_EINTR) {
    stdtask_runtime_push_error(rt);  /* value, traceback */
    lua_pop(main, 1);
    if (L != main)
      lua_xmove(main, L, 1);
  }
  stdtask_runtime_free(rt);
  close_loop(loop);
  if (rc == STDTASK_EMAIN || (rc == STDTASK_EINTR && !lua_isnil(L, -1)))
    return lua_error(L);
  if (rc != 0)
    return luaL_error(L, "run: %s", stdtask_strerror(rc));
  return 0;
}


/* require "stdtask.testhost": the test object of the conformance
 * feature host-waits (spec part 10), waits on the loop of task.run. */
static int open_testhost(lua_State *L) {
  return testhost_push(L);
}


int luaopen_stdtask(lua_State *L) {
  if (stdtask_open(L) != 0)
    return luaL_error(L, "stdtask: cannot set up std.task");
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, open_testhost);
  lua_setfield(L, -2, "stdtask.testhost");
  lua_pop(L, 1);
  lua_pushcfunction(L, task_run);
  lua_setfield(L, -2, "run");
  lua_pushliteral(L, STDTASK_VERSION_STRING);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
