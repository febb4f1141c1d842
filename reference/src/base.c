/*
 * base.c -- the bottom layer, lauxlib's role for the rest: the runtime
 * record from a Lua state, its registry anchor, task names, argument
 * errors that name the std.task function, and the check that the caller
 * is a fiber allowed to suspend.
 */
#include <string.h>

#include "stdtask-int.h"

/* Registry key of the runtime's anchor userdata: its address. */
const char st_base_anchor_key = 'k';


st_rt *st_base_rt(lua_State *L) {
  return lua_touserdata(L, lua_upvalueindex(1));
}


/* fn(rt) under lua_pcall: every entry from libuv or the host into Lua
 * runs so, so that an allocation failure raises instead of panicking.
 * The error, out of memory in the runtime's own code, has no one to be
 * reported to: it is dropped. */
int st_base_protect(st_rt *rt, lua_CFunction fn) {
  lua_State *L = rt->L;
  int rc;

  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, rt);
  rc = lua_pcall(L, 1, 0, 0);
  if (rc != LUA_OK)
    lua_pop(L, 1);
  return rc;
}


/* lauxlib's luaL_argerror, but naming `fname` whatever the call syntax:
 * pcall(std.task.sleep, "x") still reads "bad argument #1 to 'sleep'". */
int st_base_argerror(lua_State *L, int arg, const char *fname,
                    const char *msg) {
  lua_Debug ar;

  if (lua_getstack(L, 0, &ar)) {
    lua_getinfo(L, "n", &ar);
    if (ar.namewhat != NULL && strcmp(ar.namewhat, "method") == 0
        && arg > 1)
      arg--;
  }
  return luaL_error(L, "bad argument #%d to '%s' (%s)", arg, fname, msg);
}


int st_base_typeerror(lua_State *L, int arg, const char *fname,
                     const char *tname) {
  const char *got;

  if (luaL_getmetafield(L, arg, "__name") == LUA_TSTRING)
    got = lua_tostring(L, -1);
  else if (lua_type(L, arg) == LUA_TLIGHTUSERDATA)
    got = "light userdata";
  else
    got = luaL_typename(L, arg);
  return st_base_argerror(L, arg, fname,
                         lua_pushfstring(L, "%s expected, got %s", tname,
                                         got));
}


/* The fields of spawn's and Scope:spawn's opts. */
const char *const st_base_spawn_opts[] = {"name", "driver", NULL};


/* Reject a key of the opts table at arg that is not in known (a NULL-ended
 * list): a misspelt field would be ignored silently (ARGS-16).  Raw keys:
 * what the script wrote. */
void st_base_checkopts(lua_State *L, int arg, const char *fname,
                      const char *const *known) {
  arg = lua_absindex(L, arg);
  luaL_checkstack(L, 3, NULL);
  lua_pushnil(L);
  while (lua_next(L, arg) != 0) {
    const char *const *k = known;
    lua_pop(L, 1);  /* the value */
    if (lua_type(L, -1) != LUA_TSTRING)
      st_base_argerror(L, arg, fname, lua_pushfstring(L,
          "unknown option (a %s key)", luaL_typename(L, -1)));
    while (*k != NULL && strcmp(*k, lua_tostring(L, -1)) != 0)
      k++;
    if (*k == NULL)
      st_base_argerror(L, arg, fname, lua_pushfstring(L,
          "unknown option '%s'", lua_tostring(L, -1)));
  }
}


/* The userdata at arg, whose metatable must be upvalue 1 of the running
 * method (every method closure carries its type's metatable: cheaper than
 * luaL_testudata's registry lookup by name). */
void *st_base_checkud(lua_State *L, int arg, const char *mt,
                     const char *fname) {
  void *p = lua_touserdata(L, arg);

  if (p != NULL && lua_getmetatable(L, arg)) {
    int same = lua_rawequal(L, -1, lua_upvalueindex(1));
    lua_pop(L, 1);
    if (same)
      return p;
  }
  st_base_typeerror(L, arg, fname, mt);
  return NULL;
}


/* Raise for a method called on an object whose finalizer ran (legal in
 * Lua: a finalizer may store it again), as liolib does for a closed file. */
int st_base_finalized(lua_State *L, const char *fname, const char *tname) {
  return luaL_error(L, "%s: attempt to use a finalized %s", fname, tname);
}


/* The task running L, which must be allowed to suspend here. */
st_task *st_base_fiber(lua_State *L, st_rt *rt, const char *fname) {
  st_task *cur = rt != NULL ? rt->current : NULL;

  if (cur == NULL) {
    luaL_error(L, "%s: not inside a std.task task or main chunk", fname);
    return NULL;  /* not reached */
  }
  if (cur->flags & ST_F_CLOSING)
    luaL_error(L, "%s: cannot suspend in a <close> handler run by an "
               "abort or a failure", fname);
  if (cur->co != L)
    luaL_error(L, "%s: cannot suspend the task from inside a nested "
               "coroutine", fname);
  /* Before any wait is registered: a yield that fails must leave no
   * timer or queue entry behind. */
  if (!lua_isyieldable(L))
    luaL_error(L, "%s: cannot suspend across a C call (a metamethod, an "
               "iterator or a callback such as table.sort's)", fname);
  return cur;
}


/* [-0, +1] Push the runtime's anchor userdata (ST_AV_* user values). */
void st_base_push_anchor(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key);
}


/* [-0, +1] Push the name of the task record at rec, or nil. */
void st_base_push_name(lua_State *L, int rec) {
  rec = lua_absindex(L, rec);
  st_base_push_anchor(L);
  lua_getiuservalue(L, -1, ST_AV_NAMES);
  lua_pushvalue(L, rec);
  lua_rawget(L, -2);
  lua_replace(L, -3);
  lua_pop(L, 1);
}


/* The name of alive task t (NULL: none) and its length, which counts
 * embedded NULs; valid while t is alive (the names table keeps it). */
const char *st_base_task_name_len(st_task *t, size_t *len) {
  lua_State *L;
  const char *name;

  *len = 0;
  if (t == NULL || t->rt == NULL || t->ref == LUA_NOREF)
    return NULL;
  L = t->rt->L;
  lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);
  st_base_push_name(L, -1);
  name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, len) : NULL;
  lua_pop(L, 2);
  return name;
}


/* The same, for a C string reader. */
const char *st_base_task_name(st_task *t) {
  size_t len;

  return st_base_task_name_len(t, &len);
}


/* [-0, +0] The runtime record of L, or NULL if std.task is not there. */
st_rt *st_base_find_rt(lua_State *L) {
  st_rt *rt = NULL;

  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key) == LUA_TUSERDATA)
    rt = lua_touserdata(L, -1);  /* the record opens the anchor */
  lua_pop(L, 1);
  return rt != NULL && rt->gone ? NULL : rt;
}


/* Run fn under lua_pcall with a light userdata argument; returns its
 * integer result, or STDTASK_ENOMEM if it raised. */
int st_base_pcall(lua_State *L, lua_CFunction fn, void *ud) {
  int rc;

  if (!lua_checkstack(L, 3))
    return STDTASK_ENOMEM;
  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, ud);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    lua_pop(L, 1);
    return STDTASK_ENOMEM;
  }
  rc = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  return rc;
}
