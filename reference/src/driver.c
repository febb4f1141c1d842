/*
 * driver.c -- task records, the resume loop of both drivers, Handle,
 * spawn_into, finishing and hard abort.
 */
#include <stdlib.h>
#include <string.h>

#include "compat.h"
#include "stdtask-int.h"

typedef struct handle_ud {
  st_task *t;  /* counted in t->handles; released in handle__gc */
} handle_ud;

static const char *const driver_names[] = {"async_fn", "coroutine", NULL};


const char *st_driver_name(int driver) {
  return driver_names[driver == STDTASK_DRIVER_COROUTINE];
}


/* Parse a driver name at idx (nil: -1). */
int st_driver_parse(lua_State *L, int idx, const char *fname, int arg) {
  const char *s;
  int i;

  if (lua_isnil(L, idx))
    return -1;
  if (lua_type(L, idx) != LUA_TSTRING)
    st_api_argerror(L, arg, fname, lua_pushfstring(L,
        "'driver' must be a string, got %s", luaL_typename(L, idx)));
  s = lua_tostring(L, idx);
  for (i = 0; driver_names[i] != NULL; i++)
    if (strcmp(s, driver_names[i]) == 0)
      return i;
  return st_api_argerror(L, arg, fname, lua_pushfstring(L,
      "unknown driver '%s' (expected 'async_fn' or 'coroutine')", s));
}


/* [-0, +0] Make a task record with a new thread; the caller pushes the
 * function (and arguments) onto t->co and queues it. */
st_task *st_driver_new(lua_State *L, st_rt *rt, int kind, int driver,
                       st_scope *base) {
  lua_State *co;
  int ref;
  st_task *t;

  if (rt->npool > 0) {
    rt->npool--;
    co = rt->pool_co[rt->npool];
    ref = rt->pool_ref[rt->npool];
  } else {
    co = lua_newthread(L);
    ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  if (rt->npool_task > 0) {
    t = rt->pool_task[--rt->npool_task];
    memset(t, 0, sizeof *t);
  } else if ((t = calloc(1, sizeof *t)) == NULL) {
    luaL_unref(L, LUA_REGISTRYINDEX, ref);
    luaL_error(L, "not enough memory");
    return NULL;
  }
  t->rt = rt;
  t->co = co;
  t->co_ref = ref;
  t->name_ref = LUA_NOREF;
  t->res_ref = LUA_NOREF;
  t->tb_ref = LUA_NOREF;
  t->kind = (unsigned char)kind;
  t->driver = (unsigned char)driver;
  t->state = ST_NEW;
  t->ident = kind == ST_K_TASK ? t : NULL;
  t->t_start = st_sched_ns(rt);
  st_link_init(&t->qlink);
  st_link_init(&t->member);
  st_link_init(&t->tok_link);
  st_link_init(&t->join_link);
  st_link_init(&t->joiners);
  st_link_insert_tail(&rt->tasks, &t->all);
  if (base != NULL)
    st_driver_link(t, base);
  return t;
}


/* Make t a member of scope s (it drains t). */
void st_driver_link(st_task *t, st_scope *s) {
  t->base = s;
  st_link_insert_tail(&s->members, &t->member);
  s->nmembers++;
}


/* [-0, +1] A Handle pointing nowhere yet ("closed": its __gc does
 * nothing), made before the task so that a failed allocation leaves no
 * half-spawned task behind. */
static handle_ud *push_handle(lua_State *L) {
  handle_ud *u = lua_newuserdatauv(L, sizeof *u, 0);

  u->t = NULL;
  luaL_setmetatable(L, ST_HANDLE_MT);
  return u;
}


/* [-0, +1] Spawn fn (at index fn) into scope s with the options table at
 * opts (0: none); pushes its Handle.  Raises for bad arguments. */
void st_driver_spawn(lua_State *L, st_rt *rt, st_scope *s, int fn,
                     int opts, const char *fname) {
  int driver = rt->cfg.default_driver;
  int has_name = 0, name_ref = LUA_NOREF;
  handle_ud *u;
  st_task *t;

  luaL_checkstack(L, 5, NULL);
  if (opts != 0) {
    int d;
    lua_getfield(L, opts, "name");
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
      st_api_argerror(L, opts, fname, lua_pushfstring(L,
          "'name' must be a string, got %s", luaL_typename(L, -1)));
    has_name = !lua_isnil(L, -1);
    lua_getfield(L, opts, "driver");
    d = st_driver_parse(L, -1, fname, opts);
    if (d >= 0)
      driver = d;
    lua_pop(L, 1);  /* leave the name on top */
  }
  if (s->closed)
    luaL_error(L, "%s: %s", fname, ST_MSG_CLOSED);
  /* Everything that can fail comes before st_driver_new links the task
   * into its scope; nothing after it allocates. */
  if (has_name)
    name_ref = luaL_ref(L, LUA_REGISTRYINDEX);  /* pops the name */
  else if (opts != 0)
    lua_pop(L, 1);
  u = push_handle(L);
  lua_pushvalue(L, fn);
  t = st_driver_new(L, rt, ST_K_TASK, driver, s);
  t->id = ++rt->next_id;
  t->name_ref = name_ref;
  lua_xmove(L, t->co, 1);  /* the function; a fresh or reset stack has room */
  u->t = t;
  t->handles = 1;
  st_trace(t, STDTASK_EV_SPAWN, NULL);
  st_sched_enqueue(t);
}


/* Store the outcome left on t->co (nres results, or the error on top)
 * into t's refs, close the thread and release it. */
static void store_results(st_task *t, int nres) {
  lua_State *L = t->rt->L;

  t->nres = nres;
  if (nres == 0)
    return;
  luaL_checkstack(L, nres + 2, "too many results");
  lua_xmove(t->co, L, nres);
  if (nres > 1) {
    int i;
    lua_createtable(L, nres, 0);
    lua_insert(L, -nres - 1);
    for (i = nres; i >= 1; i--)
      lua_rawseti(L, -i - 1, i);
  }
  t->res_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}


/* Give up t's thread: back to the pool if it is clean (finished or
 * closed, so no frame or pending <close> is left on it), else unref it. */
static void release_thread(st_task *t) {
  st_rt *rt = t->rt;

  if (t->co_ref == LUA_NOREF)
    return;
  if (rt->npool < ST_POOL && !rt->closing && t->state == ST_DONE
      && lua_status(t->co) == LUA_OK) {
    lua_settop(t->co, 0);
    if (lua_gethook(t->co) != NULL)
      lua_sethook(t->co, NULL, 0, 0);
    rt->pool_co[rt->npool] = t->co;
    rt->pool_ref[rt->npool++] = t->co_ref;
  } else {
    luaL_unref(rt->L, LUA_REGISTRYINDEX, t->co_ref);
  }
  t->co_ref = LUA_NOREF;
  t->co = NULL;
}


/* Release the pooled threads and records (runtime teardown). */
void st_driver_drain_pool(st_rt *rt) {
  while (rt->npool > 0)
    luaL_unref(rt->L, LUA_REGISTRYINDEX, rt->pool_ref[--rt->npool]);
  while (rt->npool_task > 0)
    free(rt->pool_task[--rt->npool_task]);
}


static const char *outcome_name(st_task *t) {
  lua_State *L = t->rt->L;
  int cancelled;

  switch (t->outcome) {
    case ST_OUT_OK: return "ok";
    case ST_OUT_ABORTED: return "aborted";
    default:
      lua_rawgeti(L, LUA_REGISTRYINDEX, t->res_ref);
      cancelled = st_cancel_is_error(L, -1);
      lua_pop(L, 1);
      return cancelled ? "cancelled" : "error";
  }
}


/* A task ended (outcome set, refs stored): leave its scope, wake its
 * joiners and the drain it completed, free it if nobody holds it. */
static void finish(st_task *t) {
  st_rt *rt = t->rt;
  st_scope *base = t->base;

  t->state = ST_DONE;
  t->t_end = st_sched_ns(rt);
  t->flags &= (unsigned char)~ST_F_ABORT_PENDING;
  release_thread(t);
  /* A with_timeout body is its task running on: its end is the task
   * suspending until the scope drains (an aborted body says nothing: its
   * task was suspended already), so each task's events stay in order. */
  if (t->rt->trace != NULL && t->kind != ST_K_BODY)
    st_trace_emit(t, STDTASK_EV_FINISH, outcome_name(t));
  else if (t->rt->trace != NULL && t->outcome != ST_OUT_ABORTED)
    st_trace_emit(t, STDTASK_EV_SUSPEND, "drain");
  while (!st_link_empty(&t->joiners)) {
    st_task *j = st_container(t->joiners.next, st_task, join_link);
    st_sched_wake(j);  /* unlinks it */
  }
  t->top = NULL;
  if (t->kind == ST_K_BODY && base != NULL && base->nmembers > 1) {
    base->drain_start = st_sched_now(rt) | 1;  /* its children remain */
    st_trace_s(base, STDTASK_EV_SCOPE_DRAIN,
               t->outcome == ST_OUT_OK ? "ok" : "error");
  }
  if (t->kind == ST_K_BODY && t->outcome == ST_OUT_ERR && base != NULL) {
    base->self_cancelled = base->token->cancelled && !(base->token->parent
                           && base->token->parent->cancelled);
    st_cancel_fire(base->token);  /* as scope() does when its body fails */
  }
  if (base != NULL) {
    st_link_remove(&t->member);
    t->base = NULL;
    base->nmembers--;
    st_scope_member_done(base);
  }
  if (t->kind == ST_K_MAIN) {
    if (t->outcome != ST_OUT_OK) {
      if (t->outcome == ST_OUT_ERR && rt->main_status == 0) {
        rt->main_status = STDTASK_EMAIN;
        rt->err_ref = t->res_ref;  /* may be rt->nomem_ref: not unref'd */
        t->res_ref = LUA_NOREF;
      } else if (rt->main_status == 0) {
        rt->main_status = STDTASK_EINTR;
      }
      st_cancel_fire(rt->root->token);  /* drain the root cooperatively */
    }
    rt->main = NULL;
    st_driver_free(t);
    st_sched_check_done(rt);
  } else if (t->kind == ST_K_TASK && t->handles == 0) {
    st_driver_free(t);
  }
}


/* Close a dead or suspended thread so its pending <close> variables run
 * exactly once; a handler's error replaces the outcome (never lost). */
static void close_thread(st_task *t, int status) {
  st_rt *rt = t->rt;
  st_task *saved = rt->current;
  int rc;

  t->flags |= ST_F_CLOSING;
  rt->current = t;
  rc = st_closethread(t->co, rt->L);
  rt->current = saved;
  t->flags &= (unsigned char)~ST_F_CLOSING;
  if (rc != LUA_OK) {
    if (!(t->flags & ST_F_SHARED_REF))
      luaL_unref(rt->L, LUA_REGISTRYINDEX, t->res_ref);
    t->flags &= (unsigned char)~ST_F_SHARED_REF;
    t->outcome = ST_OUT_ERR;
    t->nres = 1;
    lua_xmove(t->co, rt->L, 1);
    t->res_ref = luaL_ref(rt->L, LUA_REGISTRYINDEX);
  }
  (void)status;
}


static void abort_scopes(st_task *t) {
  st_scope *s;

  for (s = t->top; s != NULL; s = s->outer) {
    st_scope_abort_members(s);
    st_scope_close(s);
  }
}


/* Hard-abort a task that is not running: it is never resumed again; its
 * scopes abort their members; its <close> variables run. */
void st_driver_abort_now(st_task *t) {
  if (t->state == ST_DONE || (t->flags & ST_F_CLOSING))
    return;
  if (t->flags & ST_F_ABORT_PENDING) {
    t->flags &= (unsigned char)~ST_F_ABORT_PENDING;
    t->rt->npending--;
  }
  if (t->kind != ST_K_BODY)
    st_trace(t, STDTASK_EV_ABORT, NULL);
  st_sched_dequeue(t);
  st_sched_unwait(t);
  t->state = ST_RUNNING;  /* neither waiting nor queued: nothing wakes it */
  t->outcome = ST_OUT_ABORTED;
  t->flags |= ST_F_CLOSING;  /* no re-entry while the cascade runs */
  abort_scopes(t);
  t->flags &= (unsigned char)~ST_F_CLOSING;
  if (t->flags & ST_F_STARTED)
    close_thread(t, LUA_YIELD);
  finish(t);
}


/* Is t the running task or one it descends from?  Then it cannot be torn
 * down now: its abort waits until the running task stops. */
static int running_under(st_task *t) {
  st_task *x = t->rt->current;

  while (x != NULL) {
    if (x == t)
      return 1;
    x = x->base != NULL ? x->base->owner : NULL;
  }
  return 0;
}


void st_driver_abort(st_task *t) {
  if (t->state == ST_DONE || t->rt == NULL)
    return;
  if (running_under(t)) {
    if (!(t->flags & ST_F_ABORT_PENDING)) {
      t->flags |= ST_F_ABORT_PENDING;
      t->rt->npending++;
    }
    return;
  }
  st_driver_abort_now(t);
}


/* Carry out the aborts deferred while a task ran. */
void st_driver_flush(st_rt *rt) {
  while (rt->npending > 0 && rt->current == NULL) {
    st_link *l;
    st_task *found = NULL;
    for (l = rt->tasks.next; l != &rt->tasks; l = l->next) {
      st_task *t = st_container(l, st_task, all);
      if (t->flags & ST_F_ABORT_PENDING) {
        found = t;
        break;
      }
    }
    if (found == NULL) {
      rt->npending = 0;
      break;
    }
    st_driver_abort_now(found);
  }
}


static const char *suspend_reason(const st_task *t) {
  switch (t->wait) {
    case ST_W_SLEEP: return "sleep";
    case ST_W_JOIN: return "join";
    case ST_W_DRAIN: return "drain";
    case ST_W_TIMEOUT: return "timeout";
    default: return "yield";
  }
}


/* [-3, +0] Record how a task ended: its results, or its error with a
 * traceback, then close its thread.  Allocates: runs under lua_pcall. */
static int complete_p(lua_State *L) {
  st_task *t = lua_touserdata(L, 1);
  int status = (int)lua_tointeger(L, 2), nres = (int)lua_tointeger(L, 3);
  st_rt *rt = t->rt;
  lua_State *co = t->co;

  lua_settop(L, 0);
  if (status == LUA_OK) {
    t->outcome = ST_OUT_OK;
    store_results(t, nres);
    return 0;
  }
  /* A traceback for the host's report of a failure; the cancellation
   * error is how cancelled tasks end, never reported: skip its cost. */
  if (t->kind != ST_K_BODY && !st_cancel_is_error(co, -1)) {
    /* lua_tostring would turn a number error into a string in place:
     * only a string error is used as the message. */
    luaL_traceback(L, co, lua_type(co, -1) == LUA_TSTRING
                          ? lua_tostring(co, -1) : NULL, 0);
    if (t->kind == ST_K_MAIN)
      rt->tb_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else
      t->tb_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  t->outcome = ST_OUT_ERR;
  lua_pushvalue(co, -1);
  store_results(t, 1);
  abort_scopes(t);  /* only if an error bypassed a scope's drain */
  close_thread(t, status);
  return 0;
}


/* A task ended (status, nres from lua_resume).  If recording it runs out
 * of memory, it still ends, with the error "not enough memory" (a value
 * kept aside for this): a task is never lost, whatever fails. */
static void complete(st_task *t, int status, int nres) {
  st_rt *rt = t->rt;
  lua_State *L = rt->L;
  int rc = LUA_ERRMEM;

  if (lua_checkstack(L, 4)) {
    lua_pushcfunction(L, complete_p);  /* light: allocates nothing */
    lua_pushlightuserdata(L, t);
    lua_pushinteger(L, status);
    lua_pushinteger(L, nres);
    rc = lua_pcall(L, 3, 0, 0);
    if (rc != LUA_OK)
      lua_pop(L, 1);
  }
  if (rc != LUA_OK) {
    if (!(t->flags & ST_F_SHARED_REF))
      luaL_unref(L, LUA_REGISTRYINDEX, t->res_ref);
    t->outcome = ST_OUT_ERR;
    t->nres = 1;
    t->res_ref = rt->nomem_ref;
    t->flags |= ST_F_SHARED_REF;
    if (lua_status(t->co) != LUA_OK || lua_gettop(t->co) > 0) {
      /* Whatever was not closed yet: best effort, errors ignored. */
      t->flags |= ST_F_CLOSING;
      rt->current = t;
      st_closethread(t->co, L);
      rt->current = NULL;
      t->flags &= (unsigned char)~ST_F_CLOSING;
    }
  }
  finish(t);
}


/* Resume t once, from the scheduler, and act on how it stopped. */
void st_driver_resume(st_task *t) {
  st_rt *rt = t->rt;
  lua_State *co = t->co;
  int nargs = 0, nres = 0, status;

  if (!(t->flags & ST_F_STARTED)) {
    t->flags |= ST_F_STARTED;
    nargs = lua_gettop(co) - 1;
    if (t->kind == ST_K_BODY)  /* its task resumes, in the body */
      st_trace(t, STDTASK_EV_RESUME, "with_timeout body");
    else
      st_trace(t, STDTASK_EV_START, NULL);
  } else {
    st_trace(t, STDTASK_EV_RESUME, NULL);
  }
  t->state = ST_RUNNING;
  rt->current = t;
  status = lua_resume(co, rt->L, nargs, &nres);
  rt->current = NULL;
  if (status == LUA_YIELD) {
    /* std.task's suspensions changed t->state during lua_resume. */
    /* cppcheck-suppress knownConditionTrueFalse */
    if (t->state == ST_RUNNING) {
      /* A coroutine.yield that bypassed std.task: plain requeue. */
      lua_pop(co, nres);
      st_sched_enqueue(t);
    }
    st_trace(t, STDTASK_EV_SUSPEND, suspend_reason(t));
  } else {
    complete(t, status, nres);
  }
  st_driver_flush(rt);
}


/* [-0, +n] Push t's stored values: its results, or its error value;
 * returns how many. */
int st_driver_push_values(lua_State *L, st_task *t) {
  int i;

  if (t->nres == 0)
    return 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, t->res_ref);
  if (t->outcome != ST_OUT_OK || t->nres == 1)
    return 1;
  luaL_checkstack(L, t->nres, "too many results");
  for (i = 1; i <= t->nres; i++)
    lua_rawgeti(L, -i, i);
  lua_remove(L, -t->nres - 1);
  return t->nres;
}


/* Push t's outcome as join sees it: its results, or raise its error. */
int st_driver_push_outcome(lua_State *L, st_task *t) {
  int n;

  t->flags |= ST_F_OBSERVED;
  if (t->outcome == ST_OUT_ABORTED)
    return luaL_error(L, "%s", ST_MSG_ABORTED);
  n = st_driver_push_values(L, t);
  if (t->outcome == ST_OUT_ERR)
    return lua_error(L);
  return n;
}


/* Did t fail with the cancellation error?  That is how cancelled tasks
 * end, not a failure worth reporting. */
static int cancel_error(st_task *t) {
  lua_State *L = t->rt->L;
  int yes;

  lua_rawgeti(L, LUA_REGISTRYINDEX, t->res_ref);
  yes = st_cancel_is_error(L, -1);
  lua_pop(L, 1);
  return yes;
}


/* Release the Lua references a record holds (runtime still alive). */
void st_driver_release(st_task *t) {
  st_rt *rt = t->rt;

  if (rt == NULL)
    return;
  if (t->outcome == ST_OUT_ERR && !(t->flags & (ST_F_OBSERVED | ST_F_REPORTED))
      && t->kind == ST_K_TASK && rt->unjoined != NULL && !cancel_error(t)) {
    const char *name = NULL;
    t->flags |= ST_F_REPORTED;
    if (t->name_ref != LUA_NOREF) {
      lua_rawgeti(rt->L, LUA_REGISTRYINDEX, t->name_ref);
      name = lua_tostring(rt->L, -1);
    }
    lua_rawgeti(rt->L, LUA_REGISTRYINDEX, t->res_ref);
    lua_rawgeti(rt->L, LUA_REGISTRYINDEX, t->tb_ref);
    rt->unjoined(rt->unjoined_ud, rt->L, t->id, name);
    lua_pop(rt->L, name != NULL ? 3 : 2);
  }
  if (t->state != ST_DONE) {  /* teardown after a failed abort */
    st_sched_dequeue(t);
    st_sched_unwait(t);
    if (t->base != NULL) {
      st_link_remove(&t->member);
      t->base->nmembers--;
      t->base = NULL;
    }
    t->state = ST_DONE;
  }
  release_thread(t);
  luaL_unref(rt->L, LUA_REGISTRYINDEX, t->name_ref);
  if (!(t->flags & ST_F_SHARED_REF))
    luaL_unref(rt->L, LUA_REGISTRYINDEX, t->res_ref);
  luaL_unref(rt->L, LUA_REGISTRYINDEX, t->tb_ref);
  t->name_ref = t->res_ref = t->tb_ref = LUA_NOREF;
  t->flags &= (unsigned char)~ST_F_SHARED_REF;
  /* An orphan: its Handles free it, or, if a finalizer never ran (Lua
   * skips one whose call fails for lack of memory), the registry anchor's
   * __gc, which lua_close runs after every Handle's. */
  st_link_remove(&t->all);
  st_link_insert_tail(&rt->orphans, &t->all);
  t->rt = NULL;
}


/* Free a finished record nobody holds. */
void st_driver_free(st_task *t) {
  st_rt *rt = t->rt;

  st_driver_release(t);
  if (t->handles != 0)
    return;
  st_link_remove(&t->all);  /* from rt->orphans */
  if (rt != NULL && !rt->closing && rt->npool_task < ST_POOL)
    rt->pool_task[rt->npool_task++] = t;
  else
    free(t);
}


/* Handle. */

static st_task *check_handle(lua_State *L, const char *fname) {
  handle_ud *u = st_api_checkud(L, 1, ST_HANDLE_MT, fname);
  return u->t;
}


static int join_k(lua_State *L, int status, lua_KContext ctx) {
  st_task *t = (st_task *)ctx;
  st_task *cur = t->rt != NULL ? t->rt->current : NULL;

  (void)status;
  if (t->state == ST_DONE)
    return st_driver_push_outcome(L, t);
  if (cur != NULL)
    st_cancel_check(L, cur);
  return luaL_error(L, "join: woken before the task ended");
}


static int handle_join(lua_State *L) {
  st_task *t = check_handle(L, "join");
  st_task *cur;

  if (t->state == ST_DONE)
    return st_driver_push_outcome(L, t);
  cur = st_api_fiber(L, t->rt, "join");
  if (cur->ident == t)
    return luaL_error(L, "join: a task cannot join itself");
  st_cancel_check_suspend(L, cur);
  cur->state = ST_WAITING;
  cur->wait = ST_W_JOIN;
  cur->target = t;
  st_link_insert_tail(&t->joiners, &cur->join_link);
  st_cancel_wait(cur);
  return lua_yieldk(L, 0, (lua_KContext)t, join_k);
}


static int handle_abort(lua_State *L) {
  st_driver_abort(check_handle(L, "abort"));
  return 0;
}


static int handle_is_finished(lua_State *L) {
  lua_pushboolean(L, check_handle(L, "is_finished")->state == ST_DONE);
  return 1;
}


static int handle_elapsed(lua_State *L) {
  st_task *t = check_handle(L, "elapsed");
  uint64_t end = t->state == ST_DONE || t->rt == NULL ? t->t_end
                                                   : st_sched_ns(t->rt);

  lua_pushnumber(L, (lua_Number)(end - t->t_start) / 1e6);
  return 1;
}


static int handle__index(lua_State *L) {
  handle_ud *u;
  const char *k;

  lua_pushvalue(L, 2);  /* methods first: h:join() is the hot path */
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
    return 1;
  u = luaL_checkudata(L, 1, ST_HANDLE_MT);
  k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
  if (k != NULL && strcmp(k, "id") == 0) {
    lua_pushinteger(L, (lua_Integer)u->t->id);
    return 1;
  }
  if (k != NULL && strcmp(k, "name") == 0) {
    if (u->t->rt != NULL && u->t->name_ref != LUA_NOREF)
      lua_rawgeti(L, LUA_REGISTRYINDEX, u->t->name_ref);
    else
      lua_pushnil(L);
    return 1;
  }
  lua_pushnil(L);
  return 1;
}


static int handle__gc(lua_State *L) {
  handle_ud *u = luaL_checkudata(L, 1, ST_HANDLE_MT);
  st_task *t = u->t;

  u->t = NULL;
  if (t != NULL && --t->handles == 0) {
    if (t->rt == NULL) {  /* orphaned by stdtask_runtime_free */
      st_link_remove(&t->all);
      free(t);
    }
    else if (t->state == ST_DONE)
      st_driver_free(t);
  }
  return 0;
}


static int handle__tostring(lua_State *L) {
  handle_ud *u = luaL_checkudata(L, 1, ST_HANDLE_MT);

  lua_pushfstring(L, "std.task.Handle #%I (%s)", (lua_Integer)u->t->id,
                  u->t->state == ST_DONE ? "finished" : "running");
  return 1;
}


static const luaL_Reg handle_methods[] = {
  {"join", handle_join},
  {"abort", handle_abort},
  {"is_finished", handle_is_finished},
  {"elapsed", handle_elapsed},
  {NULL, NULL}
};


/* coroutine.yield, as seen by every thread.  Inside a user coroutine it is
 * the stock yield.  At task level (DESIGN §7) the async_fn driver discards
 * the values and requeues the task, no checkpoint; the coroutine driver
 * makes yield() a cancel-aware yield and yield(ms) a cancel-aware sleep. */
static int coyield_k(lua_State *L, int status, lua_KContext ctx) {
  st_rt *rt = st_api_rt(L);

  (void)status;
  if (ctx && rt != NULL && rt->current != NULL)
    st_cancel_check(L, rt->current);
  return 0;
}


int st_driver_coyield(lua_State *L) {
  st_rt *rt = st_api_rt(L);
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
      st_sched_sleep(L, t, ms);
      return lua_yieldk(L, 0, 1, coyield_k);
    }
  }
  lua_settop(L, 0);
  st_sched_enqueue(t);
  return lua_yieldk(L, 0, 1, coyield_k);
}


/* Build the Handle metatable. */
void st_driver_open(lua_State *L) {
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
