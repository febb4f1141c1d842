/*
 * check-host.c -- what a host sees of the runtime: the unjoined-failure
 * and trace hooks, and stdtask_runtime_cancel / stdtask_runtime_abort
 * called from its own loop callbacks (a SIGINT handler's place).
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask.h"
#include "support.h"


/* The unjoined-failure hook. */

static struct {
  int calls;
  unsigned long long id;
  char name[32];
  char msg[64];
  int top_type;
} unjoined;


/* The error value is at -2, the traceback (a string) at -1. */
static void on_unjoined(void *ud, lua_State *L, unsigned long long id,
                        const char *name) {
  const char *m = lua_tostring(L, -2);

  ck_assert_ptr_eq(ud, &unjoined);
  ck_assert_int_eq(lua_type(L, -1), LUA_TSTRING);  /* the traceback */
  unjoined.calls++;
  unjoined.id = id;
  unjoined.top_type = lua_type(L, -2);
  strncpy(unjoined.name, name != NULL ? name : "(null)",
          sizeof unjoined.name - 1);
  strncpy(unjoined.msg, m != NULL ? m : "(not a string)",
          sizeof unjoined.msg - 1);
}


/* Run src with the unjoined hook set; the count is checked by the caller
 * after lua_close, so a report from a late __gc would be seen too. */
static void run_unjoined(lua_State *L, const char *src, int *calls_after_run) {
  st_test_env env;
  int rc;

  memset(&unjoined, 0, sizeof unjoined);
  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_unjoined_set_hook(env.rt, on_unjoined, &unjoined),
                   0);
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  ck_assert_msg(rc == 0, "run: %s", stdtask_strerror(rc));
  if (calls_after_run != NULL)
    *calls_after_run = unjoined.calls;
  st_test_env_close(&env);
}


START_TEST(test_host_unjoined_reported_once) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "keep = std.task.spawn(function() error('bad', 0) end, {name = 'w'})\n",
    NULL);
  ck_assert_int_eq(unjoined.calls, 1);  /* at stdtask_runtime_free */
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 1);  /* not again from __gc */
  ck_assert_uint_eq(unjoined.id, 1);
  ck_assert_str_eq(unjoined.name, "w");
  ck_assert_str_eq(unjoined.msg, "bad");
  ck_assert_int_eq(unjoined.top_type, LUA_TSTRING);
}
END_TEST


START_TEST(test_host_unjoined_reported_when_collected) {
  lua_State *L = st_test_state_new();
  int during_run;

  run_unjoined(L,
    "std.task.spawn(function() error({}) end)\n"
    "std.task.yield()\n"
    "collectgarbage(); collectgarbage()\n",
    &during_run);
  ck_assert_int_eq(during_run, 1);  /* the Handle was collected */
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 1);
  ck_assert_int_eq(unjoined.top_type, LUA_TTABLE);  /* the value itself */
  ck_assert_str_eq(unjoined.name, "(null)");
}
END_TEST


START_TEST(test_host_unjoined_not_for_joined) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "local h = std.task.spawn(function() error('bad', 0) end)\n"
    "ok, e = pcall(h.join, h)\n"
    "keep = h\n", NULL);
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 0);
}
END_TEST


START_TEST(test_host_unjoined_not_for_cancelled) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "std.task.scope(function(s)\n"
    "  keep = s:spawn(function() std.task.sleep(1000000) end)\n"
    "  std.task.yield()\n"
    "  s:cancel()\n"
    "end)\n"
    "fin = keep:is_finished()\n", NULL);
  ck_assert(st_test_gbool(L, "fin"));
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 0);
}
END_TEST


START_TEST(test_host_unjoined_not_for_success) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "keep = std.task.spawn(function() return 1 end)\n"
    "std.task.spawn(function() end)\n", NULL);
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 0);
}
END_TEST


/* An abort whose <close> handler fails: the task's outcome is that error,
 * and nobody joined it. */
START_TEST(test_host_unjoined_close_handler_on_abort) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "local h = std.task.spawn(function()\n"
    "  local c <close> = setmetatable({}, {__close = function()\n"
    "    error('closer failed', 0) end})\n"
    "  std.task.sleep(100000)\n"
    "end, {name = 'c'})\n"
    "std.task.yield()\n"
    "h:abort()\n"
    "fin = h:is_finished()\n", NULL);
  ck_assert(st_test_gbool(L, "fin"));
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 1);
  ck_assert_str_eq(unjoined.msg, "closer failed");
  ck_assert_str_eq(unjoined.name, "c");
}
END_TEST


/* A Handle kept past the task's end, and past the runtime's: its name,
 * results and elapsed time stay readable. */
START_TEST(test_host_handle_outlives_task_and_runtime) {
  lua_State *L = st_test_state_new();

  run_unjoined(L,
    "keep = std.task.spawn(function() return 1, nil, 'three' end,\n"
    "                      {name = 'kept'})\n"
    "std.task.yield()\n"
    "collectgarbage(); collectgarbage()\n", NULL);
  ck_assert(luaL_dostring(L,
    "local a, b, c = keep:join()\n"
    "assert(a == 1 and b == nil and c == 'three', 'results')\n"
    "assert(keep.name == 'kept', 'name')\n"
    "local e = keep:elapsed()\n"
    "assert(e >= 0 and keep:elapsed() == e, 'elapsed frozen')\n"
    "assert(keep:is_finished(), 'finished')\n") == LUA_OK);
  lua_close(L);
  ck_assert_int_eq(unjoined.calls, 0);
}
END_TEST


/* The trace hook. */

typedef struct trace_rec {
  stdtask_event ev;
  unsigned long long id;
  char name[16];
  stdtask_driver driver;
} trace_rec;

static struct {
  int n;
  trace_rec rec[64];
} trace;


static void on_trace(void *ud, const stdtask_trace_event *e) {
  trace_rec *r;

  ck_assert_ptr_eq(ud, &trace);
  if (trace.n >= 64)
    return;
  r = &trace.rec[trace.n++];
  r->ev = e->event;
  r->id = e->id;
  r->driver = e->driver;
  strncpy(r->name, e->name != NULL ? e->name : "(null)", sizeof r->name - 1);
}


/* The events seen for task `id`, as a string of letters:
 * S spawn, B begin (start), s suspend, r resume, F finish, C cancel,
 * A abort. */
static const char *trace_of(unsigned long long id) {
  static char buf[65];
  static const char letters[] = "SBsrFCAODXT";  /* stdtask_event order */
  int i, n = 0;

  for (i = 0; i < trace.n; i++)
    if (trace.rec[i].id == id)
      buf[n++] = letters[trace.rec[i].ev];
  buf[n] = '\0';
  return buf;
}


static void run_traced(lua_State *L, const char *src) {
  st_test_env env;

  memset(&trace, 0, sizeof trace);
  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_trace_set_hook(env.rt, on_trace, &trace), 0);
  st_test_env_load(&env, src);
  ck_assert_int_eq(st_test_env_run(&env), 0);
  st_test_env_close(&env);
}


START_TEST(test_host_trace_spawn_start_finish) {
  lua_State *L = st_test_state_new();
  int i;

  run_traced(L,
    "std.task.spawn(function() return 1 end, {name = 'one'}):join()\n");
  ck_assert_str_eq(trace_of(1), "SBF");
  for (i = 0; i < trace.n; i++)
    if (trace.rec[i].id == 1) {
      ck_assert_str_eq(trace.rec[i].name, "one");
      ck_assert_int_eq(trace.rec[i].driver, STDTASK_DRIVER_ASYNC_FN);
    }
  lua_close(L);
}
END_TEST


START_TEST(test_host_trace_suspend_resume) {
  lua_State *L = st_test_state_new();
  int i;

  run_traced(L,
    "std.task.spawn(function() std.task.yield() end,\n"
    "               {driver = 'coroutine'})\n");
  ck_assert_str_eq(trace_of(1), "SBsrF");
  for (i = 0; i < trace.n; i++)
    if (trace.rec[i].id == 1)
      ck_assert_int_eq(trace.rec[i].driver, STDTASK_DRIVER_COROUTINE);
  lua_close(L);
}
END_TEST


START_TEST(test_host_trace_cancel_and_abort) {
  lua_State *L = st_test_state_new();

  run_traced(L,
    "std.task.scope(function(s)\n"
    "  s:spawn(function() std.task.sleep(1000000) end)\n"
    "  std.task.yield()\n"
    "  s:cancel()\n"
    "end)\n"
    "local h = std.task.spawn(function() std.task.sleep(1000000) end)\n"
    "std.task.yield()\n"
    "h:abort()\n");
  /* Task 1 observes the cancel when it resumes; task 2's abort is
   * followed by its finish ("aborted"). */
  ck_assert_str_eq(trace_of(1), "SBsrCF");
  ck_assert_str_eq(trace_of(2), "SBsAF");
  /* The main chunk (id 0) opened, drained, then closed its scope. */
  {
    const char *m = trace_of(0);
    const char *o = strchr(m, 'O'), *d = strchr(m, 'D'), *x = strchr(m, 'X');
    ck_assert_ptr_nonnull(o);
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_nonnull(x);
    ck_assert(o < d && d < x);
  }
  lua_close(L);
}
END_TEST


START_TEST(test_host_trace_hook_cleared) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  memset(&trace, 0, sizeof trace);
  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_trace_set_hook(env.rt, on_trace, &trace), 0);
  ck_assert_int_eq(stdtask_trace_set_hook(env.rt, NULL, NULL), 0);
  st_test_env_load(&env, "std.task.spawn(function() end)");
  ck_assert_int_eq(st_test_env_run(&env), 0);
  st_test_env_close(&env);
  ck_assert_int_eq(trace.n, 0);
  lua_close(L);
}
END_TEST


/* Host cancel and abort from a loop callback. */

typedef struct host_timer {
  uv_timer_t timer;
  stdtask_runtime *rt;
  int abort;
  int calls;
  int rc;
} host_timer;


static void on_host_timer(uv_timer_t *h) {
  host_timer *ht = h->data;

  ht->calls++;
  ht->rc = ht->abort ? stdtask_runtime_abort(ht->rt)
                     : stdtask_runtime_cancel(ht->rt);
}


static host_timer *armed;


/* arm_host_timer(): the chunk starts the host's timer once it is set up,
 * so a slow start (valgrind) cannot fire it before the tasks wait. */
static int l_arm_host_timer(lua_State *L) {
  (void)L;
  ck_assert_int_eq(uv_timer_start(&armed->timer, on_host_timer, 10, 0), 0);
  return 0;
}


static int run_with_host_timer(lua_State *L, const char *src, int abort,
                               int *calls) {
  st_test_env env;
  host_timer ht;
  int rc;

  memset(&ht, 0, sizeof ht);
  st_test_env_open(&env, L);
  ht.rt = env.rt;
  ht.abort = abort;
  ht.timer.data = &ht;
  armed = &ht;
  lua_register(L, "arm_host_timer", l_arm_host_timer);
  ck_assert_int_eq(uv_timer_init(&env.loop, &ht.timer), 0);
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  ck_assert_int_eq(ht.rc, 0);
  *calls = ht.calls;
  if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(env.rt);
    lua_pop(L, 1);
    lua_setglobal(L, "main_error");
  }
  uv_close((uv_handle_t *)&ht.timer, NULL);
  st_test_env_close(&env);
  return rc;
}


START_TEST(test_host_runtime_cancel_from_timer) {
  lua_State *L = st_test_state_new();
  int calls, rc;

  rc = run_with_host_timer(L,
    "arm_host_timer()\n"
    "local ok, e = pcall(std.task.sleep, 1000000)\n"
    "saw = e\n"
    "_, again = pcall(std.task.checkpoint)  -- level-triggered\n",
    0, &calls);
  ck_assert_int_eq(calls, 1);
  ck_assert_msg(rc == STDTASK_EINTR, "run returned %s", stdtask_strerror(rc));
  ck_assert_str_eq(st_test_gstr(L, "saw"), "task cancelled");
  ck_assert_str_eq(st_test_gstr(L, "again"), "task cancelled");
  lua_close(L);
}
END_TEST


START_TEST(test_host_runtime_cancel_uncaught) {
  lua_State *L = st_test_state_new();
  int calls, rc;

  rc = run_with_host_timer(L,
    "std.task.spawn(function()\n"
    "  local ok, e = pcall(std.task.sleep, 1000000)\n"
    "  child_saw = e\n"
    "end)\n"
    "std.task.yield()\n"
    "arm_host_timer()\n"
    "std.task.sleep(1000000)\n"
    "after = true\n",
    0, &calls);
  ck_assert_int_eq(calls, 1);
  ck_assert_msg(rc == STDTASK_EINTR || rc == STDTASK_EMAIN,
                "run returned %s", stdtask_strerror(rc));
  if (rc == STDTASK_EMAIN)
    ck_assert_str_eq(st_test_gstr(L, "main_error"), "task cancelled");
  ck_assert(!st_test_gbool(L, "after"));
  ck_assert_str_eq(st_test_gstr(L, "child_saw"), "task cancelled");
  lua_close(L);
}
END_TEST


START_TEST(test_host_runtime_abort_from_timer) {
  lua_State *L = st_test_state_new();
  int calls, rc;

  rc = run_with_host_timer(L,
    "closed = 0\n"
    "local function guard()\n"
    "  return setmetatable({},\n"
    "    {__close = function() closed = closed + 1 end})\n"
    "end\n"
    "std.task.spawn(function()\n"
    "  local g <close> = guard()\n"
    "  while true do pcall(std.task.sleep, 1000000) end\n"
    "end)\n"
    "local g <close> = guard()\n"
    "std.task.yield()\n"
    "arm_host_timer()\n"
    "while true do pcall(std.task.sleep, 1000000) end\n",
    1, &calls);
  ck_assert_int_eq(calls, 1);
  ck_assert_msg(rc == STDTASK_EINTR, "run returned %s", stdtask_strerror(rc));
  ck_assert_int_eq(st_test_gint(L, "closed"), 2);
  lua_close(L);
}
END_TEST


static Suite *host_suite(void) {
  Suite *s = suite_create("host");
  TCase *tc;

  tc = tcase_create("unjoined");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_host_unjoined_reported_once);
  tcase_add_test(tc, test_host_unjoined_reported_when_collected);
  tcase_add_test(tc, test_host_unjoined_not_for_joined);
  tcase_add_test(tc, test_host_unjoined_not_for_cancelled);
  tcase_add_test(tc, test_host_unjoined_not_for_success);
  tcase_add_test(tc, test_host_unjoined_close_handler_on_abort);
  tcase_add_test(tc, test_host_handle_outlives_task_and_runtime);
  suite_add_tcase(s, tc);

  tc = tcase_create("trace");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_host_trace_spawn_start_finish);
  tcase_add_test(tc, test_host_trace_suspend_resume);
  tcase_add_test(tc, test_host_trace_cancel_and_abort);
  tcase_add_test(tc, test_host_trace_hook_cleared);
  suite_add_tcase(s, tc);

  tc = tcase_create("interrupt");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_host_runtime_cancel_from_timer);
  tcase_add_test(tc, test_host_runtime_cancel_uncaught);
  tcase_add_test(tc, test_host_runtime_abort_from_timer);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(host_suite());
}
