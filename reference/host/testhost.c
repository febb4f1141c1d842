/*
 * testhost.c -- std.testhost: host-defined waits built on the public API
 * only (stdtask_wait_*), on the host's own libuv timers.
 *
 *   after(ms, ...)    suspends until the host's timer fires after ms, then
 *                     returns the values given
 *   fail_after(ms, e) the same, then raises e
 *   never()           a wait the host never completes: only a cancel, an
 *                     abort or the runtime's end ends it
 *   late(ms, ...)     like after, but the host cannot stop its event: when
 *                     the wait ended first, the completion still comes at
 *                     ms, and the runtime must refuse it
 *   refused()         completions the runtime refused so far
 *   cancels()         how many times the runtime called a wait's cancel
 *                     callback so far
 *   pending()         waits started and not ended yet
 */
#include <stdlib.h>

#include <lauxlib.h>

#include "stdtask.h"
#include "testhost.h"

typedef struct th_counts {
  lua_Integer cancels, pending, refused;
} th_counts;

typedef struct th_req {
  stdtask_wait w;                 /* first: the wait is the request */
  uv_timer_t timer;
  lua_State *L;                   /* the main state: the registry */
  th_counts *counts;
  int values;                     /* registry ref: {n = ..., ...} */
  int fail;                       /* reject with values[1] */
  int timed;                      /* the timer was initialised */
  int late;                       /* completes even after a cancel */
  int ended;                      /* the wait ended (cancel callback) */
} th_req;


static void req_free(th_req *r) {
  luaL_unref(r->L, LUA_REGISTRYINDEX, r->values);
  free(r);
}


static void on_close(uv_handle_t *h) {
  req_free(h->data);
}


/* The wait ended, one way or the other: the timer goes. */
static void req_end(th_req *r) {
  if (r->timed) {
    uv_timer_stop(&r->timer);
    uv_close((uv_handle_t *)&r->timer, on_close);
  } else {
    req_free(r);
  }
}


/* The runtime let go of the wait: no Lua here, only bookkeeping and
 * libuv (the registry reference goes in the close callback). */
static void on_cancel(stdtask_wait *w) {
  th_req *r = (th_req *)w;

  r->counts->cancels++;
  r->counts->pending--;
  r->ended = 1;
  if (!r->late)
    req_end(r);
}


/* Push the values given at the start onto co and complete the wait. */
static void deliver(th_req *r, lua_State *co) {
  int i, n;

  lua_rawgeti(r->L, LUA_REGISTRYINDEX, r->values);
  lua_getfield(r->L, -1, "n");
  n = (int)lua_tointeger(r->L, -1);
  lua_pop(r->L, 1);
  luaL_checkstack(co, n + 1, "testhost");
  for (i = 1; i <= n; i++)
    lua_rawgeti(r->L, -i, i);
  lua_xmove(r->L, co, n);
  lua_pop(r->L, 1);
  if (r->fail)
    stdtask_wait_reject(&r->w);
  else
    stdtask_wait_resolve(&r->w, n);
}


/* The host's event: complete the wait (or try to, once it ended). */
static void on_timer(uv_timer_t *h) {
  th_req *r = h->data;
  lua_State *co = stdtask_wait_thread(&r->w);

  if (r->ended) {  /* a late completion: the runtime must refuse it */
    if (stdtask_wait_resolve(&r->w, 0) != 0)
      r->counts->refused++;
  } else if (co != NULL) {
    r->counts->pending--;
    deliver(r, co);
  }
  req_end(r);
}


static int start(lua_State *L, double ms, int first, int fail, int late,
                 const char *name) {
  th_counts *c = lua_touserdata(L, lua_upvalueindex(1));
  uv_loop_t *loop = stdtask_loop(L);
  th_req *r;
  int i, ref, n = lua_gettop(L) - first + 1;

  if (loop == NULL)
    return luaL_error(L, "%s: no std.task runtime runs here", name);

  lua_createtable(L, n, 1);
  for (i = 1; i <= n; i++) {
    lua_pushvalue(L, first + i - 1);
    lua_rawseti(L, -2, i);
  }
  lua_pushinteger(L, n);
  lua_setfield(L, -2, "n");
  ref = luaL_ref(L, LUA_REGISTRYINDEX);  /* allocates: before the calloc */
  r = calloc(1, sizeof *r);
  if (r == NULL) {
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
    return luaL_error(L, "%s: not enough memory", name);
  }
  r->values = ref;
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
  r->L = lua_tothread(L, -1);
  lua_pop(L, 1);
  r->counts = c;
  r->fail = fail;
  r->late = late;
  if (ms >= 0) {
    uv_timer_init(loop, &r->timer);
    r->timer.data = r;
    r->timed = 1;
    uv_timer_start(&r->timer, on_timer, (uint64_t)ms, 0);
  }
  c->pending++;
  return stdtask_wait_suspend(L, &r->w, name, on_cancel);
}


static double check_ms(lua_State *L, const char *fname) {
  lua_Number ms = luaL_checknumber(L, 1);

  if (!(ms >= 0 && ms <= 1e9))
    luaL_error(L, "bad argument #1 to '%s' (0 to 1e9 ms expected)", fname);
  return ms;
}


static int th_after(lua_State *L) {
  return start(L, check_ms(L, "after"), 2, 0, 0, "testhost.after");
}


static int th_late(lua_State *L) {
  return start(L, check_ms(L, "late"), 2, 0, 1, "testhost.late");
}


static int th_fail_after(lua_State *L) {
  double ms = check_ms(L, "fail_after");

  lua_settop(L, 2);
  return start(L, ms, 2, 1, 0, "testhost.fail_after");
}


static int th_never(lua_State *L) {
  lua_settop(L, 0);
  return start(L, -1, 1, 0, 0, "testhost.never");
}


static int th_cancels(lua_State *L) {
  th_counts *c = lua_touserdata(L, lua_upvalueindex(1));

  lua_pushinteger(L, c->cancels);
  return 1;
}


static int th_refused(lua_State *L) {
  th_counts *c = lua_touserdata(L, lua_upvalueindex(1));

  lua_pushinteger(L, c->refused);
  return 1;
}


static int th_pending(lua_State *L) {
  th_counts *c = lua_touserdata(L, lua_upvalueindex(1));

  lua_pushinteger(L, c->pending);
  return 1;
}


int testhost_push(lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"after", th_after}, {"fail_after", th_fail_after}, {"never", th_never},
    {"late", th_late}, {"cancels", th_cancels}, {"refused", th_refused},
    {"pending", th_pending}, {NULL, NULL}
  };
  th_counts *c;

  lua_createtable(L, 0, 7);
  c = lua_newuserdatauv(L, sizeof *c, 0);  /* lives as long as the table */
  c->cancels = c->pending = c->refused = 0;
  luaL_setfuncs(L, funcs, 1);
  return 1;
}


int testhost_open(lua_State *L) {
  if (lua_getglobal(L, "std") != LUA_TTABLE) {
    lua_pop(L, 1);
    return -1;
  }
  testhost_push(L);
  lua_setfield(L, -2, "testhost");
  lua_pop(L, 1);
  return 0;
}
