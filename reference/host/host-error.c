/*
 * host-error.c -- the reports the reference host and the module print for
 * a failure nobody joined and for a deadlock, and how they word an error
 * value in them: as the stock interpreter (lua.c) does.  Built into both
 * (reference/host/local.mk, reference/lua/local.mk) on the public API
 * only: the library below never calls up into it.
 */
#include <stdio.h>

#include <lua.h>
#include <lauxlib.h>

#include "host-error.h"


/* lua.c's message handler, run protected: a string or number as it is; a
 * string from __tostring, then true (lua.c shows no traceback for it);
 * else "(error object is a T value)". */
static int describe_p(lua_State *L) {
  int t = lua_type(L, 1);

  if (t == LUA_TSTRING || t == LUA_TNUMBER) {
    lua_pushvalue(L, 1);
    lua_tostring(L, -1);  /* converts the copy, not the value */
    return 1;
  }
  if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
    lua_pushboolean(L, 1);
    return 2;
  }
  lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  return 1;
}


/* Push the report of an error value at v with its traceback at tb (a
 * string starting with the message of a string error, else with "stack
 * traceback:"; or nil), worded as the stock interpreter words it. */
const char *host_error_push(lua_State *L, int v, int tb) {
  v = lua_absindex(L, v);
  tb = lua_absindex(L, tb);
  if (lua_type(L, v) == LUA_TSTRING) {
    lua_pushvalue(L, lua_type(L, tb) == LUA_TSTRING ? tb : v);
    return lua_tostring(L, -1);
  }
  lua_pushcfunction(L, describe_p);
  lua_pushvalue(L, v);
  if (lua_pcall(L, 1, 2, 0) != LUA_OK) {  /* a failing __tostring */
    lua_pop(L, 1);
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, v));
    lua_pushnil(L);
  }
  if (lua_toboolean(L, -1) || lua_type(L, tb) != LUA_TSTRING) {
    lua_pop(L, 1);
    return lua_tostring(L, -1);
  }
  lua_pop(L, 1);
  lua_pushliteral(L, "\n");
  lua_pushvalue(L, tb);
  lua_concat(L, 3);
  return lua_tostring(L, -1);
}


/* A stdtask_unjoined_fn; ud is a host_reporter.  The error value is at
 * -2, its traceback at -1 (a string, or nil): left where they are. */
static void report_unjoined(void *ud, lua_State *L, unsigned long long id,
                            const char *name) {
  const host_reporter *r = ud;
  int top = lua_gettop(L);

  fprintf(stderr, "%s: task #%llu%s%s%s failed and was never joined: %s\n",
          r->prog, id, name ? " (" : "", name ? name : "", name ? ")" : "",
          host_error_push(L, top - 1, top));
  lua_settop(L, top);
  fflush(stderr);
}


/* A stdtask_stuck_fn; ud is a host_reporter.  Task 0 is the main chunk. */
static void report_stuck(void *ud, unsigned long long id, const char *name,
                         const char *what) {
  const host_reporter *r = ud;

  if (id == 0)
    fprintf(stderr, "%s: deadlock: the %s waits on %s\n", r->prog,
            r->main_name, what);
  else
    fprintf(stderr, "%s: deadlock: task #%llu%s%s%s waits on %s\n", r->prog,
            id, name ? " (" : "", name ? name : "", name ? ")" : "", what);
}


void host_report_set_hooks(stdtask_runtime *rt, host_reporter *r) {
  stdtask_unjoined_set_hook(rt, report_unjoined, r);
  stdtask_stuck_set_hook(rt, report_stuck, r);
}
