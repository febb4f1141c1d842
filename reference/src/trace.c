/*
 * trace.c -- the trace hook (DESIGN §9) and the host's other hooks.
 */
#include "stdtask-int.h"


/* Call the trace hook for t.  Bodies of with_timeout report their task. */
void st_trace_emit(st_task *t, stdtask_event ev) {
  st_rt *rt = t->rt;
  st_task *who = t->ident != NULL ? t->ident : t;
  const char *name = NULL;

  if (who->name_ref != LUA_NOREF && who->rt != NULL) {
    lua_rawgeti(rt->L, LUA_REGISTRYINDEX, who->name_ref);
    name = lua_tostring(rt->L, -1);  /* the registry keeps it alive */
    lua_pop(rt->L, 1);
  }
  rt->trace(rt->trace_ud, ev, who->id, name, (stdtask_driver)t->driver);
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
