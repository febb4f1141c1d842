/*
 * trace.c -- the trace hook and the host's other hooks.
 *
 * Every call site tests rt->trace first (the st_trace macros), so a
 * runtime without a hook pays one branch per event.
 */
#include <string.h>

#include "stdtask-int.h"


/* A task event.  Bodies of with_timeout report their task. */
void st_trace_emit(st_task *t, stdtask_event ev, const char *detail) {
  st_rt *rt = t->rt;
  st_task *who = t->kind == ST_K_TASK ? t : t->ident;
  stdtask_trace_event e;

  e.event = ev;
  e.id = who != NULL ? who->id : 0;
  e.name = st_base_task_name_len(who, &e.name_len);
  e.driver = (stdtask_driver)t->driver;
  e.detail = detail;
  e.detail_len = detail != NULL ? strlen(detail) : 0;
  e.scope = t->base != NULL ? t->base->id : 0;
  e.parent = 0;
  e.target = ev == STDTASK_EV_SUSPEND && t->wait == ST_W_JOIN
             && t->target != NULL ? t->target->id : 0;
  e.time_ns = st_sched_ns(rt) - rt->t0;
  rt->trace(rt->trace_ud, &e);
}


/* A scope event, attributed to the task whose stack holds the scope.  The
 * name of an opening scope is read from its registry slot, for its
 * length. */
void st_trace_scope(st_scope *s, stdtask_event ev, const char *detail) {
  st_rt *rt = s->rt;
  st_task *owner = s->owner;
  st_task *who = owner == NULL ? NULL
                 : owner->kind == ST_K_TASK ? owner : owner->ident;
  stdtask_trace_event e;

  e.event = ev;
  e.id = who != NULL ? who->id : 0;
  e.name = st_base_task_name_len(who, &e.name_len);
  e.driver = owner != NULL ? (stdtask_driver)owner->driver
                           : rt->cfg.default_driver;
  e.detail = detail;
  e.detail_len = detail != NULL ? strlen(detail) : 0;
  if (ev == STDTASK_EV_SCOPE_OPEN && s->name_ref != LUA_NOREF) {
    lua_rawgeti(rt->L, LUA_REGISTRYINDEX, s->name_ref);  /* a string */
    e.detail = lua_tolstring(rt->L, -1, &e.detail_len);
    lua_pop(rt->L, 1);  /* the registry keeps it */
  }
  e.scope = s->id;
  if (s->outer != NULL)
    e.parent = s->outer->id;
  else if (owner != NULL && owner->base != NULL)
    e.parent = owner->base->id;
  else
    e.parent = 0;
  e.target = 0;
  e.time_ns = rt->loop != NULL ? st_sched_ns(rt) - rt->t0 : 0;
  rt->trace(rt->trace_ud, &e);
}


int stdtask_trace_set_hook(stdtask_runtime *srt, stdtask_trace_fn fn,
                           void *ud) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL)
    return STDTASK_EINVAL;
  rt->trace = fn;
  rt->trace_ud = ud;
  return 0;
}


int stdtask_unjoined_set_hook(stdtask_runtime *srt, stdtask_unjoined_fn fn,
                              void *ud) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL)
    return STDTASK_EINVAL;
  rt->unjoined = fn;
  rt->unjoined_ud = ud;
  return 0;
}


int stdtask_stuck_set_hook(stdtask_runtime *srt, stdtask_stuck_fn fn,
                           void *ud) {
  st_rt *rt = (st_rt *)srt;

  if (rt == NULL)
    return STDTASK_EINVAL;
  rt->stuck = fn;
  rt->stuck_ud = ud;
  return 0;
}
