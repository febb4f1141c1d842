/*
 * scope.c -- Scope, drain, abort_all, the root scope, scope() and
 * with_timeout's three stages.
 *
 * A scope lives inside its Scope userdata, anchored on its owner's stack
 * while open (the root scope by a registry reference).  It counts its
 * alive members; the task draining it waits until the count is zero.
 */
#include <stdlib.h>
#include <string.h>

#include "stdtask-int.h"

typedef struct scope_ud {
  st_scope s;  /* user values: 1 = name, 2 = cached CancelToken,
                  3 = with_timeout's body record */
} scope_ud;


/* [-0, +1] Push a new open scope whose token is a child of `parent`,
 * named by the string at name_idx (0: no name). */
st_scope *st_scope_new(lua_State *L, st_rt *rt, st_token *parent,
                       int name_idx) {
  scope_ud *u;
  st_token *tok;

  if (name_idx != 0)
    name_idx = lua_absindex(L, name_idx);
  u = lua_newuserdatauv(L, sizeof *u, 3);
  memset(u, 0, sizeof *u);
  st_link_init(&u->s.members);
  u->s.rt = rt;
  u->s.id = ++rt->next_scope_id;
  luaL_setmetatable(L, ST_SCOPE_MT);
  u->s.name_ref = LUA_NOREF;
  if (name_idx != 0 && !lua_isnil(L, name_idx)) {
    lua_pushvalue(L, name_idx);
    lua_setiuservalue(L, -2, 1);
    lua_pushvalue(L, name_idx);  /* for dumps, read without the userdata */
    u->s.name_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  tok = st_cancel_new(rt, parent);
  if (tok == NULL)
    luaL_error(L, ST_MSG_NOMEM);
  u->s.token = tok;
  return &u->s;
}


/* The scope std.task.spawn attaches to from t. */
st_scope *st_scope_current(st_task *t) {
  return t->top != NULL ? t->top : t->base;
}


/* Mark s closed: no more spawns; free a with_timeout body.  Members
 * left (tasks whose abort could not run now: their own <close> handlers
 * run, or they are being recorded) are detached, so none keeps a pointer
 * to a scope whose memory goes with its Scope userdata. */
void st_scope_close(st_scope *s) {
  if (!s->closed)
    st_trace_s(s, STDTASK_EV_SCOPE_CLOSE, NULL);
  s->closed = 1;
  while (!st_link_empty(&s->members)) {
    st_task *t = st_container(s->members.next, st_task, member);
    st_cancel_unwait(t);  /* its token may go with s */
    st_link_remove(&t->member);
    t->base = NULL;
    s->nmembers--;
  }
  s->waiter = NULL;
  s->drain_start = 0;
  if (s->body != NULL && s->body->state == ST_DONE)
    s->body = NULL;  /* its record stays the Scope's user value */
}


/* The next member of s to hard-abort (spec part 5), or NULL: one that is
 * not running, a with_timeout's body last: it is the code that opened the
 * scope, so its <close> handlers run after its children's (CLOSE-9,
 * TIMEOUT-11).  A member spawned by a handler meanwhile comes up too,
 * before it starts. */
st_task *st_scope_abort_pick(st_scope *s) {
  st_task *body = NULL;
  st_link *l;

  for (l = s->members.next; l != &s->members; l = l->next) {
    st_task *t = st_container(l, st_task, member);
    if (!st_abort_abortable(t))  /* its abort waits, or is under way */
      continue;
    if (t->kind != ST_K_BODY)
      return t;
    body = t;
  }
  return body;
}


/* Hard-abort every member of s that is not running. */
void st_scope_abort_members(st_scope *s) {
  st_task *t;

  while ((t = st_scope_abort_pick(s)) != NULL)
    st_abort_task(t);  /* the list changed: start over */
}


/* A member of s ended: wake the drain if it was the last one. */
void st_scope_member_done(st_scope *s) {
  if (s->nmembers > 0)
    return;
  if (s->waiter != NULL)
    st_sched_wake(s->waiter);
  if (s->rt != NULL && s == s->rt->root)
    st_sched_check_done(s->rt);
}


/* with_timeout's timer, due for `f`, the task waiting on its scope: at
 * the deadline cancel (stage 1) and wait grace_ms (stage 2); at the end
 * of the grace, or at once for grace 0, abort what is left (stage 3). */
void st_scope_on_timer(st_task *f) {
  st_scope *w = f->top;

  if (w == NULL || !w->is_timeout || w->closed) {
    st_sched_wake(f);  /* not waiting in with_timeout any more */
    return;
  }
  if (w->stage == ST_STAGE_ARMED) {
    w->stage = ST_STAGE_GRACE;
    w->timed_out = 1;
    st_trace_s(w, STDTASK_EV_TIMEOUT_STAGE, "cancel");
    st_cancel_fire(w->token);
    /* Without memory for the grace timer, stage 3 comes at once rather
     * than never. */
    if (w->nmembers > 0 && w->grace_ms > 0
        && st_sched_timer_try(f, w->grace_ms) == 0) {
      st_trace_s(w, STDTASK_EV_TIMEOUT_STAGE, "grace");
      return;
    }
  }
  w->stage = ST_STAGE_ABORT;
  st_trace_s(w, STDTASK_EV_TIMEOUT_STAGE, "abort");
  st_scope_abort_members(w);  /* the body too; the last one wakes f */
}


/* The scope of the Scope at 1; raises for one whose finalizer ran (a
 * resurrected object: its token and name are released). */
static st_scope *check_scope(lua_State *L, const char *fname) {
  scope_ud *u = st_base_checkud(L, 1, ST_SCOPE_MT, fname);

  if (u->s.token == NULL)
    st_base_finalized(L, fname, ST_SCOPE_MT);
  return &u->s;
}


/* scope(): after the body, wait for the members; then close and return
 * the body's results, or re-raise its error.  Stack: 1 name, 2 fn,
 * 3 Scope, 4.. the body's results or its error. */
static int scope_done(lua_State *L, int status, lua_KContext ctx) {
  st_scope *s = lua_touserdata(L, 3);
  st_task *cur = s->owner;

  (void)status;
  if (st_sched_foreign(L, s->rt, cur))
    return lua_yieldk(L, 0, ctx, scope_done);
  if (s->nmembers > 0) {  /* a member spawned more since the wake */
    if (s->drain_start == 0) {
      s->drain_start = st_sched_now(s->rt) | 1;  /* never 0 */
      st_trace_s(s, STDTASK_EV_SCOPE_DRAIN, s->failed ? "error" : "ok");
    }
    cur->state = ST_WAITING;
    cur->wait = ST_W_DRAIN;
    s->waiter = cur;
    return lua_yieldk(L, 0, 0, scope_done);
  }
  s->waiter = NULL;
  cur->top = s->outer;
  st_scope_close(s);
  if (s->failed) {
    /* Trio's rule: a scope absorbs its own cancellation. */
    if (st_cancel_is_error(L, -1) && s->self_cancelled
        && !s->token->parent->cancelled)
      return 0;
    return lua_error(L);
  }
  return lua_gettop(L) - 3;
}


static int scope_body_done(lua_State *L, int status, lua_KContext ctx) {
  st_scope *s = lua_touserdata(L, 3);

  if (status != LUA_OK && status != LUA_YIELD) {
    /* Absorbed later only if this scope, not an enclosing one, was
     * cancelled before the body ended (Trio's rule). */
    s->failed = 1;
    s->self_cancelled = s->token->cancelled
                        && !(s->token->parent && s->token->parent->cancelled);
    st_cancel_fire(s->token);
  }
  return scope_done(L, LUA_OK, ctx);
}


/* std.task.scope([name,] fn) */
int st_scope_scope(lua_State *L) {
  st_task *cur;
  st_scope *s;

  if (lua_type(L, 1) == LUA_TFUNCTION && lua_isnoneornil(L, 2)) {
    lua_settop(L, 1);
    lua_pushnil(L);
    lua_insert(L, 1);
  } else {
    /* A lone argument that is no name is a body gone wrong: scope(5). */
    if (lua_gettop(L) <= 1 && lua_type(L, 1) != LUA_TSTRING)
      st_base_typeerror(L, 1, "scope", "function");
    if (!lua_isnil(L, 1) && lua_type(L, 1) != LUA_TSTRING)
      st_base_typeerror(L, 1, "scope", "string");
    if (lua_type(L, 2) != LUA_TFUNCTION)
      st_base_typeerror(L, 2, "scope", "function");
    lua_settop(L, 2);
  }
  cur = st_base_fiber(L, st_base_rt(L), "scope");
  st_cancel_check_suspend(L, cur);
  s = st_scope_new(L, cur->rt, st_cancel_effective(cur), 1);
  s->owner = cur;
  s->outer = cur->top;
  cur->top = s;
  st_trace_s(s, STDTASK_EV_SCOPE_OPEN, lua_tostring(L, 1));
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 3);
  return scope_body_done(L, lua_pcallk(L, 1, LUA_MULTRET, 0, 0,
                                       scope_body_done), 0);
}


/* with_timeout's body thread runs fn(scope) under a yieldable pcall, as
 * scope() runs its body: an error leaving fn unwinds inside the task, so
 * the body's <close> handlers are task code that may suspend (CLOSE-10,
 * TIMEOUT-11); the error then ends the thread, value unchanged. */
static int body_k(lua_State *L, int status, lua_KContext ctx) {
  (void)ctx;
  if (status != LUA_OK && status != LUA_YIELD)
    return lua_error(L);
  return lua_gettop(L);
}


static int body_main(lua_State *L) {
  return body_k(L, lua_pcallk(L, 1, LUA_MULTRET, 0, 0, body_k), 0);
}


/* with_timeout's caller resumes here once the scope drained.  Stack:
 * 1 ms, 2 fn, 3 opts, 4 Scope. */
static int timeout_done(lua_State *L, int status, lua_KContext ctx) {
  st_scope *w = lua_touserdata(L, 4);
  st_task *cur = w->owner, *b = w->body;
  int n, outcome;
  st_token *outer;

  (void)status;
  if (st_sched_foreign(L, w->rt, cur))
    return lua_yieldk(L, 0, ctx, timeout_done);
  outcome = b->outcome;
  w->waiter = NULL;
  cur->top = w->outer;
  outer = st_cancel_effective(cur);
  lua_getiuservalue(L, 4, 3);  /* 5: b's record */
  n = st_task_push_values(L, b, 5);
  lua_remove(L, 5);
  st_scope_close(w);
  if (outcome == ST_OUT_ERR && !st_cancel_is_error(L, -1))
    return lua_error(L);  /* a real failure is never masked */
  /* Before its deadline fired a with_timeout is a scope: results stand
   * even if the caller was cancelled meanwhile (TIMEOUT-1, SCOPE-15). */
  if (outer != NULL && outer->cancelled
      && (w->timed_out || outcome != ST_OUT_OK))
    return st_cancel_raise(L, cur);
  if (w->timed_out || outcome == ST_OUT_ABORTED)
    return luaL_error(L, "with_timeout: %s after %I ms", ST_MSG_TIMEOUT,
                      (lua_Integer)w->timeout_ms);
  if (outcome == ST_OUT_ERR) {
    if (w->self_cancelled)
      return 0;  /* its own Scope:cancel(), absorbed as in scope() */
    return lua_error(L);
  }
  return n;
}


/* std.task.with_timeout(ms, fn [, opts]) */
int st_scope_with_timeout(lua_State *L) {
  uint64_t ms = st_ms_check(L, 1, "with_timeout");
  st_task *cur, *b;
  st_scope *w;
  st_rt *rt;
  uint64_t grace;

  if (lua_type(L, 2) != LUA_TFUNCTION)
    st_base_typeerror(L, 2, "with_timeout", "function");
  if (!lua_isnoneornil(L, 3) && lua_type(L, 3) != LUA_TTABLE)
    st_base_typeerror(L, 3, "with_timeout", "table or nil");
  lua_settop(L, 3);
  cur = st_base_fiber(L, st_base_rt(L), "with_timeout");
  rt = cur->rt;
  grace = rt->cfg.default_grace_ms;
  if (lua_istable(L, 3)) {
    static const char *const known[] = {"grace_ms", NULL};
    st_base_checkopts(L, 3, "with_timeout", known);
    if (lua_getfield(L, 3, "grace_ms") != LUA_TNIL) {
      grace = st_ms_checkfield(L, 3, "with_timeout", "grace_ms");
    } else {
      lua_pop(L, 1);
    }
  }
  st_cancel_check_suspend(L, cur);
  w = st_scope_new(L, rt, st_cancel_effective(cur), 0);
  w->owner = cur;
  w->is_timeout = 1;
  w->grace_ms = grace;
  w->timeout_ms = ms;
  /* The body joins its scope only once nothing can fail any more: an
   * allocation error before leaves no member behind a dead scope. */
  b = st_task_new(L, rt, ST_K_BODY, cur->driver, NULL, 0);
  lua_setiuservalue(L, 4, 3);  /* the Scope keeps the record until it goes */
  b->ident = cur->ident;
  lua_pushcfunction(b->co, body_main);  /* a fresh thread has room */
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 4);
  lua_xmove(L, b->co, 2);
  st_sched_timer_add(L, cur, ms);
  st_task_link(b, w);
  w->body = b;
  w->outer = cur->top;
  cur->top = w;
  st_trace_s(w, STDTASK_EV_SCOPE_OPEN, NULL);
  cur->state = ST_WAITING;
  cur->wait = ST_W_TIMEOUT;
  w->waiter = cur;
  st_sched_enqueue_next(b);
  return lua_yieldk(L, 0, 0, timeout_done);
}


static int scope_spawn(lua_State *L) {
  st_scope *s = check_scope(L, "spawn");

  if (lua_type(L, 2) != LUA_TFUNCTION)
    st_base_typeerror(L, 2, "spawn", "function");
  if (!lua_isnoneornil(L, 3) && lua_type(L, 3) != LUA_TTABLE)
    st_base_typeerror(L, 3, "spawn", "table or nil");
  if (lua_istable(L, 3))
    st_base_checkopts(L, 3, "spawn", st_base_spawn_opts);
  if (s->rt == NULL || s->rt->loop == NULL)  /* its runtime is gone */
    return luaL_error(L, "spawn: %s", ST_MSG_CLOSED);
  st_task_spawn(L, s->rt, s, 2, lua_istable(L, 3) ? 3 : 0, "spawn");
  return 1;
}


static int scope_cancel(lua_State *L) {
  st_cancel_fire(check_scope(L, "cancel")->token);
  return 0;
}


static int scope_token(lua_State *L) {
  st_scope *s = check_scope(L, "token");

  if (lua_getiuservalue(L, 1, 2) == LUA_TUSERDATA)
    return 1;
  lua_pop(L, 1);
  st_cancel_push_token(L, s->token);
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, 1, 2);
  return 1;
}


static int scope__index(lua_State *L) {
  luaL_checkudata(L, 1, ST_SCOPE_MT);
  if (lua_type(L, 2) == LUA_TSTRING && strcmp(lua_tostring(L, 2), "name") == 0) {
    lua_getiuservalue(L, 1, 1);
    return 1;
  }
  lua_pushvalue(L, 2);
  lua_rawget(L, lua_upvalueindex(1));
  return 1;
}


/* An open scope collected: its owner's thread was reset behind the
 * scheduler (a stock coroutine.close).  Detach it from its members and
 * its owner, which would keep pointers to it; the owner fails when next
 * resumed.  Not at teardown, when owners may have gone first. */
static void scope_disown(st_scope *s) {
  st_task *o = s->owner;
  st_scope **p;

  if (s->closed || o == NULL || s->rt == NULL || s->rt->gone
      || s->rt->loop == NULL || s->rt->releasing)
    return;
  for (p = &o->top; *p != NULL; p = &(*p)->outer)
    if (*p == s) {
      *p = s->outer;
      break;
    }
  st_cancel_unwait(o);  /* it may wait on s's token, which goes now */
  st_scope_close(s);
}


static int scope__gc(lua_State *L) {
  scope_ud *u = luaL_checkudata(L, 1, ST_SCOPE_MT);

  scope_disown(&u->s);

  if (u->s.token != NULL) {
    st_cancel_unref(u->s.token);
    u->s.token = NULL;
  }
  luaL_unref(L, LUA_REGISTRYINDEX, u->s.name_ref);
  u->s.name_ref = LUA_NOREF;
  return 0;
}


static int scope__tostring(lua_State *L) {
  scope_ud *u = luaL_checkudata(L, 1, ST_SCOPE_MT);

  lua_getiuservalue(L, 1, 1);
  lua_pushfstring(L, "std.task.Scope %s(%s): %p",
                  lua_isstring(L, -1) ? lua_tostring(L, -1) : "",
                  u->s.token == NULL ? "finalized"
                  : u->s.closed ? "closed" : "open", (void *)u);
  return 1;
}


static const luaL_Reg scope_methods[] = {
  {"spawn", scope_spawn},
  {"cancel", scope_cancel},
  {"token", scope_token},
  {NULL, NULL}
};


void st_scope_open(lua_State *L) {
  luaL_newmetatable(L, ST_SCOPE_MT);
  lua_pushcfunction(L, scope__gc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, scope__tostring);
  lua_setfield(L, -2, "__tostring");
  luaL_newlibtable(L, scope_methods);
  lua_pushvalue(L, -2);
  luaL_setfuncs(L, scope_methods, 1);  /* upvalue: the metatable */
  lua_pushcclosure(L, scope__index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
}
