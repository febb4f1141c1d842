/*
 * check-wait.c -- host-defined waits (stdtask_wait_*), seen from the host
 * side: exactly one of the host's completion and its cancel callback ends
 * every wait, whatever ends it (completion, cancel, abort, deadlock, a
 * caller that cannot suspend), and a completion after the end is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask.h"
#include "support.h"

typedef struct req {
  stdtask_wait w;
  uv_timer_t timer;
  int timed, fail;
  lua_Integer value;
} req;

static struct {
  int cancels, completions, refused, closed;
} c;

static uv_loop_t *test_loop;


static void on_close(uv_handle_t *h) {
  c.closed++;
  free(h->data);
}


static void on_cancel(stdtask_wait *w) {
  req *r = (req *)w;

  c.cancels++;
  ck_assert_ptr_null(stdtask_wait_thread(w));  /* ended before the call */
  if (r->timed) {
    uv_timer_stop(&r->timer);
    uv_close((uv_handle_t *)&r->timer, on_close);
  } else {
    free(r);
  }
}


static void on_timer(uv_timer_t *h) {
  req *r = h->data;
  lua_State *co = stdtask_wait_thread(&r->w);

  ck_assert_ptr_nonnull(co);
  lua_pushinteger(co, r->value);
  if (r->fail)
    ck_assert_int_eq(stdtask_wait_reject(&r->w), 0);
  else
    ck_assert_int_eq(stdtask_wait_resolve(&r->w, 1), 0);
  c.completions++;
  /* Ended now: a second completion is refused. */
  if (stdtask_wait_resolve(&r->w, 0) == STDTASK_EINVAL)
    c.refused++;
  uv_close((uv_handle_t *)&r->timer, on_close);
}


/* hw(ms [, fail]): a wait completed after ms with ms (or raising it);
 * hw(-1): a wait never completed. */
static int hw(lua_State *L) {
  lua_Integer ms = luaL_checkinteger(L, 1);
  req *r = calloc(1, sizeof *r);

  ck_assert_ptr_nonnull(r);
  r->fail = lua_toboolean(L, 2);
  r->value = ms;
  if (ms >= 0) {
    r->timed = 1;
    uv_timer_init(test_loop, &r->timer);
    r->timer.data = r;
    uv_timer_start(&r->timer, on_timer, (uint64_t)ms, 0);
  }
  return stdtask_wait_suspend(L, &r->w, "hw", on_cancel);
}


static int run(const char *src) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  int rc;

  memset(&c, 0, sizeof c);
  lua_register(L, "hw", hw);
  st_test_env_open(&env, L);
  test_loop = &env.loop;
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  st_test_env_close(&env);  /* the loop closes clean: no handle leaked */
  lua_close(L);
  return rc;
}


START_TEST(test_wait_resolve) {
  ck_assert_int_eq(run("assert(hw(5) == 5)\n"
                       "assert(select('#', hw(1)) == 1)\n"), 0);
  ck_assert_int_eq(c.completions, 2);
  ck_assert_int_eq(c.cancels, 0);
  ck_assert_int_eq(c.refused, 2);
  ck_assert_int_eq(c.closed, 2);
}
END_TEST


START_TEST(test_wait_reject) {
  ck_assert_int_eq(run("local ok, e = pcall(hw, 3, true)\n"
                       "assert(not ok and e == 3)\n"), 0);
  ck_assert_int_eq(c.completions, 1);
  ck_assert_int_eq(c.cancels, 0);
}
END_TEST


START_TEST(test_wait_cancel_while_waiting) {
  ck_assert_int_eq(run(
    "std.task.scope(function(s)\n"
    "  s:spawn(function() local ok, e = pcall(hw, 10000)\n"
    "    assert(not ok and e == 'task cancelled') end)\n"
    "  std.task.yield()\n"
    "  s:cancel()\n"
    "end)\n"), 0);
  ck_assert_int_eq(c.cancels, 1);
  ck_assert_int_eq(c.completions, 0);
  ck_assert_int_eq(c.closed, 1);
}
END_TEST


START_TEST(test_wait_abort_while_waiting) {
  ck_assert_int_eq(run(
    "local h = std.task.spawn(function() hw(-1) end)\n"
    "std.task.yield()\n"
    "h:abort()\n"), 0);
  ck_assert_int_eq(c.cancels, 1);
}
END_TEST


START_TEST(test_wait_precancelled) {
  ck_assert_int_eq(run(
    "std.task.scope(function(s) s:cancel()\n"
    "  local ok, e = pcall(hw, 10000)\n"
    "  assert(not ok and e == 'task cancelled') end)\n"), 0);
  ck_assert_int_eq(c.cancels, 1);  /* before the raise */
  ck_assert_int_eq(c.closed, 1);
}
END_TEST


START_TEST(test_wait_cannot_suspend) {
  ck_assert_int_eq(run(
    "local ok, e = pcall(table.sort, {1, 2}, function() return hw(-1) end)\n"
    "assert(not ok and e:find('across a C call', 1, true), e)\n"), 0);
  ck_assert_int_eq(c.cancels, 1);
}
END_TEST


START_TEST(test_wait_deadlock_lets_go) {
  ck_assert_int_eq(run("keep = std.task.spawn(function() hw(-1) end)\n"),
                   STDTASK_EDEADLOCK);
  ck_assert_int_eq(c.cancels, 1);
}
END_TEST


/* The trace names the wait in the suspend event; the dump shows it. */
static char detail[64];
static char dumped[4096];

static void on_trace(void *ud, const stdtask_trace_event *ev) {
  (void)ud;
  if (ev->event == STDTASK_EV_SUSPEND && ev->detail != NULL)
    snprintf(detail, sizeof detail, "%s", ev->detail);
}


static void on_dump_timer(uv_timer_t *h) {
  stdtask_runtime *rt = h->data;
  FILE *f = tmpfile();
  size_t n;

  ck_assert_ptr_nonnull(f);
  stdtask_runtime_dump(rt, f);
  rewind(f);
  n = fread(dumped, 1, sizeof dumped - 1, f);
  dumped[n] = '\0';
  fclose(f);
  stdtask_runtime_abort(rt);  /* ends the wait: the cancel callback */
  uv_close((uv_handle_t *)h, NULL);
}


START_TEST(test_wait_trace_and_dump) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  uv_timer_t timer;

  memset(&c, 0, sizeof c);
  detail[0] = dumped[0] = '\0';
  lua_register(L, "hw", hw);
  st_test_env_open(&env, L);
  test_loop = &env.loop;
  stdtask_trace_set_hook(env.rt, on_trace, NULL);
  uv_timer_init(&env.loop, &timer);
  timer.data = env.rt;
  uv_timer_start(&timer, on_dump_timer, 5, 0);
  st_test_env_load(&env, "hw(-1)\n");
  st_test_env_run(&env);
  st_test_env_close(&env);
  lua_close(L);
  ck_assert_str_eq(detail, "hw");
  ck_assert_msg(st_test_contains(dumped, "waiting on hw"), "dump: %s", dumped);
  ck_assert_int_eq(c.cancels, 1);
}
END_TEST


START_TEST(test_wait_not_suspended) {
  stdtask_wait w;

  memset(&w, 0, sizeof w);
  ck_assert_int_eq(stdtask_wait_resolve(&w, 0), STDTASK_EINVAL);
  ck_assert_int_eq(stdtask_wait_reject(&w), STDTASK_EINVAL);
  ck_assert_ptr_null(stdtask_wait_thread(&w));
  ck_assert_int_eq(stdtask_wait_resolve(NULL, 0), STDTASK_EINVAL);
}
END_TEST


static Suite *wait_suite(void) {
  Suite *s = suite_create("wait");
  TCase *tc = tcase_create("host waits");

  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_wait_resolve);
  tcase_add_test(tc, test_wait_reject);
  tcase_add_test(tc, test_wait_cancel_while_waiting);
  tcase_add_test(tc, test_wait_abort_while_waiting);
  tcase_add_test(tc, test_wait_precancelled);
  tcase_add_test(tc, test_wait_cannot_suspend);
  tcase_add_test(tc, test_wait_deadlock_lets_go);
  tcase_add_test(tc, test_wait_not_suspended);
  tcase_add_test(tc, test_wait_trace_and_dump);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(wait_suite());
}
