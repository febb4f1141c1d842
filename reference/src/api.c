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
  st_rt *rt = st_base_find_rt(L);

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
    st_runtime_set_ops(rt);
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
  rt = st_base_find_rt(L);
  if (rt != NULL)
    cfg = rt->cfg;
  else
    stdtask_config_init(&cfg);
  setup(L, &cfg);
  return 0;
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
    case STDTASK_ENOMEM: return ST_MSG_NOMEM;
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
  return st_base_pcall(L, do_register, (void *)(uintptr_t)cfg);
}


int stdtask_config_get(lua_State *L, stdtask_config *cfg) {
  st_rt *rt;

  if (L == NULL || cfg == NULL)
    return STDTASK_EINVAL;
  rt = st_base_find_rt(L);
  if (rt == NULL)
    return STDTASK_ENOTREG;
  *cfg = rt->cfg;
  return 0;
}
