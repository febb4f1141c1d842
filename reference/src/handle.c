/*
 * handle.c -- Handle (a spawned task's record, seen from Lua), the
 * outcome join delivers, and unjoined-failure reports.
 */
#include <string.h>

#include "stdtask-int.h"


/* Push t's outcome as join sees it: its results, or raise its error. */
int st_handle_push_outcome(lua_State *L, st_task *t, int rec) {
  int n;

  t->flags |= ST_F_OBSERVED;
  if (t->outcome == ST_OUT_ABORTED)
    return luaL_error(L, "%s", ST_MSG_ABORTED);
  n = st_task_push_values(L, t, rec);
  if (t->outcome == ST_OUT_ERR)
    return lua_error(L);
  return n;
}


/* Report t's failure to rt's unjoined hook if nobody saw it: a failure
 * that is not the cancellation error leaves its traceback in the failed
 * table, whose entry this removes.  The record is at index rec. */
void st_handle_report(lua_State *L, st_rt *rt, st_task *t, int rec) {
  if (rt->unjoined == NULL)
    return;
  rec = lua_absindex(L, rec);
  luaL_checkstack(L, 6, NULL);
  st_base_push_anchor(L);
  lua_getiuservalue(L, -1, ST_AV_FAILED);
  lua_remove(L, -2);
  lua_pushvalue(L, rec);
  if (lua_rawget(L, -2) == LUA_TNIL) {
    lua_pop(L, 2);
    return;
  }
  lua_pushvalue(L, rec);  /* failed, traceback: forget it first */
  lua_pushnil(L);
  lua_rawset(L, -4);
  if (!(t->flags & (ST_F_OBSERVED | ST_F_REPORTED))) {
    const char *name;
    t->flags |= ST_F_REPORTED;
    st_base_push_name(L, rec);
    name = lua_tostring(L, -1);
    lua_getiuservalue(L, rec, ST_UV_VALUES);
    lua_pushvalue(L, -3);  /* error value at -2, traceback at -1 */
    rt->unjoined(rt->unjoined_ud, L, t->id, name);
    lua_pop(L, 3);
  }
  lua_pop(L, 2);
}


/* Report every failure still unseen (runtime teardown) and forget them
 * all, so that a later runtime on the same state reports none of them. */
void st_handle_report_all(st_rt *rt) {
  lua_State *L = rt->L;
  int failed;

  luaL_checkstack(L, 4, NULL);
  st_base_push_anchor(L);
  lua_getiuservalue(L, -1, ST_AV_FAILED);
  lua_remove(L, -2);
  failed = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, failed) != 0) {
    lua_pop(L, 1);
    if (rt->unjoined != NULL)
      st_handle_report(L, rt, lua_touserdata(L, -1), -1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, failed);  /* clearing a field during lua_next is allowed */
  }
  lua_pop(L, 1);
}


/* The task of the Handle at 1; raises for one whose finalizer ran (a
 * resurrected object: its failure was reported as never joined). */
static st_task *check_handle(lua_State *L, const char *fname) {
  st_task *t = st_base_checkud(L, 1, ST_HANDLE_MT, fname);

  if (t->flags & ST_F_FINALIZED)
    st_base_finalized(L, fname, ST_HANDLE_MT);
  return t;
}


static int join_k(lua_State *L, int status, lua_KContext ctx) {
  st_task *t = (st_task *)ctx;
  st_task *cur = t->rt != NULL ? t->rt->current : NULL;

  (void)status;
  if (st_sched_foreign(L, t->rt, NULL))
    return lua_yieldk(L, 0, ctx, join_k);
  if (t->state == ST_DONE)
    return st_handle_push_outcome(L, t, 1);
  if (cur != NULL)
    st_cancel_check(L, cur);
  return luaL_error(L, "join: woken before the task ended");
}


static int handle_join(lua_State *L) {
  st_task *t = check_handle(L, "join");
  st_task *cur;

  if (t->state == ST_DONE)
    return st_handle_push_outcome(L, t, 1);
  cur = st_base_fiber(L, t->rt, "join");
  if (cur->ident == t)
    return luaL_error(L, "join: a task cannot join itself");
  st_cancel_check_suspend(L, cur);
  cur->state = ST_WAITING;
  cur->wait = ST_W_JOIN;
  cur->target = t;
  st_link_insert_tail(&t->joiners, &cur->qlink);
  st_cancel_wait(cur);
  lua_settop(L, 1);  /* the record stays at 1 for join_k */
  return lua_yieldk(L, 0, (lua_KContext)t, join_k);
}


static int handle_abort(lua_State *L) {
  st_abort_task(check_handle(L, "abort"));
  return 0;
}


static int handle_is_finished(lua_State *L) {
  lua_pushboolean(L, check_handle(L, "is_finished")->state == ST_DONE);
  return 1;
}


static int handle_elapsed(lua_State *L) {
  st_task *t = check_handle(L, "elapsed");
  uint64_t d;

  d = t->state == ST_DONE ? t->stamp : st_sched_stamp(t->rt) - t->stamp;
  lua_pushnumber(L, (t->flags & ST_F_VIRTUAL) ? (lua_Number)d
                                              : (lua_Number)d / 1e6);
  return 1;
}


static int handle__index(lua_State *L) {
  st_task *t;
  const char *k;

  lua_pushvalue(L, 2);  /* methods first: h:join() is the hot path */
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
    return 1;
  t = luaL_checkudata(L, 1, ST_HANDLE_MT);
  k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
  if (k != NULL && strcmp(k, "id") == 0) {
    lua_pushinteger(L, (lua_Integer)t->id);
    return 1;
  }
  if (k != NULL && strcmp(k, "name") == 0) {
    st_base_push_name(L, 1);
    return 1;
  }
  lua_pushnil(L);
  return 1;
}


/* A finished task nobody can join any more: report its failure if
 * unseen.  An alive one is anchored and cannot get here, except from
 * lua_close() of a state whose runtime was never freed: leave it. */
static int handle__gc(lua_State *L) {
  st_task *t = luaL_checkudata(L, 1, ST_HANDLE_MT);

  if (t->rt != NULL && t->state == ST_DONE && t->ref == LUA_NOREF
      && t->outcome == ST_OUT_ERR)
    st_handle_report(L, t->rt, t, 1);
  if (t->ref == LUA_NOREF)  /* an alive one stays usable (lua_close) */
    t->flags |= ST_F_FINALIZED;
  return 0;
}


static int handle__tostring(lua_State *L) {
  st_task *t = luaL_checkudata(L, 1, ST_HANDLE_MT);

  lua_pushfstring(L, "std.task.Handle #%I (%s)", (lua_Integer)t->id,
                  (t->flags & ST_F_FINALIZED) ? "finalized"
                  : t->state == ST_DONE ? "finished" : "running");
  return 1;
}


static const luaL_Reg handle_methods[] = {
  {"join", handle_join},
  {"abort", handle_abort},
  {"is_finished", handle_is_finished},
  {"elapsed", handle_elapsed},
  {NULL, NULL}
};


/* Build the Handle metatable. */
void st_handle_open(lua_State *L) {
  luaL_newmetatable(L, ST_HANDLE_MT);
  lua_pushcfunction(L, handle__gc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, handle__tostring);
  lua_setfield(L, -2, "__tostring");
  luaL_newlibtable(L, handle_methods);
  lua_pushvalue(L, -2);
  luaL_setfuncs(L, handle_methods, 1);  /* upvalue: the metatable */
  lua_pushcclosure(L, handle__index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
}
