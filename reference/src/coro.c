/*
 * coro.c -- the coroutine library on the scheduler's threads (RUNTIME-2,
 * RUNTIME-11).
 *
 * A task's thread (and the main chunk's, and a with_timeout body's)
 * belongs to the scheduler: resuming or closing it from Lua would run the
 * task outside the scheduler or tear it down behind the runtime's back.
 * The only way a script gets such a thread without the debug library is
 * coroutine.running() called on it, so that is where it is caught: the
 * thread is entered in a weak table (ST_AV_THREADS: thread -> record) and
 * its task is flagged ST_F_EXPOSED, which keeps the thread out of the
 * pool once the task ends.  coroutine.resume and coroutine.close refuse a
 * thread of that table whose task is alive; while no thread was ever
 * handed out (rt->nexposed == 0) they cost one test more than stock.
 * See docs/design.md ("The coroutine library on task threads").
 */
#include "stdtask-int.h"

#define MSG_RESUME "cannot resume a task's thread"
#define MSG_CLOSE  "cannot close a task's thread"


/* Is co, the thread at index 1, the thread of an alive task handed out
 * by coroutine.running? */
static int task_thread(lua_State *L, st_rt *rt, const lua_State *co) {
  st_task *t;

  if (rt->nexposed == 0 || rt->gone)
    return 0;
  luaL_checkstack(L, 3, NULL);
  st_base_push_anchor(L);
  lua_getiuservalue(L, -1, ST_AV_THREADS);
  lua_pushvalue(L, 1);
  lua_rawget(L, -2);
  t = lua_touserdata(L, -1);
  lua_pop(L, 3);
  return t != NULL && t->co == co && t->state != ST_DONE;
}


/* coroutine.running(): the stock result; on a scheduler thread, the
 * thread is registered first (see above). */
static int coro_running(lua_State *L) {
  st_rt *rt = st_base_rt(L);
  st_task *t = rt->gone ? NULL : rt->current;

  if (t != NULL && t->co == L && !(t->flags & ST_F_EXPOSED)
      && t->ref != LUA_NOREF) {
    luaL_checkstack(L, 4, NULL);
    st_base_push_anchor(L);
    lua_getiuservalue(L, -1, ST_AV_THREADS);
    lua_pushthread(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);  /* the record */
    lua_rawset(L, -3);  /* allocates: the flag comes after it */
    lua_pop(L, 2);
    t->flags |= ST_F_EXPOSED;
    rt->nexposed++;
  }
  lua_pushboolean(L, lua_pushthread(L));
  return 2;
}


/* coroutine.resume(co, ...): refuses a task's thread as stock refuses a
 * running coroutine (false and a message); otherwise the stock resume. */
static int coro_resume(lua_State *L) {
  lua_State *co = lua_tothread(L, 1);
  int n = lua_gettop(L) - 1, status, nres;

  luaL_argexpected(L, co != NULL, 1, "coroutine");
  if (task_thread(L, st_base_rt(L), co)) {
    lua_pushboolean(L, 0);
    lua_pushliteral(L, MSG_RESUME);
    return 2;
  }
  if (!lua_checkstack(co, n)) {
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "too many arguments to resume");
    return 2;
  }
  lua_xmove(L, co, n);
  status = lua_resume(co, L, n, &nres);
  if (status != LUA_OK && status != LUA_YIELD) {
    lua_pushboolean(L, 0);
    lua_xmove(co, L, 1);  /* the error */
    return 2;
  }
  if (!lua_checkstack(L, nres + 1)) {
    lua_pop(co, nres);
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "too many results to resume");
    return 2;
  }
  lua_pushboolean(L, 1);
  lua_xmove(co, L, nres);
  return nres + 1;
}


/* coroutine.close(co): raises for a task's thread, as stock raises for a
 * running coroutine; otherwise the stock close (upvalue 2). */
static int coro_close(lua_State *L) {
  lua_State *co = lua_tothread(L, 1);

  luaL_argexpected(L, co != NULL, 1, "coroutine");
  if (task_thread(L, st_base_rt(L), co))
    return luaL_error(L, MSG_CLOSE);
  lua_pushvalue(L, lua_upvalueindex(2));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}


/* [-0, +0] Install the functions above and the task-level yield in the
 * coroutine table at idx; upvalue 1 of each is rt. */
void st_coro_open(lua_State *L, st_rt *rt, int idx) {
  idx = lua_absindex(L, idx);
  lua_pushlightuserdata(L, rt);
  lua_pushcclosure(L, st_coro_yield, 1);
  lua_setfield(L, idx, "yield");
  lua_pushlightuserdata(L, rt);
  lua_pushcclosure(L, coro_running, 1);
  lua_setfield(L, idx, "running");
  lua_pushlightuserdata(L, rt);
  lua_pushcclosure(L, coro_resume, 1);
  lua_setfield(L, idx, "resume");
  lua_pushlightuserdata(L, rt);
  lua_getfield(L, idx, "close");
  if (lua_isfunction(L, -1)) {
    lua_pushcclosure(L, coro_close, 2);
    lua_setfield(L, idx, "close");
  } else {
    lua_pop(L, 2);
  }
}


/* coroutine.yield, as seen by every thread.  Inside a user coroutine it is
 * the stock yield.  At task level (spec part 7) the async_fn driver discards
 * the values and requeues the task, no checkpoint; the coroutine driver
 * makes yield() a cancel-aware yield and yield(ms) a cancel-aware sleep. */
static int coyield_k(lua_State *L, int status, lua_KContext ctx) {
  st_rt *rt = st_base_rt(L);

  (void)status;
  if (st_sched_foreign(L, rt, NULL))
    return lua_yieldk(L, 0, ctx, coyield_k);
  if (ctx && rt != NULL && rt->current != NULL)
    st_cancel_check(L, rt->current);
  return 0;
}


int st_coro_yield(lua_State *L) {
  st_rt *rt = st_base_rt(L);
  st_task *t = rt != NULL ? rt->current : NULL;

  if (t == NULL || t->co != L || (t->flags & ST_F_CLOSING)
      || !lua_isyieldable(L))
    return lua_yield(L, lua_gettop(L));  /* raises if it cannot yield */
  if (t->driver != STDTASK_DRIVER_COROUTINE) {
    lua_settop(L, 0);
    st_sched_enqueue(t);
    return lua_yieldk(L, 0, 0, coyield_k);
  }
  if (!lua_isnoneornil(L, 1)) {
    uint64_t ms = st_ms_check(L, 1, "yield");
    st_cancel_check_suspend(L, t);
    if (ms > 0) {
      lua_settop(L, 0);
      st_cancel_sleep(L, t, ms);
      return lua_yieldk(L, 0, 1, coyield_k);
    }
  }
  lua_settop(L, 0);
  st_sched_enqueue(t);
  return lua_yieldk(L, 0, 1, coyield_k);
}
