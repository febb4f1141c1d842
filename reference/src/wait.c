/*
 * wait.c -- waits defined by the host (spec part 10, stdtask.h): a
 * lua_CFunction of the embedder suspends the calling task on a
 * stdtask_wait it owns; its own event source completes it later.
 *
 * Ownership, libuv's way: the host's memory holds the wait; the task
 * points to it (t->hw) and it to the task (task_) while the wait lasts.
 * The wait ends exactly once: the host resolves or rejects it (the task
 * is woken with the outcome), or the scheduler lets go of it (a cancel
 * wakes the task, an abort or the runtime's end tears it down: the
 * ST_W_HOST leave callback, st_wait_leave) and calls the host's cancel
 * callback.  Either way both links are cut first, so a late completion
 * finds task_ NULL and is refused.
 */
#include "stdtask-int.h"


/* Cut the links between t and its wait; returns the wait. */
static stdtask_wait *detach(st_task *t) {
  stdtask_wait *w = t->hw;

  t->hw = NULL;
  if (w != NULL)
    w->task_ = NULL;
  return w;
}


/* The scheduler ends t's wait for another reason than the host's
 * completion (cancel, abort, teardown): the host lets go too. */
void st_wait_leave(st_task *t) {
  stdtask_wait *w = detach(t);

  if (w != NULL && w->cancel_ != NULL)
    w->cancel_(w);
}


/* Continuation: t resumed, by the host's completion or not. */
static int wait_k(lua_State *L, int status, lua_KContext ctx) {
  st_task *t = (st_task *)ctx;
  int n = t->wres;

  (void)status;
  if (st_sched_foreign(L, t->rt, t))
    return lua_yieldk(L, 0, ctx, wait_k);
  t->wres = ST_WRES_NONE;
  if (n == ST_WRES_ERROR)
    return lua_error(L);
  if (n >= 0)
    return n;  /* the values the host pushed, on top */
  st_cancel_check(L, t);  /* woken by a cancel: raise it */
  return luaL_error(L, "%s: the wait ended without a completion",
                    "stdtask_wait_suspend");
}


/* Can the task running L suspend here?  The conditions of st_base_fiber,
 * tested without raising: the host's cancel callback must run first. */
static st_task *waiting_fiber(lua_State *L, st_rt *rt) {
  st_task *cur = rt != NULL ? rt->current : NULL;

  if (cur == NULL || (cur->flags & ST_F_CLOSING) || cur->co != L
      || !lua_isyieldable(L) || rt->loop == NULL)
    return NULL;
  return cur;
}


int stdtask_wait_suspend(lua_State *L, stdtask_wait *w, const char *name,
                         stdtask_wait_cancel_fn on_cancel) {
  st_rt *rt = st_base_find_rt(L);
  st_task *t = waiting_fiber(L, rt);
  st_token *tok;

  if (name == NULL)
    name = "host wait";
  w->task_ = NULL;
  w->cancel_ = on_cancel;
  w->name_ = name;
  if (t == NULL || t->hw != NULL) {
    if (on_cancel != NULL)
      on_cancel(w);  /* the host may free w: not read after this */
    if (rt == NULL)
      return luaL_error(L, "%s: not inside a std.task task", name);
    st_base_fiber(L, rt, name);  /* raises why */
    return luaL_error(L, "%s: cannot suspend here", name);
  }
  tok = st_cancel_effective(t);
  if (tok != NULL && tok->cancelled) {  /* level-triggered, at entry */
    if (on_cancel != NULL)
      on_cancel(w);
    st_cancel_check_suspend(L, t);  /* a schedule point, then raises */
  }
  w->task_ = t;
  t->hw = w;
  t->wres = ST_WRES_NONE;
  t->state = ST_WAITING;
  t->wait = ST_W_HOST;
  st_cancel_wait(t);
  lua_settop(L, 0);  /* the host's values go on an empty frame */
  return lua_yieldk(L, 0, (lua_KContext)t, wait_k);
}


uv_loop_t *stdtask_loop(lua_State *L) {
  st_rt *rt = L != NULL ? st_base_find_rt(L) : NULL;

  return rt != NULL && !rt->closing ? rt->loop : NULL;
}


lua_State *stdtask_wait_thread(stdtask_wait *w) {
  st_task *t = w != NULL ? w->task_ : NULL;

  return t != NULL ? t->co : NULL;
}


/* End w with the outcome res (values, or the error); wake its task. */
static int complete(stdtask_wait *w, int res) {
  st_task *t = w != NULL ? w->task_ : NULL;

  if (t == NULL || t->hw != w || t->state != ST_WAITING)
    return STDTASK_EINVAL;
  detach(t);
  t->wres = res;
  st_sched_wake(t);
  return 0;
}


int stdtask_wait_resolve(stdtask_wait *w, int n) {
  return n < 0 ? STDTASK_EINVAL : complete(w, n);
}


int stdtask_wait_reject(stdtask_wait *w) {
  return complete(w, ST_WRES_ERROR);
}
