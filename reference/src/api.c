/*
 * api.c -- the Lua-facing std.task.* functions, registration and the
 * public C API of the runtime.
 *
 * The runtime record is allocated at registration and anchored in the
 * registry; every std.task function gets it as upvalue 1.  It is freed
 * with the lua_State, after stdtask_runtime_free() detached the loop.
 */
#include <stdlib.h>
#include <string.h>

#include "stdtask-int.h"

/* The runtime record lives inside the anchor userdata: its memory stays
 * valid until lua_close() frees every object, after the last finalizer,
 * so a finalizer that runs after anchor__gc (in lua_close, any order)
 * still reads a record, one marked gone, never freed memory. */
typedef struct anchor_ud {
  st_rt rt;
} anchor_ud;

static void set_ops(st_rt *rt);


/* Continuation of a yield: ctx is the yielding task, resumed again. */
static int check_k(lua_State *L, int status, lua_KContext ctx) {
  (void)status;
  if (st_sched_foreign(L, ((st_task *)ctx)->rt, (st_task *)ctx))
    return lua_yieldk(L, 0, ctx, check_k);
  st_cancel_check(L, (st_task *)ctx);
  return 0;
}


/* std.task.spawn(fn [, opts]) */
static int task_spawn(lua_State *L) {
  st_rt *rt = st_base_rt(L);
  st_scope *s;

  if (lua_type(L, 1) != LUA_TFUNCTION)
    st_base_typeerror(L, 1, "spawn", "function");
  if (!lua_isnoneornil(L, 2) && lua_type(L, 2) != LUA_TTABLE)
    st_base_typeerror(L, 2, "spawn", "table or nil");
  if (lua_istable(L, 2))
    st_base_checkopts(L, 2, "spawn", st_base_spawn_opts);
  if (rt->loop == NULL)
    return luaL_error(L, "spawn: no std.task runtime is running");
  s = rt->current != NULL ? st_scope_current(rt->current) : rt->root;
  if (s == NULL)
    s = rt->root;
  st_task_spawn(L, rt, s, 1, lua_istable(L, 2) ? 2 : 0, "spawn");
  return 1;
}


/* std.task.sleep(ms): checkpoint, suspend, checkpoint.  sleep(0) is
 * yield(). */
static int task_sleep(lua_State *L) {
  uint64_t ms = st_ms_check(L, 1, "sleep");
  st_task *cur = st_base_fiber(L, st_base_rt(L), "sleep");

  st_cancel_check_suspend(L, cur);
  if (ms == 0)
    st_sched_enqueue(cur);
  else
    st_cancel_sleep(L, cur, ms);
  return lua_yieldk(L, 0, (lua_KContext)cur, check_k);  /* no values */
}


/* std.task.yield(): to the back of the run queue, then checkpoint. */
static int task_yield(lua_State *L) {
  st_task *cur = st_base_fiber(L, st_base_rt(L), "yield");

  st_sched_enqueue(cur);
  return lua_yieldk(L, 0, (lua_KContext)cur, check_k);  /* no values */
}


static int task_current(lua_State *L) {
  st_rt *rt = st_base_rt(L);
  st_task *cur = rt->current;
  st_token *tok;

  if (cur == NULL || cur->ident == NULL) {
    lua_pushnil(L);
    return 1;
  }
  tok = st_cancel_effective(cur);
  lua_createtable(L, 0, 3);
  lua_pushinteger(L, (lua_Integer)cur->ident->id);
  lua_setfield(L, -2, "id");
  if (cur->ident->kind == ST_K_TASK) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, cur->ident->ref);
    st_base_push_name(L, -1);
    lua_setfield(L, -3, "name");
    lua_pop(L, 1);
  }
  lua_pushboolean(L, tok != NULL && tok->cancelled);
  lua_setfield(L, -2, "cancelled");
  return 1;
}


static const luaL_Reg task_funcs[] = {
  {"spawn", task_spawn},
  {"sleep", task_sleep},
  {"yield", task_yield},
  {"checkpoint", st_cancel_checkpoint},
  {"scope", st_scope_scope},
  {"with_timeout", st_scope_with_timeout},
  {"cancel_token", st_cancel_token_new},
  {"current", task_current},
  {NULL, NULL}
};


/* lua_close(): release what the record owns and mark it gone; every
 * std.task function then raises, as after stdtask_runtime_free(). */
static int anchor__gc(lua_State *L) {
  anchor_ud *a = lua_touserdata(L, 1);

  if (a->rt.loop != NULL)
    st_sched_orphan(&a->rt);  /* a runtime never freed: detach its handles */
  st_timer_free_all(&a->rt);
  a->rt.gone = 1;
  return 0;
}


/* [-0, +0] The runtime record of L, or NULL if std.task is not there. */
static st_rt *find_rt(lua_State *L) {
  st_rt *rt = NULL;

  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key) == LUA_TUSERDATA)
    rt = &((anchor_ud *)lua_touserdata(L, -1))->rt;
  lua_pop(L, 1);
  return rt != NULL && rt->gone ? NULL : rt;
}


/* [-0, +1] A new table with weak keys: entries go with their task record. */
static void push_weak_keys(lua_State *L) {
  lua_createtable(L, 0, 0);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
}


/* [-0, +1] Set std.task up in L if it is not yet (runtime record,
 * metatables, coroutine.yield), apply cfg, and push the module table. */
static void setup(lua_State *L, const stdtask_config *cfg) {
  st_rt *rt = find_rt(L);

  if (rt == NULL && lua_rawgetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key) != LUA_TNIL)
    luaL_error(L, "std.task: the Lua state is closing");
  if (rt == NULL) {
    anchor_ud *a;
    lua_pop(L, 1);
    a = lua_newuserdatauv(L, sizeof *a, ST_AV_N);
    memset(a, 0, sizeof *a);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, anchor__gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    rt = &a->rt;
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
    rt->L = lua_tothread(L, -1);
    lua_pop(L, 1);
    rt->root_ref = rt->nomem_ref = LUA_NOREF;
    set_ops(rt);
    st_link_init(&rt->queue);
    st_link_init(&rt->tasks);
    st_cancel_open(L);
    st_scope_open(L);
    st_handle_open(L);
    luaL_getmetatable(L, ST_HANDLE_MT);
    rt->handle_mt_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    push_weak_keys(L);
    lua_setiuservalue(L, -2, ST_AV_FAILED);
    push_weak_keys(L);
    lua_setiuservalue(L, -2, ST_AV_NAMES);
    push_weak_keys(L);
    lua_setiuservalue(L, -2, ST_AV_THREADS);
    if (lua_getglobal(L, "coroutine") == LUA_TTABLE)
      st_coro_open(L, rt, -1);
    lua_pop(L, 1);
    /* The module table, kept as the anchor's user value. */
    lua_createtable(L, 0, sizeof task_funcs / sizeof task_funcs[0] - 1);
    lua_pushlightuserdata(L, rt);
    luaL_setfuncs(L, task_funcs, 1);
    lua_setiuservalue(L, -2, ST_AV_MODULE);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key);
  }
  rt->cfg = *cfg;
  lua_rawgetp(L, LUA_REGISTRYINDEX, &st_base_anchor_key);
  lua_getiuservalue(L, -1, ST_AV_MODULE);
  lua_remove(L, -2);
}


static int do_register(lua_State *L) {
  const stdtask_config *cfg = lua_touserdata(L, 1);

  if (lua_getglobal(L, "std") != LUA_TTABLE) {
    lua_pushinteger(L, STDTASK_ENOSTD);
    return 1;
  }
  setup(L, cfg);
  lua_setfield(L, -2, "task");
  lua_pushinteger(L, 0);
  return 1;
}


/* [-0, +1] The module table, for a loadable module: no `std` needed. */
int stdtask_open(lua_State *L) {
  stdtask_config cfg;
  st_rt *rt;

  if (L == NULL)
    return STDTASK_EINVAL;
  rt = find_rt(L);
  if (rt != NULL)
    cfg = rt->cfg;
  else
    stdtask_config_init(&cfg);
  setup(L, &cfg);
  return 0;
}


/* Run fn under lua_pcall with a light userdata argument; returns its
 * integer result, or STDTASK_ENOMEM if it raised. */
static int protected_call(lua_State *L, lua_CFunction fn, void *ud) {
  int rc;

  if (!lua_checkstack(L, 3))
    return STDTASK_ENOMEM;
  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, ud);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    lua_pop(L, 1);
    return STDTASK_ENOMEM;
  }
  rc = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  return rc;
}


const char *stdtask_version(void) {
  return STDTASK_VERSION_STRING;
}


const char *stdtask_strerror(int err) {
  switch (err) {
    case 0: return "success";
    case STDTASK_EINVAL: return "invalid argument";
    case STDTASK_ENOSTD: return "no global 'std' table to register into";
    case STDTASK_ENOTREG: return "std.task is not registered in this state";
    case STDTASK_EBUSY: return "a runtime is already bound to this state";
    case STDTASK_ENOMEM: return "not enough memory";
    case STDTASK_EMAIN: return "the main chunk raised an error";
    case STDTASK_EDEADLOCK: return "deadlock: tasks left that nothing can wake";
    case STDTASK_EINTR: return "the run was interrupted by the host";
    default: return err < 0 && err > -4096 ? uv_strerror(err)
                                            : "unknown error";
  }
}


void stdtask_config_init(stdtask_config *cfg) {
  if (cfg == NULL)
    return;
  memset(cfg, 0, sizeof *cfg);
  cfg->default_driver = STDTASK_DRIVER_ASYNC_FN;
  cfg->default_grace_ms = 1000;
}


int stdtask_register(lua_State *L) {
  stdtask_config cfg;

  stdtask_config_init(&cfg);
  return stdtask_register_with(L, &cfg);
}


int stdtask_register_with(lua_State *L, const stdtask_config *cfg) {
  if (L == NULL || cfg == NULL)
    return STDTASK_EINVAL;
  if (cfg->default_driver != STDTASK_DRIVER_ASYNC_FN
      && cfg->default_driver != STDTASK_DRIVER_COROUTINE)
    return STDTASK_EINVAL;
  if (cfg->clock != STDTASK_CLOCK_REAL && cfg->clock != STDTASK_CLOCK_VIRTUAL)
    return STDTASK_EINVAL;
  return protected_call(L, do_register, (void *)(uintptr_t)cfg);
}


int stdtask_config_get(lua_State *L, stdtask_config *cfg) {
  st_rt *rt;

  if (L == NULL || cfg == NULL)
    return STDTASK_EINVAL;
  rt = find_rt(L);
  if (rt == NULL)
    return STDTASK_ENOTREG;
  *cfg = rt->cfg;
  return 0;
}


static int make_root(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  rt->root = st_scope_new(L, rt, NULL, 0);
  rt->root_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushliteral(L, "not enough memory");
  rt->nomem_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushinteger(L, 0);
  return 1;
}


int stdtask_runtime_new(lua_State *L, uv_loop_t *loop, stdtask_runtime **rtp) {
  st_rt *rt;
  int rc;

  if (L == NULL || loop == NULL || rtp == NULL)
    return STDTASK_EINVAL;
  rt = find_rt(L);
  if (rt == NULL)
    return STDTASK_ENOTREG;
  if (rt->loop != NULL)
    return STDTASK_EBUSY;
  rc = protected_call(rt->L, make_root, rt);
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
static void set_ops(st_rt *rt) {
  rt->ops.resume = st_task_resume;
  rt->ops.settle = st_abort_flush;
  rt->ops.due[ST_W_TIMEOUT] = st_scope_on_timer;
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
  return protected_call(rt->L, abort_all, rt);
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
    if (protected_call(L, abort_all, rt) == 0)
      break;
  for (tries = 0; tries < 64; tries++)
    if (protected_call(L, release_all, rt) == 0)
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
