/*
 * task.c -- task records: creation and spawn, the resume loop of both
 * drivers, how a task ends (its outcome recorded, its thread released or
 * pooled).  The hard abort is in abort.c, the Handle's methods in
 * handle.c.
 *
 * The functions below that run outside a protected call use a few slots
 * of the main thread's stack (rt->L), which stdtask_runtime_run reserves.
 */
#include <string.h>

#include "compat.h"
#include "stdtask-int.h"

static const char *const driver_names[] = {"async_fn", "coroutine", NULL};


const char *st_task_driver_name(int driver) {
  return driver_names[driver == STDTASK_DRIVER_COROUTINE];
}


/* Parse a driver name at idx (nil: -1). */
int st_task_parse_driver(lua_State *L, int idx, const char *fname, int arg) {
  const char *s;
  int i;

  if (lua_isnil(L, idx))
    return -1;
  if (lua_type(L, idx) != LUA_TSTRING)
    st_base_argerror(L, arg, fname, lua_pushfstring(L,
        "'driver' must be a string, got %s", luaL_typename(L, idx)));
  s = lua_tostring(L, idx);
  for (i = 0; driver_names[i] != NULL; i++)
    if (strcmp(s, driver_names[i]) == 0)
      return i;
  return st_base_argerror(L, arg, fname, lua_pushfstring(L,
      "unknown driver '%s' (expected 'async_fn' or 'coroutine')", s));
}


/* [-0, +1] Make a task record, named by the string at index name (0:
 * none), with a thread, and push it; the caller pushes the function (and
 * arguments) onto t->co and queues it.  Every allocation comes first: if
 * one raises, what was made is garbage. */
st_task *st_task_new(lua_State *L, st_rt *rt, int kind, int driver,
                       st_scope *base, int name) {
  st_task *t;

  luaL_checkstack(L, 4, NULL);
  if (name != 0)
    name = lua_absindex(L, name);
  t = lua_newuserdatauv(L, sizeof *t, 1);
  memset(t, 0, sizeof *t);  /* rt == NULL: its __gc does nothing */
  t->ref = LUA_NOREF;
  if (kind == ST_K_TASK) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, rt->handle_mt_ref);
    lua_setmetatable(L, -2);
  }
  if (name != 0) {  /* names[record] = name */
    st_base_push_anchor(L);
    lua_getiuservalue(L, -1, ST_AV_NAMES);
    lua_pushvalue(L, -3);
    lua_pushvalue(L, name);
    lua_rawset(L, -3);
    lua_pop(L, 2);
  }
  if (rt->npool > 0) {
    /* The idle thread's registry slot becomes the record's anchor. */
    int ref = rt->pool_ref[--rt->npool];
    t->co = rt->pool_co[rt->npool];
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_setiuservalue(L, -2, ST_UV_THREAD);
    lua_pushvalue(L, -1);
    lua_rawseti(L, LUA_REGISTRYINDEX, ref);  /* existing key: no alloc */
    t->ref = ref;
  } else {
    t->co = lua_newthread(L);
    lua_setiuservalue(L, -2, ST_UV_THREAD);
    lua_pushvalue(L, -1);
    t->ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  t->rt = rt;
  t->kind = (unsigned char)kind;
  t->driver = (unsigned char)driver;
  t->state = ST_NEW;
  t->ident = kind == ST_K_TASK ? t : NULL;
  t->stamp = st_sched_stamp(rt);
  if (rt->virtual_clock)
    t->flags |= ST_F_VIRTUAL;
  st_link_init(&t->qlink);
  st_link_init(&t->member);
  st_link_init(&t->tok_link);
  st_link_init(&t->joiners);
  st_link_insert_tail(&rt->tasks, &t->all);
  if (base != NULL)
    st_task_link(t, base);
  return t;
}


/* Undo st_task_new for a record that never became a task: it is
 * garbage, never queued, never linked to a scope. */
static void discard(st_task *t) {
  st_link_remove(&t->all);
  luaL_unref(t->rt->L, LUA_REGISTRYINDEX, t->ref);
  t->ref = LUA_NOREF;
  t->co = NULL;
  t->state = ST_DONE;
  t->outcome = ST_OUT_ABORTED;
  t->rt = NULL;
}


/* [-0, +1] Spawn fn (at index fn) into scope s with the options table at
 * opts (0: none); pushes its Handle.  Raises for bad arguments. */
void st_task_spawn(lua_State *L, st_rt *rt, st_scope *s, int fn,
                     int opts, const char *fname) {
  int driver = rt->cfg.default_driver;
  int has_name = 0;
  st_task *t;

  luaL_checkstack(L, 5, NULL);
  if (opts != 0) {
    int d;
    lua_getfield(L, opts, "name");
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
      st_base_argerror(L, opts, fname, lua_pushfstring(L,
          "'name' must be a string, got %s", luaL_typename(L, -1)));
    has_name = !lua_isnil(L, -1);
    lua_getfield(L, opts, "driver");
    d = st_task_parse_driver(L, -1, fname, opts);
    if (d >= 0)
      driver = d;
    lua_pop(L, 1);  /* leave the name on top */
  }
  if (s->closed)
    luaL_error(L, "%s: %s", fname, ST_MSG_CLOSED);
  /* st_task_new makes every allocation before it links the task into
   * its scope; nothing after it allocates.  An allocation may run a
   * finalizer that closes s (it aborts s's owner): look again. */
  t = st_task_new(L, rt, ST_K_TASK, driver, NULL, has_name ? -1 : 0);
  if (s->closed) {
    discard(t);
    luaL_error(L, "%s: %s", fname, ST_MSG_CLOSED);
  }
  if (opts != 0)
    lua_remove(L, -2);  /* the name */
  t->id = ++rt->next_id;
  lua_pushvalue(L, fn);
  lua_xmove(L, t->co, 1);  /* the function; a fresh or reset stack has room */
  st_task_link(t, s);
  st_trace(t, STDTASK_EV_SPAWN, NULL);
  st_sched_enqueue(t);
}


/* Drop the record's anchor and give up its thread: the outcome waiting
 * on the thread becomes the record's user value, and the thread goes
 * back to the pool if it is clean (finished or closed, so no frame or
 * pending <close> is left on it), else to the collector.  After this,
 * only Lua references keep the record.  Allocates nothing. */
static void release_thread(st_task *t) {
  st_rt *rt = t->rt;
  lua_State *L = rt->L, *co = t->co;

  if (t->ref == LUA_NOREF)
    return;
  lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);  /* the record */
  if (t->nres > 0)
    lua_xmove(co, L, 1);
  else
    lua_pushnil(L);
  if (t->kind == ST_K_MAIN && t->outcome == ST_OUT_ERR) {
    st_base_push_anchor(L);  /* stdtask_runtime_push_error's */
    lua_pushvalue(L, -2);
    lua_setiuservalue(L, -2, ST_AV_ERROR);
    lua_pop(L, 1);
  }
  lua_setiuservalue(L, -2, ST_UV_VALUES);  /* in place of the thread */
  if (lua_status(co) == LUA_OK)
    lua_settop(co, 0);  /* an unstarted body must not stay resumable */
  /* A thread user code may hold (ST_F_EXPOSED) is never reused: closing
   * or inspecting it later must not reach an unrelated task. */
  if (rt->npool < ST_POOL && !rt->closing && t->state == ST_DONE
      && lua_status(co) == LUA_OK && !(t->flags & ST_F_EXPOSED)) {
    lua_settop(co, 0);
    if (lua_gethook(co) != NULL)
      lua_sethook(co, NULL, 0, 0);
    lua_pushthread(co);
    lua_xmove(co, L, 1);
    lua_rawseti(L, LUA_REGISTRYINDEX, t->ref);  /* the slot keeps it */
    rt->pool_co[rt->npool] = co;
    rt->pool_ref[rt->npool++] = t->ref;
  } else {
    luaL_unref(L, LUA_REGISTRYINDEX, t->ref);
  }
  lua_pop(L, 1);
  t->ref = LUA_NOREF;
  t->co = NULL;
}


/* Release the pooled threads (runtime teardown). */
void st_task_drain_pool(st_rt *rt) {
  while (rt->npool > 0)
    luaL_unref(rt->L, LUA_REGISTRYINDEX, rt->pool_ref[--rt->npool]);
}


/* Did alive task t fail with the cancellation error?  Its error waits
 * on its thread. */
static int cancel_error(st_task *t) {
  return t->nres > 0 && st_cancel_is_error(t->co, -1);
}


static const char *outcome_name(st_task *t) {
  switch (t->outcome) {
    case ST_OUT_OK: return "ok";
    case ST_OUT_ABORTED: return "aborted";
    default: return cancel_error(t) ? "cancelled" : "error";
  }
}


/* A task ended (outcome stored): leave its scope, wake its joiners and
 * the drain it completed, then drop its anchor. */
void st_task_finish(st_task *t) {
  st_rt *rt = t->rt;
  st_scope *base = t->base;

  t->state = ST_DONE;
  t->stamp = st_sched_stamp(rt) - t->stamp;
  t->flags &= (unsigned short)~ST_F_ABORT_PENDING;
  /* A with_timeout body is its task running on: its end is the task
   * suspending until the scope drains (an aborted body says nothing: its
   * task was suspended already), so each task's events stay in order. */
  if (t->rt->trace != NULL && t->kind != ST_K_BODY)
    st_trace_emit(t, STDTASK_EV_FINISH, outcome_name(t));
  else if (t->rt->trace != NULL && t->outcome != ST_OUT_ABORTED)
    st_trace_emit(t, STDTASK_EV_SUSPEND, "drain");
  while (!st_link_empty(&t->joiners)) {
    st_task *j = st_container(t->joiners.next, st_task, qlink);
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
  st_link_remove(&t->all);
  if (t->kind == ST_K_MAIN) {
    if (t->outcome != ST_OUT_OK) {
      if (t->outcome == ST_OUT_ERR && rt->main_status == 0) {
        rt->main_status = STDTASK_EMAIN;  /* its error: release_thread */
      } else if (rt->main_status == 0) {
        rt->main_status = STDTASK_EINTR;
      }
      st_cancel_fire(rt->root->token);  /* drain the root cooperatively */
    }
    rt->main = NULL;
    release_thread(t);
    st_sched_check_done(rt);
  } else {
    release_thread(t);
  }
}


/* Make t a member of scope s (it drains t). */
void st_task_link(st_task *t, st_scope *s) {
  t->base = s;
  st_link_insert_tail(&s->members, &t->member);
  s->nmembers++;
}


/* [-0, +n] Push t's stored values (its results, or its error value) from
 * its record at index rec; returns how many. */
int st_task_push_values(lua_State *L, st_task *t, int rec) {
  int i;

  if (t->nres == 0)
    return 0;
  lua_getiuservalue(L, rec, ST_UV_VALUES);
  if (t->outcome != ST_OUT_OK || t->nres == 1)
    return 1;
  luaL_checkstack(L, t->nres, "too many results");
  for (i = 1; i <= t->nres; i++)
    lua_rawgeti(L, -i, i);
  lua_remove(L, -t->nres - 1);
  return t->nres;
}


static const char *suspend_reason(const st_task *t) {
  switch (t->wait) {
    case ST_W_SLEEP: return "sleep";
    case ST_W_JOIN: return "join";
    case ST_W_DRAIN: return "drain";
    case ST_W_TIMEOUT: return "timeout";
    case ST_W_HOST: return t->hw != NULL ? t->hw->name_ : "host";
    default: return "yield";
  }
}


/* [-3, +0] Record how a task ended: its results, or its error with a
 * traceback, then close its thread.  Allocates: runs under lua_pcall. */
static int complete_p(lua_State *L) {
  st_task *t = lua_touserdata(L, 1);
  int status = (int)lua_tointeger(L, 2), nres = (int)lua_tointeger(L, 3);
  lua_State *co = t->co;

  lua_settop(L, 0);
  lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);  /* 1: the record */
  if (status == LUA_OK) {  /* the results wait on co, as one value */
    t->outcome = ST_OUT_OK;
    if (nres > 1) {
      int i;
      luaL_checkstack(L, nres + 1, "too many results");
      lua_createtable(L, nres, 0);
      lua_xmove(co, L, nres);
      for (i = nres; i >= 1; i--)
        lua_rawseti(L, 2, i);
      lua_xmove(L, co, 1);
    }
    t->nres = nres;
    return 0;
  }
  /* A traceback for the host's report of a failure; the cancellation
   * error is how cancelled tasks end, never reported: skip its cost. */
  if (t->kind != ST_K_BODY && !st_cancel_is_error(co, -1)) {
    st_base_push_anchor(L);  /* 2 */
    if (t->kind == ST_K_TASK) {  /* failed[record] = traceback */
      lua_getiuservalue(L, 2, ST_AV_FAILED);
      lua_pushvalue(L, 1);
    }
    /* lua_tostring would turn a number error into a string in place:
     * only a string error is used as the message. */
    luaL_traceback(L, co, lua_type(co, -1) == LUA_TSTRING
                          ? lua_tostring(co, -1) : NULL, 0);
    if (t->kind == ST_K_TASK)
      lua_rawset(L, 3);
    else
      lua_setiuservalue(L, 2, ST_AV_TB);
    lua_settop(L, 1);
  }
  st_abort_scopes(t);  /* only if an error bypassed a scope's drain */
  st_abort_close_thread(t);  /* leaves the error (or a handler's) on co */
  return 0;
}


/* A task ended (status, nres from lua_resume).  If recording it runs out
 * of memory, it still ends, with the error "not enough memory" (a value
 * kept aside for this): a task is never lost, whatever fails. */
static void complete(st_task *t, int status, int nres) {
  st_rt *rt = t->rt;
  lua_State *L = rt->L;
  int rc = LUA_ERRMEM;

  /* Recording allocates, and an allocation may run a finalizer that
   * aborts t: that abort finds ST_F_ENDING and does nothing. */
  t->flags |= ST_F_ENDING;
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
    lua_State *co = t->co;
    t->outcome = ST_OUT_ERR;
    if (t->kind == ST_K_MAIN) {  /* no traceback of another error */
      st_base_push_anchor(L);
      lua_pushnil(L);
      lua_setiuservalue(L, -2, ST_AV_TB);
      lua_pop(L, 1);
    }
    if (lua_status(co) != LUA_OK || lua_gettop(co) > 0) {
      /* Whatever was not closed yet: best effort, errors ignored. */
      t->flags |= ST_F_CLOSING;
      rt->current = t;
      st_closethread(co, L);
      rt->current = NULL;
      t->flags &= (unsigned short)~ST_F_CLOSING;
    }
    lua_settop(co, 0);  /* a reset or finished thread has room */
    lua_rawgeti(co, LUA_REGISTRYINDEX, rt->nomem_ref);
    t->nres = 1;
  }
  st_task_finish(t);
}


static int foreign_raise(lua_State *L) {
  return luaL_error(L, ST_MSG_FOREIGN);
}


/* Resume t once, from the scheduler, and act on how it stopped. */
void st_task_resume(st_task *t) {
  st_rt *rt = t->rt;
  lua_State *co = t->co;
  int nargs = 0, nres = 0, status;

  if (t->state == ST_DONE || co == NULL)
    return;  /* ended while it was queued: never resumed again */
  if (!(t->flags & ST_F_STARTED)) {
    t->flags |= ST_F_STARTED;
    nargs = lua_gettop(co) - 1;
    if (t->kind == ST_K_BODY)  /* its task resumes, in the body */
      st_trace(t, STDTASK_EV_RESUME, "with_timeout body");
    else
      st_trace(t, STDTASK_EV_START, NULL);
  } else {
    st_trace(t, STDTASK_EV_RESUME, NULL);
    if (lua_status(co) == LUA_OK) {
      /* The scheduler left it suspended: a stock coroutine.close reset
       * it.  Run it once more, to fail with a clear error. */
      lua_settop(co, 0);
      lua_pushcfunction(co, foreign_raise);
    }
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
  if (rt->npending > 0)
    st_abort_flush(rt);
}


/* Release alive record t at runtime teardown: it is never resumed, its
 * thread goes to the collector; what Lua still holds of it (a Handle)
 * reads as an aborted task. */
void st_task_release(st_task *t) {
  if (t->rt == NULL)
    return;
  if (t->state != ST_DONE) {  /* teardown after a failed abort */
    st_sched_dequeue(t);
    st_sched_unwait(t);
    if (t->base != NULL) {
      st_link_remove(&t->member);
      t->base->nmembers--;
      t->base = NULL;
    }
    t->state = ST_DONE;
    t->stamp = st_sched_stamp(t->rt) - t->stamp;
    if (t->outcome == ST_OUT_NONE)
      t->outcome = ST_OUT_ABORTED;
  }
  st_link_remove(&t->all);
  release_thread(t);
  t->rt = NULL;
}
