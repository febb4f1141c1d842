/*
 * runtime.c -- the runtime's life, as the host drives it (stdtask.h):
 * new, start, run, cancel, abort, free; and what the scheduler calls back
 * (st_sched_ops): the run ends when the main chunk ended and the root
 * scope drained, and a run with nothing that can ever wake is a deadlock.
 */
#include <stdlib.h>
#include <string.h>

#include "stdtask-int.h"


static int make_root(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  rt->root = st_scope_new(L, rt, NULL, 0);
  rt->root_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushliteral(L, ST_MSG_NOMEM);
  rt->nomem_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushinteger(L, 0);
  return 1;
}


int stdtask_runtime_new(lua_State *L, uv_loop_t *loop, stdtask_runtime **rtp) {
  st_rt *rt;
  int rc;

  if (L == NULL || loop == NULL || rtp == NULL)
    return STDTASK_EINVAL;
  rt = st_base_find_rt(L);
  if (rt == NULL)
    return STDTASK_ENOTREG;
  if (rt->loop != NULL)
    return STDTASK_EBUSY;
  rc = st_base_pcall(rt->L, make_root, rt);
  if (rc != 0)
    return rc;
  rc = st_sched_init(rt, loop);
  if (rc != 0) {
    luaL_unref(rt->L, LUA_REGISTRYINDEX, rt->root_ref);
    rt->root_ref = LUA_NOREF;
    rt->root = NULL;
    return rc;
  }
  rt->main_status = 0;
  rt->interrupted = 0;
  *rtp = (stdtask_runtime *)rt;
  return 0;
}


/* Stack: rt (light userdata), the function and its arguments. */
static int start_main(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);
  int n = lua_gettop(L) - 1;
  st_task *t = st_task_new(L, rt, ST_K_MAIN, rt->cfg.default_driver,
                             NULL, 0);

  lua_pop(L, 1);  /* the record: its registry slot anchors it */
  luaL_checkstack(t->co, n, "too many arguments");  /* may raise: t is */
  lua_xmove(L, t->co, n);                           /* in no scope yet */
  st_task_link(t, rt->root);
  rt->main = t;
  st_sched_enqueue(t);
  lua_pushinteger(L, 0);
  return 1;
}


int stdtask_runtime_start(stdtask_runtime *srt, int nargs) {
  st_rt *rt = (st_rt *)srt;
  lua_State *L;

  if (rt == NULL || rt->loop == NULL || nargs < 0)
    return STDTASK_EINVAL;
  L = rt->L;
  if (rt->main != NULL || lua_gettop(L) < nargs + 1
      || lua_type(L, -nargs - 1) != LUA_TFUNCTION)
    return rt->main != NULL ? STDTASK_EBUSY : STDTASK_EINVAL;
  if (!lua_checkstack(L, 2))
    return STDTASK_ENOMEM;
  /* A light C function and a light userdata: nothing to allocate outside
   * the protected call. */
  lua_pushcfunction(L, start_main);
  lua_insert(L, -nargs - 2);
  lua_pushlightuserdata(L, rt);
  lua_insert(L, -nargs - 2);
  if (lua_pcall(L, nargs + 2, 1, 0) != LUA_OK) {
    lua_pop(L, 1);
    return STDTASK_ENOMEM;
  }
  lua_pop(L, 1);
  return 0;
}


/* The run is over once the main chunk ended and the root scope drained. */
static int run_done(st_rt *rt) {
  return rt->main == NULL && rt->root->nmembers == 0;
}


static const char *wait_name(const st_task *t) {
  switch (t->wait) {
    case ST_W_JOIN: return "join";
    case ST_W_DRAIN: return "scope drain";
    case ST_W_TIMEOUT: return "with_timeout";
    case ST_W_SLEEP: return "sleep";
    case ST_W_HOST: return t->hw != NULL ? t->hw->name_ : "host wait";
    default: return "nothing";
  }
}


/* Nothing ready, no deadline: whatever is left can never wake.  Report
 * each task to the host's hook, then abort them all (a deadlock). */
static void run_stuck(st_rt *rt) {
  st_link *l;

  if (rt->stuck != NULL) {
    for (l = rt->tasks.next; l != &rt->tasks; l = l->next) {
      st_task *t = st_container(l, st_task, all);
      if (t->state == ST_DONE || t->kind == ST_K_BODY)
        continue;
      rt->stuck(rt->stuck_ud, t->id, st_base_task_name(t), wait_name(t));
    }
  }
  if (rt->main_status == 0)
    rt->main_status = STDTASK_EDEADLOCK;
  if (rt->main != NULL)
    st_abort_task(rt->main);
  st_scope_abort_members(rt->root);
  st_abort_flush(rt);
}


/* What the scheduler calls back: the task layer runs tasks and carries
 * out deferred aborts, with_timeout owns its stage timers. */
void st_runtime_set_ops(st_rt *rt) {
  rt->ops.resume = st_task_resume;
  rt->ops.settle = st_abort_flush;
  rt->ops.due[ST_W_TIMEOUT] = st_scope_on_timer;
  rt->ops.leave[ST_W_HOST] = st_wait_leave;
  rt->ops.done = run_done;
  rt->ops.stuck = run_stuck;
}


static int main_cancelled(st_rt *rt) {
  int yes;

  st_base_push_anchor(rt->L);
  lua_getiuservalue(rt->L, -1, ST_AV_ERROR);
  yes = st_cancel_is_error(rt->L, -1);
  lua_pop(rt->L, 2);
  return yes;
}


int stdtask_runtime_run(stdtask_runtime *srt) {
  st_rt *rt = (st_rt *)srt;
  int rc;

  if (rt == NULL || rt->loop == NULL)
    return STDTASK_EINVAL;
  if (rt->running)
    return STDTASK_EBUSY;
  /* Room on the main thread's stack for finishing and aborting tasks,
   * which run outside any protected call (see task.c). */
  if (!lua_checkstack(rt->L, 8))
    return STDTASK_ENOMEM;
  st_sched_run(rt);
  rc = rt->main_status;
  if (rt->interrupted
      && (rc == 0 || (rc == STDTASK_EMAIN && main_cancelled(rt))))
    rc = STDTASK_EINTR;  /* the host's cancel, seen by the main chunk */
  return rc;
}


int stdtask_runtime_push_error(stdtask_runtime *srt) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL)
    return STDTASK_EINVAL;
  st_base_push_anchor(rt->L);
  lua_getiuservalue(rt->L, -1, ST_AV_ERROR);
  lua_getiuservalue(rt->L, -2, ST_AV_TB);
  lua_remove(rt->L, -3);
  return 0;
}


int stdtask_runtime_cancel(stdtask_runtime *srt) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL || rt->loop == NULL)
    return STDTASK_EINVAL;
  rt->interrupted = 1;
  st_cancel_fire(rt->root->token);
  return 0;
}


static int abort_all(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  st_scope_abort_members(rt->root);  /* the main chunk is a member */
  st_abort_flush(rt);
  lua_pushinteger(L, 0);
  return 1;
}


int stdtask_runtime_abort(stdtask_runtime *srt) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL || rt->loop == NULL)
    return STDTASK_EINVAL;
  rt->interrupted = 1;
  return st_base_pcall(rt->L, abort_all, rt);
}


static int release_all(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  rt->releasing = 1;  /* owners may go before their scopes: scope.c */
  st_handle_report_all(rt);
  while (!st_link_empty(&rt->tasks))
    st_task_release(st_container(rt->tasks.next, st_task, all));
  lua_pushinteger(L, 0);
  return 1;
}


void stdtask_runtime_free(stdtask_runtime *srt) {
  st_rt *rt = (st_rt *)srt;
  lua_State *L;
  int tries;

  if (rt == NULL || rt->loop == NULL)
    return;
  L = rt->L;
  /* Out of memory midway (a <close> handler, the host's unjoined hook),
   * go on: each failed try has made progress, and every record must be
   * released whatever happens. */
  for (tries = 0; tries < 8; tries++)
    if (st_base_pcall(L, abort_all, rt) == 0)
      break;
  for (tries = 0; tries < 64; tries++)
    if (st_base_pcall(L, release_all, rt) == 0)
      break;
  rt->closing = 1;  /* nothing goes back to the pools from here on */
  st_task_drain_pool(rt);
  st_cancel_fire(rt->root->token);
  rt->root->closed = 1;
  luaL_unref(L, LUA_REGISTRYINDEX, rt->root_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, rt->nomem_ref);
  rt->root_ref = rt->nomem_ref = LUA_NOREF;
  st_base_push_anchor(L);  /* the main chunk's error and traceback */
  lua_pushnil(L);
  lua_setiuservalue(L, -2, ST_AV_ERROR);
  lua_pushnil(L);
  lua_setiuservalue(L, -2, ST_AV_TB);
  lua_pop(L, 1);
  rt->root = NULL;
  rt->main = NULL;
  rt->current = NULL;
  rt->npending = 0;
  st_sched_close(rt);
}
