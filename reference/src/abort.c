/*
 * abort.c -- the hard abort (spec part 5): a task is never resumed again,
 * the scopes it had open abort their members first, innermost first, and
 * then its own <close> variables run, exactly once.  An abort of a task
 * on the C stack (running, or whose <close> handlers run) waits until it
 * stops (ST_F_ABORT_PENDING, carried out by st_abort_flush).
 */
#include "compat.h"
#include "stdtask-int.h"


/* [-3, +0] failed[record] = what to report for the error value at 2,
 * unless a traceback is there already and 3 is false: a <close>
 * handler's error (3 true when it replaced the task's error), whose
 * stack is gone by the time it is seen. */
static int note_failure_p(lua_State *L) {
  int replaced = lua_toboolean(L, 3);

  st_base_push_anchor(L);
  lua_getiuservalue(L, -1, ST_AV_FAILED);
  lua_pushvalue(L, 1);
  if (lua_rawget(L, -2) == LUA_TNIL || replaced) {
    lua_pushvalue(L, 1);
    if (lua_type(L, 2) == LUA_TSTRING)
      lua_pushvalue(L, 2);
    else
      lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 2));
    lua_rawset(L, -4);
  }
  return 0;
}


/* Close a dead or suspended thread so its pending <close> variables run
 * exactly once; a handler's error replaces the outcome (never lost). */
void st_abort_close_thread(st_task *t) {
  st_rt *rt = t->rt;
  st_task *saved = rt->current;
  int rc, st, before = 0;

  if (t->co == NULL)
    return;  /* released already: nothing left to close */
  st = lua_status(t->co);
  if (st != LUA_OK && st != LUA_YIELD && lua_checkstack(rt->L, 4)) {
    lua_pushvalue(t->co, -1);  /* the error it died with, to compare */
    lua_xmove(t->co, rt->L, 1);
    before = lua_gettop(rt->L);
  }
  t->flags |= ST_F_CLOSING;
  t->below = saved;  /* still on the C stack: st_abort_running_under */
  rt->current = t;
  rc = st_closethread(t->co, rt->L);
  rt->current = saved;
  t->below = NULL;
  t->flags &= (unsigned short)~ST_F_CLOSING;
  if (rc != LUA_OK) {  /* the error is alone on the reset thread */
    lua_State *L = rt->L;
    t->outcome = ST_OUT_ERR;
    t->nres = 1;
    if (t->kind == ST_K_TASK && !st_cancel_is_error(t->co, -1)
        && lua_checkstack(L, 4)) {  /* best effort: a report, not the outcome */
      int replaced;
      lua_pushcfunction(L, note_failure_p);
      lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);
      lua_pushvalue(t->co, -1);
      lua_xmove(t->co, L, 1);
      replaced = before == 0 || !lua_rawequal(L, -1, before);
      lua_pushboolean(L, replaced);
      if (lua_pcall(L, 3, 0, 0) != LUA_OK)
        lua_pop(L, 1);
    }
  }
  if (before != 0)
    lua_remove(rt->L, before);
}


/* Abort the members of every scope t has open and close the scopes: an
 * error bypassed their drain. */
void st_abort_scopes(st_task *t) {
  st_scope *s;

  for (s = t->top; s != NULL; s = s->outer) {
    st_scope_abort_members(s);
    st_scope_close(s);
  }
}


/* Its end is decided: a finalizer or a <close> handler that aborts it
 * again while the cascade runs finds ST_F_ENDING. */
static void abort_begin(st_task *t) {
  t->flags |= ST_F_ENDING;
  if (t->flags & ST_F_ABORT_PENDING) {
    t->flags &= (unsigned short)~ST_F_ABORT_PENDING;
    t->rt->npending--;
  }
  if (t->kind != ST_K_BODY)
    st_trace(t, STDTASK_EV_ABORT, NULL);
  st_sched_dequeue(t);
  st_sched_unwait(t);
  t->state = ST_RUNNING;  /* neither waiting nor queued: nothing wakes it */
  t->outcome = ST_OUT_ABORTED;
  t->flags |= ST_F_CLOSING;  /* no re-entry while the cascade runs */
  t->abort_at = t->top;
}


/* The next member of t's scopes to abort, innermost scope first; closes
 * each scope left with no member to abort.  NULL: t's turn. */
static st_task *abort_next(st_task *t) {
  while (t->abort_at != NULL) {
    st_task *m = st_scope_abort_pick(t->abort_at);
    if (m != NULL)
      return m;
    st_scope_close(t->abort_at);
    t->abort_at = t->abort_at->outer;
  }
  return NULL;
}


/* Hard-abort a task that is not running: it is never resumed again; its
 * scopes abort their members, innermost first; its <close> variables run
 * after theirs.  The cascade walks the task tree with an explicit stack
 * (abort_up), not the C stack: a chain of 10^5 nested tasks aborts in
 * constant C stack. */
void st_abort_now(st_task *t) {
  st_task *top;

  if (t->state == ST_DONE || (t->flags & (ST_F_CLOSING | ST_F_ENDING)))
    return;
  abort_begin(t);
  t->abort_up = NULL;
  top = t;
  while (top != NULL) {
    st_task *m = abort_next(top), *up;

    if (m != NULL) {
      abort_begin(m);
      m->abort_up = top;
      top = m;
      continue;
    }
    up = top->abort_up;
    top->abort_up = NULL;
    top->flags &= (unsigned short)~ST_F_CLOSING;
    if (top->flags & ST_F_STARTED)
      st_abort_close_thread(top);
    st_task_finish(top);
    top = up;
  }
}


/* Is t on the C stack, or does a task on it descend from t?  On the stack
 * are the current task and, through `below`, the tasks under it whose
 * code aborted it (its <close> handlers run inside their call).  Such a
 * t cannot be torn down now: its abort waits until the running task
 * stops. */
int st_abort_running_under(st_task *t) {
  st_task *f, *x;

  for (f = t->rt->current; f != NULL; f = f->below)
    for (x = f; x != NULL; x = x->base != NULL ? x->base->owner : NULL)
      if (x == t)
        return 1;
  return 0;
}


/* Can st_abort_task end t at once?  Not while it or a task under it
 * runs, nor while its end is being recorded. */
int st_abort_abortable(st_task *t) {
  return t->state != ST_DONE && t->rt != NULL
         && !(t->flags & (ST_F_CLOSING | ST_F_ENDING))
         && !st_abort_running_under(t);
}


void st_abort_task(st_task *t) {
  if (t->state == ST_DONE || t->rt == NULL || (t->flags & ST_F_ENDING))
    return;
  if (st_abort_running_under(t)) {
    if (!(t->flags & ST_F_ABORT_PENDING)) {
      t->flags |= ST_F_ABORT_PENDING;
      t->rt->npending++;
    }
    return;
  }
  st_abort_now(t);
}


/* Carry out the aborts deferred while a task ran. */
void st_abort_flush(st_rt *rt) {
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
    st_abort_now(found);
  }
}
