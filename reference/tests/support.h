/*
 * support.h -- helpers shared by the libcheck unit tests.
 *
 * A test builds a state with st_test_state_new(), runs a Lua chunk as the
 * main chunk of a runtime on a fresh loop (st_test_run, or the st_test_env
 * steps when it needs to reach the loop or the runtime in between), reads
 * the chunk's results back from globals, then calls lua_close().  Every
 * helper that touches a loop ends with st_test_loop_close_clean(), our
 * MAKE_VALGRIND_HAPPY.
 *
 * Under valgrind, stretch the per-TCase timeouts with
 * CK_TIMEOUT_MULTIPLIER=10 (and CK_FORK=no for leak checks).
 */
#ifndef STDTASK_TEST_SUPPORT_H
#define STDTASK_TEST_SUPPORT_H

#include <check.h>
#include <lua.h>
#include <uv.h>

#include "stdtask.h"

/* A runtime under test: the state, the loop and the runtime bound to
 * both. */
typedef struct st_test_env {
  lua_State *L;
  uv_loop_t loop;
  stdtask_runtime *rt;
} st_test_env;

/* A new state with the standard libraries, a global `std` table and
 * std.task registered with the default configuration. */
lua_State *st_test_state_new(void);

/* The same without the registration (a `std` table when with_std). */
lua_State *st_test_state_bare(int with_std);

/* Initialise env->loop and create the runtime for L on it. */
void st_test_env_open(st_test_env *env, lua_State *L);

/* Load `src` (chunk name "=main") and schedule it as the main chunk. */
void st_test_env_load(st_test_env *env, const char *src);

/* stdtask_runtime_run(env->rt). */
int st_test_env_run(st_test_env *env);

/* Free the runtime, finish the loop and check it closes cleanly; L stays
 * open so that the chunk's globals can still be read. */
void st_test_env_close(st_test_env *env);

/* Run `src` as the main chunk of a new runtime on a new loop; returns
 * what stdtask_runtime_run returned.  The loop is closed cleanly. */
int st_test_run(lua_State *L, const char *src);

/* st_test_run, failing the test (with the chunk's error message) unless
 * the run returned 0. */
void st_test_run_ok(lua_State *L, const char *src);

/* Assert that no handle is left open on loop (the test closed its own),
 * let the pending close callbacks run, and assert uv_loop_close() == 0. */
void st_test_loop_close_clean(uv_loop_t *loop);

/* Run `src` as a plain chunk (no runtime): it must not raise. */
void st_test_dostring(lua_State *L, const char *src);

/* Read a global: a string (NULL if it is not one; valid while the global
 * holds it), an integer (fails the test unless it is one), a boolean
 * (Lua truth). */
const char *st_test_gstr(lua_State *L, const char *name);
lua_Integer st_test_gint(lua_State *L, const char *name);
int st_test_gbool(lua_State *L, const char *name);

/* [-0, +1] pushes table.concat(<global name>, " ") and returns it. */
const char *st_test_glog(lua_State *L, const char *name);

/* Does s contain sub?  (NULL s never does.) */
int st_test_contains(const char *s, const char *sub);

/* Run suite s, TAP on stdout; the exit status of a test program. */
int st_test_main(Suite *s);

#endif /* STDTASK_TEST_SUPPORT_H */
