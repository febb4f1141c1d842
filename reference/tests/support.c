/*
 * support.c -- helpers shared by the libcheck unit tests (see support.h).
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "support.h"


lua_State *st_test_state_bare(int with_std) {
  lua_State *L = luaL_newstate();

  ck_assert_ptr_nonnull(L);
  luaL_openlibs(L);
  if (with_std) {
    lua_newtable(L);
    lua_setglobal(L, "std");
  }
  return L;
}


lua_State *st_test_state_new(void) {
  lua_State *L = st_test_state_bare(1);
  int rc = stdtask_register(L);

  ck_assert_msg(rc == 0, "stdtask_register: %s", stdtask_strerror(rc));
  ck_assert_int_eq(lua_gettop(L), 0);
  return L;
}


void st_test_env_open(st_test_env *env, lua_State *L) {
  int rc;

  memset(env, 0, sizeof *env);
  env->L = L;
  ck_assert_int_eq(uv_loop_init(&env->loop), 0);
  rc = stdtask_runtime_new(L, &env->loop, &env->rt);
  ck_assert_msg(rc == 0, "stdtask_runtime_new: %s", stdtask_strerror(rc));
  ck_assert_ptr_nonnull(env->rt);
}


void st_test_env_load(st_test_env *env, const char *src) {
  lua_State *L = env->L;
  int rc = luaL_loadbuffer(L, src, strlen(src), "=main");

  ck_assert_msg(rc == LUA_OK, "load: %s", lua_tostring(L, -1));
  rc = stdtask_runtime_start(env->rt, 0);
  ck_assert_msg(rc == 0, "stdtask_runtime_start: %s", stdtask_strerror(rc));
}


int st_test_env_run(st_test_env *env) {
  return stdtask_runtime_run(env->rt);
}


void st_test_env_close(st_test_env *env) {
  stdtask_runtime_free(env->rt);
  env->rt = NULL;
  st_test_loop_close_clean(&env->loop);
}


int st_test_run(lua_State *L, const char *src) {
  st_test_env env;
  int rc;

  st_test_env_open(&env, L);
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  st_test_env_close(&env);
  return rc;
}


void st_test_run_ok(lua_State *L, const char *src) {
  st_test_env env;
  const char *msg = NULL;
  int rc;

  st_test_env_open(&env, L);
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(env.rt);
    msg = lua_tostring(L, -2);
  }
  ck_assert_msg(rc == 0, "run: %s%s%s", stdtask_strerror(rc),
                msg != NULL ? ": " : "", msg != NULL ? msg : "");
  st_test_env_close(&env);
}


static void count_open(uv_handle_t *h, void *arg) {
  if (!uv_is_closing(h))
    ++*(int *)arg;
}


void st_test_loop_close_clean(uv_loop_t *loop) {
  int open = 0;

  uv_walk(loop, count_open, &open);
  ck_assert_msg(open == 0, "%d libuv handle(s) left open", open);
  ck_assert_msg(uv_run(loop, UV_RUN_DEFAULT) == 0,
                "uv_run returned before the closes finished "
                "(a uv_stop left pending?)");
  ck_assert_msg(uv_loop_close(loop) == 0, "uv_loop_close: UV_EBUSY");
}


void st_test_dostring(lua_State *L, const char *src) {
  int rc = luaL_dostring(L, src);

  ck_assert_msg(rc == LUA_OK, "chunk raised: %s", lua_tostring(L, -1));
  lua_settop(L, 0);
}


const char *st_test_gstr(lua_State *L, const char *name) {
  const char *s = NULL;

  if (lua_getglobal(L, name) == LUA_TSTRING)
    s = lua_tostring(L, -1);
  lua_pop(L, 1);  /* the global keeps the string alive */
  return s;
}


lua_Integer st_test_gint(lua_State *L, const char *name) {
  lua_Integer v;
  int isint;

  lua_getglobal(L, name);
  v = lua_tointegerx(L, -1, &isint);
  lua_pop(L, 1);
  ck_assert_msg(isint, "global '%s' is not an integer", name);
  return v;
}


int st_test_gbool(lua_State *L, const char *name) {
  int b;

  lua_getglobal(L, name);
  b = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return b;
}


const char *st_test_glog(lua_State *L, const char *name) {
  ck_assert_msg(lua_getglobal(L, name) == LUA_TTABLE,
                "global '%s' is not a table", name);
  lua_getglobal(L, "table");
  lua_getfield(L, -1, "concat");
  lua_remove(L, -2);
  lua_insert(L, -2);
  lua_pushliteral(L, " ");
  ck_assert_int_eq(lua_pcall(L, 2, 1, 0), LUA_OK);
  return lua_tostring(L, -1);
}


int st_test_contains(const char *s, const char *sub) {
  return s != NULL && strstr(s, sub) != NULL;
}


int st_test_main(Suite *s) {
  SRunner *sr = srunner_create(s);
  int failed;

  srunner_set_tap(sr, "-");
  srunner_run_all(sr, CK_SILENT);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
