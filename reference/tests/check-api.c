/*
 * check-api.c -- the public C API (stdtask.h): configuration and
 * registration, the runtime's life cycle, the main chunk's error, error
 * texts and argument checking.  The hooks and host interrupts are in
 * check-host.c.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask.h"
#include "support.h"


/* Configuration and registration. */

START_TEST(test_api_config_init_defaults) {
  stdtask_config cfg;
  int i;

  memset(&cfg, 0xA5, sizeof cfg);
  stdtask_config_init(&cfg);
  ck_assert_int_eq(cfg.default_driver, STDTASK_DRIVER_ASYNC_FN);
  ck_assert_uint_eq(cfg.default_grace_ms, 1000);
  for (i = 0; i < 4; i++)
    ck_assert_ptr_null(cfg.reserved[i]);
  stdtask_config_init(NULL);  /* no crash */
}
END_TEST


START_TEST(test_api_version) {
  ck_assert_str_eq(stdtask_version(), STDTASK_VERSION_STRING);
}
END_TEST


START_TEST(test_api_register_without_std) {
  lua_State *L = st_test_state_bare(0);
  stdtask_config cfg;
  stdtask_runtime *rt = NULL;
  uv_loop_t loop;

  st_test_dostring(L, "stock_yield = coroutine.yield");
  ck_assert_int_eq(stdtask_register(L), STDTASK_ENOSTD);
  ck_assert_int_eq(lua_gettop(L), 0);
  /* Nothing was created: no std, no metatables, no runtime record, the
   * stock coroutine.yield. */
  st_test_dostring(L, "same = std == nil and coroutine.yield == stock_yield");
  ck_assert(st_test_gbool(L, "same"));
  ck_assert_int_eq(luaL_getmetatable(L, "std.task.Handle"), LUA_TNIL);
  ck_assert_int_eq(luaL_getmetatable(L, "std.task.Scope"), LUA_TNIL);
  ck_assert_int_eq(luaL_getmetatable(L, "std.task.CancelToken"), LUA_TNIL);
  lua_settop(L, 0);
  ck_assert_int_eq(stdtask_config_get(L, &cfg), STDTASK_ENOTREG);
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  ck_assert_int_eq(stdtask_runtime_new(L, &loop, &rt), STDTASK_ENOTREG);
  ck_assert_ptr_null(rt);
  st_test_loop_close_clean(&loop);
  lua_close(L);
}
END_TEST


START_TEST(test_api_register_std_not_a_table) {
  lua_State *L = st_test_state_bare(0);

  lua_pushinteger(L, 3);
  lua_setglobal(L, "std");
  ck_assert_int_eq(stdtask_register(L), STDTASK_ENOSTD);
  ck_assert_int_eq(lua_getglobal(L, "std"), LUA_TNUMBER);
  lua_close(L);
}
END_TEST


START_TEST(test_api_register_bad_driver) {
  lua_State *L = st_test_state_bare(1);
  stdtask_config cfg;

  stdtask_config_init(&cfg);
  cfg.default_driver = (stdtask_driver)7;
  ck_assert_int_eq(stdtask_register_with(L, &cfg), STDTASK_EINVAL);
  cfg.default_driver = (stdtask_driver)-1;
  ck_assert_int_eq(stdtask_register_with(L, &cfg), STDTASK_EINVAL);
  lua_getglobal(L, "std");
  ck_assert_int_eq(lua_getfield(L, -1, "task"), LUA_TNIL);
  lua_settop(L, 0);
  ck_assert_int_eq(stdtask_config_get(L, &cfg), STDTASK_ENOTREG);
  lua_close(L);
}
END_TEST


START_TEST(test_api_register_with_then_get) {
  lua_State *L = st_test_state_bare(1);
  stdtask_config in, out;

  stdtask_config_init(&in);
  in.default_driver = STDTASK_DRIVER_COROUTINE;
  in.default_grace_ms = 250;
  ck_assert_int_eq(stdtask_register_with(L, &in), 0);
  ck_assert_int_eq(lua_gettop(L), 0);
  memset(&out, 0, sizeof out);
  ck_assert_int_eq(stdtask_config_get(L, &out), 0);
  ck_assert_int_eq(out.default_driver, STDTASK_DRIVER_COROUTINE);
  ck_assert_uint_eq(out.default_grace_ms, 250);
  lua_close(L);
}
END_TEST


START_TEST(test_api_register_twice_replaces_config) {
  lua_State *L = st_test_state_bare(1);
  stdtask_config in, out;

  stdtask_config_init(&in);
  in.default_grace_ms = 5;
  ck_assert_int_eq(stdtask_register_with(L, &in), 0);
  in.default_grace_ms = 6;
  in.default_driver = STDTASK_DRIVER_COROUTINE;
  ck_assert_int_eq(stdtask_register_with(L, &in), 0);
  ck_assert_int_eq(stdtask_config_get(L, &out), 0);
  ck_assert_uint_eq(out.default_grace_ms, 6);
  ck_assert_int_eq(out.default_driver, STDTASK_DRIVER_COROUTINE);
  ck_assert_int_eq(stdtask_register(L), 0);
  ck_assert_int_eq(stdtask_config_get(L, &out), 0);
  ck_assert_uint_eq(out.default_grace_ms, 1000);
  ck_assert_int_eq(out.default_driver, STDTASK_DRIVER_ASYNC_FN);
  lua_close(L);
}
END_TEST


/* The registered default driver is the one tasks get. */
START_TEST(test_api_default_driver_applies) {
  lua_State *L = st_test_state_bare(1);
  stdtask_config cfg;

  stdtask_config_init(&cfg);
  cfg.default_driver = STDTASK_DRIVER_COROUTINE;
  ck_assert_int_eq(stdtask_register_with(L, &cfg), 0);
  st_test_run_ok(L,
    "local tok\n"
    "std.task.scope(function(s)\n"
    "  s:spawn(function()\n"
    "    s:cancel()\n"
    "    ok, e = pcall(coroutine.yield)  -- a checkpoint in this driver\n"
    "  end)\n"
    "end)\n");
  ck_assert(!st_test_gbool(L, "ok"));
  ck_assert_str_eq(st_test_gstr(L, "e"), "task cancelled");
  lua_close(L);
}
END_TEST


START_TEST(test_api_module_functions) {
  static const char *const names[] = {
    "spawn", "sleep", "yield", "checkpoint", "scope", "with_timeout",
    "cancel_token", "current"
  };
  lua_State *L = st_test_state_new();
  size_t i, n = 0;

  lua_getglobal(L, "std");
  ck_assert_int_eq(lua_getfield(L, -1, "task"), LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    const char *k;
    int known = 0;
    ck_assert_int_eq(lua_type(L, -2), LUA_TSTRING);
    k = lua_tostring(L, -2);
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
      known |= strcmp(k, names[i]) == 0;
    ck_assert_msg(known, "unexpected std.task.%s", k);
    ck_assert_msg(lua_type(L, -1) == LUA_TFUNCTION, "std.task.%s is a %s",
                  k, luaL_typename(L, -1));
    n++;
    lua_pop(L, 1);
  }
  ck_assert_uint_eq(n, sizeof names / sizeof names[0]);
  lua_close(L);
}
END_TEST


/* Runtime life cycle. */

START_TEST(test_api_runtime_new_unregistered) {
  lua_State *L = st_test_state_bare(1);
  stdtask_runtime *rt = NULL;
  uv_loop_t loop;

  ck_assert_int_eq(uv_loop_init(&loop), 0);
  ck_assert_int_eq(stdtask_runtime_new(L, &loop, &rt), STDTASK_ENOTREG);
  ck_assert_ptr_null(rt);
  st_test_loop_close_clean(&loop);
  lua_close(L);
}
END_TEST


START_TEST(test_api_runtime_new_twice) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  stdtask_runtime *rt2 = NULL;
  uv_loop_t loop2;

  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_runtime_new(L, &env.loop, &rt2), STDTASK_EBUSY);
  ck_assert_int_eq(uv_loop_init(&loop2), 0);
  ck_assert_int_eq(stdtask_runtime_new(L, &loop2, &rt2), STDTASK_EBUSY);
  ck_assert_ptr_null(rt2);
  st_test_loop_close_clean(&loop2);  /* nothing was put on it */
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_runtime_start_not_a_function) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 0), STDTASK_EINVAL);
  lua_pushinteger(L, 1);
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 0), STDTASK_EINVAL);
  lua_settop(L, 0);
  lua_newtable(L);
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 0), STDTASK_EINVAL);
  lua_settop(L, 0);
  /* A function, but under more arguments than the stack holds. */
  luaL_loadstring(L, "return");
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 1), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_start(env.rt, -1), STDTASK_EINVAL);
  lua_settop(L, 0);
  /* Nothing was scheduled: a main chunk can still be started. */
  luaL_loadstring(L, "ran = true");
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 0), 0);
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert(st_test_gbool(L, "ran"));
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_runtime_start_twice) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "n = (n or 0) + 1");
  ck_assert_int_eq(lua_gettop(L), 0);  /* the function was popped */
  luaL_loadstring(L, "n = (n or 0) + 10");
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 0), STDTASK_EBUSY);
  lua_settop(L, 0);
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_int_eq(st_test_gint(L, "n"), 1);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_runtime_start_passes_arguments) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  luaL_loadstring(L, "a, b = ...\n"
                     "n = select('#', ...)\n"
                     "cur = std.task.current()\n"
                     "return 'ignored'");
  lua_pushliteral(L, "x");
  lua_pushinteger(L, 42);
  ck_assert_int_eq(stdtask_runtime_start(env.rt, 2), 0);
  ck_assert_int_eq(lua_gettop(L), 0);
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_str_eq(st_test_gstr(L, "a"), "x");
  ck_assert_int_eq(st_test_gint(L, "b"), 42);
  ck_assert_int_eq(st_test_gint(L, "n"), 2);
  ck_assert_int_eq(lua_getglobal(L, "cur"), LUA_TNIL);  /* not a task */
  lua_pop(L, 1);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


/* A run with nothing to do returns at once, and leaves the host's loop
 * as it found it: after stdtask_runtime_free one uv_run finishes the
 * closes and uv_loop_close() succeeds. */
START_TEST(test_api_run_without_main_leaves_loop_clean) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  ck_assert_int_eq(st_test_env_run(&env), 0);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_run_again_after_finish) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "n = (n or 0) + 1");
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_int_eq(st_test_env_run(&env), 0);  /* nothing left to do */
  ck_assert_int_eq(st_test_gint(L, "n"), 1);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


static stdtask_runtime *nested_rt;


static int l_rerun(lua_State *L) {
  lua_pushinteger(L, stdtask_runtime_run(nested_rt));
  return 1;
}


START_TEST(test_api_runtime_run_reentered) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  lua_register(L, "rerun", l_rerun);
  st_test_env_open(&env, L);
  nested_rt = env.rt;
  st_test_env_load(&env, "rc = rerun()");
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_int_eq(st_test_gint(L, "rc"), STDTASK_EBUSY);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_runtime_free_started_not_run) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "ran = true");
  st_test_env_close(&env);
  ck_assert(!st_test_gbool(L, "ran"));
  lua_close(L);
}
END_TEST


/* The main chunk's error. */

START_TEST(test_api_main_error_string) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  int top;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "local x = 1\nerror('boom')\n");
  ck_assert_int_eq(st_test_env_run(&env), STDTASK_EMAIN);
  top = lua_gettop(L);
  ck_assert_int_eq(stdtask_runtime_push_error(env.rt), 0);
  ck_assert_int_eq(lua_gettop(L), top + 2);  /* error value, traceback */
  ck_assert_str_eq(lua_tostring(L, -2), "main:2: boom");
  ck_assert_int_eq(lua_type(L, -1), LUA_TSTRING);
  ck_assert(st_test_contains(lua_tostring(L, -1), "main:2: boom"));
  ck_assert(st_test_contains(lua_tostring(L, -1), "stack traceback"));
  lua_settop(L, 0);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_main_error_value_unchanged) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "err = {}\nerror(err)\n");
  ck_assert_int_eq(st_test_env_run(&env), STDTASK_EMAIN);
  ck_assert_int_eq(stdtask_runtime_push_error(env.rt), 0);
  lua_getglobal(L, "err");
  ck_assert_int_eq(lua_type(L, -1), LUA_TTABLE);
  ck_assert(lua_rawequal(L, -1, -3));  /* the same table */
  lua_settop(L, 0);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_main_error_drains_root) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env,
    "std.task.spawn(function()\n"
    "  local ok, e = pcall(std.task.sleep, 1000000)\n"
    "  child_saw = e\n"
    "end)\n"
    "std.task.yield()\n"
    "error('boom', 0)\n");
  ck_assert_int_eq(st_test_env_run(&env), STDTASK_EMAIN);
  ck_assert_str_eq(st_test_gstr(L, "child_saw"), "task cancelled");
  stdtask_runtime_push_error(env.rt);
  ck_assert_str_eq(lua_tostring(L, -2), "boom");
  lua_settop(L, 0);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_push_error_without_error) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env, "return 1");
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_int_eq(stdtask_runtime_push_error(env.rt), 0);
  ck_assert_int_eq(lua_type(L, -2), LUA_TNIL);
  lua_settop(L, 0);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


START_TEST(test_api_strerror_distinct) {
  static const int codes[] = {
    0, STDTASK_EINVAL, STDTASK_ENOSTD, STDTASK_ENOTREG, STDTASK_EBUSY,
    STDTASK_ENOMEM, STDTASK_EMAIN, STDTASK_EDEADLOCK, STDTASK_EINTR
  };
  size_t i, j, n = sizeof codes / sizeof codes[0];

  for (i = 0; i < n; i++) {
    const char *s = stdtask_strerror(codes[i]);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_gt(strlen(s), 0);
    for (j = 0; j < i; j++)
      ck_assert_str_ne(s, stdtask_strerror(codes[j]));
  }
  /* Our codes stay clear of libuv's range; libuv's are passed through. */
  for (i = 1; i < n; i++)
    ck_assert_int_le(codes[i], -4096);
  ck_assert_str_eq(stdtask_strerror(UV_ENOMEM), uv_strerror(UV_ENOMEM));
  ck_assert_str_ne(stdtask_strerror(-30000), stdtask_strerror(0));
}
END_TEST


/* NULL arguments. */

static void noop_trace(void *ud, const stdtask_trace_event *ev) {
  (void)ud; (void)ev;
}


START_TEST(test_api_null_arguments) {
  lua_State *L = st_test_state_new();
  stdtask_config cfg;
  stdtask_runtime *rt = NULL;
  uv_loop_t loop;

  stdtask_config_init(&cfg);
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  ck_assert_int_eq(stdtask_register(NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_register_with(NULL, &cfg), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_register_with(L, NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_config_get(NULL, &cfg), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_config_get(L, NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_new(NULL, &loop, &rt), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_new(L, NULL, &rt), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_new(L, &loop, NULL), STDTASK_EINVAL);
  ck_assert_ptr_null(rt);
  ck_assert_int_eq(stdtask_runtime_start(NULL, 0), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_run(NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_push_error(NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_cancel(NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_abort(NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_trace_set_hook(NULL, noop_trace, NULL),
                   STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_unjoined_set_hook(NULL, NULL, NULL),
                   STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_stuck_set_hook(NULL, NULL, NULL), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_dump(NULL, stderr), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_check_drains(NULL, 1, stderr),
                   STDTASK_EINVAL);
  stdtask_runtime_free(NULL);
  ck_assert_int_eq(lua_gettop(L), 0);
  /* None of it bound anything: a runtime can still be made. */
  ck_assert_int_eq(stdtask_runtime_new(L, &loop, &rt), 0);
  stdtask_runtime_free(rt);
  st_test_loop_close_clean(&loop);
  lua_close(L);
}
END_TEST


/* Freeing a runtime never started is safe (the loop closes cleanly), and
 * after stdtask_runtime_free the runtime refuses every call. */
START_TEST(test_api_runtime_free_unstarted) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  stdtask_runtime *rt;

  st_test_env_open(&env, L);
  rt = env.rt;
  st_test_env_close(&env);  /* free, no start, no run */
  luaL_loadstring(L, "return");
  ck_assert_int_eq(stdtask_runtime_start(rt, 0), STDTASK_EINVAL);
  lua_settop(L, 0);
  ck_assert_int_eq(stdtask_runtime_run(rt), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_cancel(rt), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_runtime_abort(rt), STDTASK_EINVAL);
  stdtask_runtime_free(rt);  /* twice: no-op */
  lua_close(L);
}
END_TEST


static Suite *api_suite(void) {
  Suite *s = suite_create("api");
  TCase *tc;

  tc = tcase_create("register");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_api_config_init_defaults);
  tcase_add_test(tc, test_api_version);
  tcase_add_test(tc, test_api_register_without_std);
  tcase_add_test(tc, test_api_register_std_not_a_table);
  tcase_add_test(tc, test_api_register_bad_driver);
  tcase_add_test(tc, test_api_register_with_then_get);
  tcase_add_test(tc, test_api_register_twice_replaces_config);
  tcase_add_test(tc, test_api_default_driver_applies);
  tcase_add_test(tc, test_api_module_functions);
  suite_add_tcase(s, tc);

  tc = tcase_create("runtime");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_api_runtime_new_unregistered);
  tcase_add_test(tc, test_api_runtime_new_twice);
  tcase_add_test(tc, test_api_runtime_start_not_a_function);
  tcase_add_test(tc, test_api_runtime_start_twice);
  tcase_add_test(tc, test_api_runtime_start_passes_arguments);
  tcase_add_test(tc, test_api_run_without_main_leaves_loop_clean);
  tcase_add_test(tc, test_api_run_again_after_finish);
  tcase_add_test(tc, test_api_runtime_run_reentered);
  tcase_add_test(tc, test_api_runtime_free_started_not_run);
  tcase_add_test(tc, test_api_runtime_free_unstarted);
  suite_add_tcase(s, tc);

  tc = tcase_create("error");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_api_main_error_string);
  tcase_add_test(tc, test_api_main_error_value_unchanged);
  tcase_add_test(tc, test_api_main_error_drains_root);
  tcase_add_test(tc, test_api_push_error_without_error);
  tcase_add_test(tc, test_api_strerror_distinct);
  suite_add_tcase(s, tc);

  tc = tcase_create("args");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_api_null_arguments);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(api_suite());
}
