/*
 * check-sched.c -- the scheduler (sched.c, spec part 1): run-queue order,
 * yield fairness, the timer heap, deadlock detection and teardown with
 * live tasks.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask-int.h"
#include "support.h"


/* Run queue. */

START_TEST(test_sched_spawn_fifo) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "for i = 1, 5 do\n"
    "  std.task.spawn(function() log[#log + 1] = i end)\n"
    "end\n"
    "log[#log + 1] = 'main'  -- no child ran before spawn returned\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "main 1 2 3 4 5");
  lua_close(L);
}
END_TEST


START_TEST(test_sched_child_starts_after_queued_tasks) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "std.task.spawn(function()\n"
    "  log[#log + 1] = 'a'\n"
    "  std.task.spawn(function() log[#log + 1] = 'a.child' end)\n"
    "  log[#log + 1] = 'a.spawned'\n"
    "end)\n"
    "std.task.spawn(function() log[#log + 1] = 'b' end)\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "a a.spawned b a.child");
  lua_close(L);
}
END_TEST


START_TEST(test_sched_yield_round_robin) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "for _, n in ipairs{'a', 'b', 'c'} do\n"
    "  std.task.spawn(function()\n"
    "    for i = 1, 2 do log[#log + 1] = n .. i; std.task.yield() end\n"
    "  end)\n"
    "end\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "a1 b1 c1 a2 b2 c2");
  lua_close(L);
}
END_TEST


START_TEST(test_sched_sleep_zero_is_yield) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "std.task.spawn(function()\n"
    "  log[#log + 1] = 'a1'; std.task.sleep(0); log[#log + 1] = 'a2'\n"
    "end)\n"
    "std.task.spawn(function()\n"
    "  log[#log + 1] = 'b1'; std.task.yield(); log[#log + 1] = 'b2'\n"
    "end)\n"
    "std.task.spawn(function()\n"
    "  log[#log + 1] = 'c1'; std.task.sleep(-0.0); log[#log + 1] = 'c2'\n"
    "end)\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "a1 b1 c1 a2 b2 c2");
  lua_close(L);
}
END_TEST


START_TEST(test_sched_main_yield_lets_tasks_run) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "std.task.spawn(function() log[#log + 1] = 't' end)\n"
    "log[#log + 1] = 'm1'\n"
    "std.task.yield()\n"
    "log[#log + 1] = 'm2'\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "m1 t m2");
  lua_close(L);
}
END_TEST


/* Timers. */

START_TEST(test_sched_timers_wake_in_deadline_order) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "for _, ms in ipairs{30, 10, 20} do\n"
    "  std.task.spawn(function()\n"
    "    std.task.sleep(ms); log[#log + 1] = ms\n"
    "  end)\n"
    "end\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "10 20 30");
  lua_close(L);
}
END_TEST


/* Task i starts its sleep after 5 - i yields, so the sleeps start in the
 * order 5 4 3 2 1; equal (or later) deadlines wake in that order. */
START_TEST(test_sched_equal_deadlines_wake_in_start_order) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "for i = 1, 5 do\n"
    "  std.task.spawn(function()\n"
    "    for _ = 1, 5 - i do std.task.yield() end\n"
    "    std.task.sleep(20); log[#log + 1] = i\n"
    "  end)\n"
    "end\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "5 4 3 2 1");
  lua_close(L);
}
END_TEST


/* The timers themselves (timer.c: a heap of per-deadline buckets), with
 * task records that never run.  Waits added in one go share the loop
 * clock's millisecond, so equal waits tie (a clock tick in between would
 * only make later ones later, never earlier). */
typedef struct heap_fixture {
  lua_State *L;
  st_test_env env;
  st_rt *rt;
  st_task *t;
  size_t n;
} heap_fixture;


static void heap_open(heap_fixture *f, size_t n) {
  size_t i;

  f->L = st_test_state_new();
  st_test_env_open(&f->env, f->L);
  f->rt = (st_rt *)f->env.rt;
  f->n = n;
  f->t = calloc(n, sizeof *f->t);
  ck_assert_ptr_nonnull(f->t);
  for (i = 0; i < n; i++) {
    f->t[i].rt = f->rt;
    f->t[i].id = i;
  }
}


static void heap_close(heap_fixture *f) {
  size_t i;

  for (i = 0; i < f->n; i++)
    st_sched_timer_remove(&f->t[i]);
  ck_assert_uint_eq(f->rt->heap_len, 0);
  free(f->t);
  st_test_env_close(&f->env);
  lua_close(f->L);
}


/* Pop the earliest wait. */
static st_task *heap_pop(st_rt *rt) {
  st_task *t = st_timer_pop(rt, UINT64_MAX);

  if (t != NULL)
    ck_assert_ptr_null(t->bucket);
  return t;
}


START_TEST(test_sched_heap_ties_pop_in_insertion_order) {
  heap_fixture f;
  size_t i, ties = 0;

  heap_open(&f, 100);
  for (i = 0; i < f.n; i++)
    st_sched_timer_add(f.L, &f.t[i], 100000);
  for (i = 1; i < f.n; i++)
    ties += f.t[i].bucket == f.t[i - 1].bucket;  /* same deadline */
  ck_assert_uint_gt(ties, f.n / 2);
  ck_assert_uint_eq(f.rt->heap_len, f.n - ties);  /* a bucket per deadline */
  for (i = 0; i < f.n; i++) {
    st_task *t = heap_pop(f.rt);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(t->id, i);
  }
  ck_assert_ptr_null(heap_pop(f.rt));
  heap_close(&f);
}
END_TEST


START_TEST(test_sched_heap_orders_and_survives_removal) {
  heap_fixture f;
  uint64_t seed = 12345, last_d = 0, *dl;
  unsigned long long last_id = 0;
  size_t i, popped = 0;
  int first = 1;

  heap_open(&f, 500);
  for (i = 0; i < f.n; i++) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    st_sched_timer_add(f.L, &f.t[i], 100000 + (seed >> 59));  /* 32 values */
  }
  for (i = 0; i < f.n; i += 3)  /* take every third out, from anywhere */
    st_sched_timer_remove(&f.t[i]);
  for (i = 0; i < f.n; i += 3)
    ck_assert_ptr_null(f.t[i].bucket);
  dl = calloc(f.n, sizeof *dl);  /* each wait's deadline, by id */
  ck_assert_ptr_nonnull(dl);
  for (i = 0; i < f.n; i++)
    if (f.t[i].bucket != NULL)
      dl[f.t[i].id] = f.t[i].bucket->deadline;
  for (i = 0; i < f.rt->heap_len; i++) {
    ck_assert_ptr_eq(f.rt->heap[f.rt->heap[i]->idx], f.rt->heap[i]);
    ck_assert(!st_link_empty(&f.rt->heap[i]->tasks));  /* no empty bucket */
  }
  for (;;) {
    st_task *t = heap_pop(f.rt);
    if (t == NULL)
      break;
    ck_assert_uint_ne(t->id % 3, 0);
    /* Deadline order; equal deadlines in the order the waits began (the
     * waits were added in id order). */
    if (!first)
      ck_assert_msg(dl[t->id] > last_d
                    || (dl[t->id] == last_d && t->id > last_id),
                    "popped (%llu, #%llu) after (%llu, #%llu)",
                    (unsigned long long)dl[t->id], t->id,
                    (unsigned long long)last_d, last_id);
    first = 0;
    last_d = dl[t->id];
    last_id = t->id;
    popped++;
  }
  ck_assert_uint_eq(popped, f.n - (f.n + 2) / 3);
  free(dl);
  heap_close(&f);
}
END_TEST


/* Fairness: a task that keeps yielding starves neither a sleeper nor the
 * host's own libuv handles. */
START_TEST(test_sched_yield_loop_does_not_starve_sleeper) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "woke, spins = false, 0\n"
    "std.task.spawn(function() std.task.sleep(5); woke = true end)\n"
    "std.task.spawn(function()\n"
    "  while not woke and spins < 1000000 do\n"
    "    spins = spins + 1; std.task.yield()\n"
    "  end\n"
    "end)\n");
  ck_assert(st_test_gbool(L, "woke"));
  ck_assert_int_lt(st_test_gint(L, "spins"), 1000000);
  lua_close(L);
}
END_TEST


static int host_ticks;
static uv_timer_t *host_timer;


static void on_host_timer(uv_timer_t *h) {
  (void)h;
  host_ticks++;
}


static int l_host_ticks(lua_State *L) {
  lua_pushinteger(L, host_ticks);
  return 1;
}


/* arm_host_timer(): the task starts the timer (a slow start under
 * valgrind must not fire it first). */
static int l_arm_host_timer(lua_State *L) {
  (void)L;
  ck_assert_int_eq(uv_timer_start(host_timer, on_host_timer, 5, 0), 0);
  return 0;
}


START_TEST(test_sched_yield_loop_does_not_starve_host_handles) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  uv_timer_t timer;

  host_ticks = 0;
  lua_register(L, "host_ticks", l_host_ticks);
  lua_register(L, "arm_host_timer", l_arm_host_timer);
  st_test_env_open(&env, L);
  ck_assert_int_eq(uv_timer_init(&env.loop, &timer), 0);
  host_timer = &timer;
  st_test_env_load(&env,
    "spins = 0\n"
    "std.task.spawn(function()\n"
    "  arm_host_timer()\n"
    "  while host_ticks() == 0 and spins < 1000000 do\n"
    "    spins = spins + 1; std.task.yield()\n"
    "  end\n"
    "end)\n");
  ck_assert_int_eq(st_test_env_run(&env), 0);
  ck_assert_int_eq(host_ticks, 1);
  ck_assert_int_lt(st_test_gint(L, "spins"), 1000000);
  uv_close((uv_handle_t *)&timer, NULL);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


/* Deadlock. */

typedef struct stuck_rec {
  unsigned long long id;
  char name[16];
  char what[32];
} stuck_rec;

static struct {
  int calls;
  stuck_rec rec[8];
} stuck;


static void on_stuck(void *ud, unsigned long long id, const char *name,
                     const char *what) {
  stuck_rec *r;

  ck_assert_ptr_eq(ud, &stuck);
  ck_assert_int_lt(stuck.calls, 8);
  r = &stuck.rec[stuck.calls++];
  r->id = id;
  strncpy(r->name, name != NULL ? name : "(null)", sizeof r->name - 1);
  strncpy(r->what, what != NULL ? what : "(null)", sizeof r->what - 1);
}


static const stuck_rec *stuck_find(unsigned long long id) {
  int i, found = -1;

  for (i = 0; i < stuck.calls; i++)
    if (stuck.rec[i].id == id) {
      ck_assert_msg(found < 0, "stuck hook called twice for id %llu", id);
      found = i;
    }
  ck_assert_msg(found >= 0, "stuck hook not called for id %llu", id);
  return &stuck.rec[found];
}


static const char guard_src[] =
  "closed = 0\n"
  "local function guard()\n"
  "  return setmetatable({}, {__close = function() closed = closed + 1 end})\n"
  "end\n";


static int run_with_stuck_hook(lua_State *L, const char *body) {
  st_test_env env;
  char src[2048];
  int rc;

  memset(&stuck, 0, sizeof stuck);
  ck_assert_uint_lt(strlen(guard_src) + strlen(body), sizeof src);
  strcpy(src, guard_src);
  strcat(src, body);
  st_test_env_open(&env, L);
  ck_assert_int_eq(stdtask_stuck_set_hook(env.rt, on_stuck, &stuck), 0);
  st_test_env_load(&env, src);
  rc = st_test_env_run(&env);
  st_test_env_close(&env);
  return rc;
}


START_TEST(test_sched_deadlock_join_cycle) {
  lua_State *L = st_test_state_new();
  const stuck_rec *r;
  int rc;

  rc = run_with_stuck_hook(L,
    "local a, b\n"
    "a = std.task.spawn(function() local g <close> = guard()\n"
    "  b:join() end, {name = 'A'})\n"
    "b = std.task.spawn(function() local g <close> = guard()\n"
    "  a:join() end, {name = 'B'})\n"
    "local g <close> = guard()\n"
    "a:join()\n"
    "after_join = true\n");
  ck_assert_msg(rc == STDTASK_EDEADLOCK, "run returned %s",
                stdtask_strerror(rc));
  ck_assert_int_eq(stuck.calls, 3);
  r = stuck_find(0);  /* the main chunk */
  ck_assert_str_eq(r->what, "join");
  ck_assert_str_eq(r->name, "(null)");
  r = stuck_find(1);
  ck_assert_str_eq(r->what, "join");
  ck_assert_str_eq(r->name, "A");
  r = stuck_find(2);
  ck_assert_str_eq(r->what, "join");
  ck_assert_str_eq(r->name, "B");
  ck_assert_int_eq(st_test_gint(L, "closed"), 3);  /* aborted, closed */
  ck_assert(!st_test_gbool(L, "after_join"));      /* never resumed */
  lua_close(L);
}
END_TEST


START_TEST(test_sched_deadlock_drain) {
  lua_State *L = st_test_state_new();
  const stuck_rec *r;
  int rc;

  rc = run_with_stuck_hook(L,
    "local a\n"
    "a = std.task.spawn(function()\n"
    "  std.task.scope(function(s)\n"
    "    s:spawn(function() local g <close> = guard(); a:join() end,\n"
    "            {name = 'child'})\n"
    "  end)\n"
    "end, {name = 'parent'})\n");
  ck_assert_msg(rc == STDTASK_EDEADLOCK, "run returned %s",
                stdtask_strerror(rc));
  ck_assert_int_eq(stuck.calls, 2);  /* the main chunk had ended */
  r = stuck_find(1);
  ck_assert_str_eq(r->name, "parent");
  ck_assert_msg(st_test_contains(r->what, "drain"), "what: %s", r->what);
  r = stuck_find(2);
  ck_assert_str_eq(r->name, "child");
  ck_assert_str_eq(r->what, "join");
  ck_assert_int_eq(st_test_gint(L, "closed"), 1);
  lua_close(L);
}
END_TEST


START_TEST(test_sched_deadlock_without_hook) {
  lua_State *L = st_test_state_new();
  int rc = st_test_run(L,
    "local a, b\n"
    "a = std.task.spawn(function() b:join() end)\n"
    "b = std.task.spawn(function() a:join() end)\n");

  ck_assert_msg(rc == STDTASK_EDEADLOCK, "run: %s", stdtask_strerror(rc));
  lua_close(L);
}
END_TEST


START_TEST(test_sched_sleeper_is_no_deadlock) {
  lua_State *L = st_test_state_new();
  int rc = run_with_stuck_hook(L,
    "local a\n"
    "a = std.task.spawn(function() std.task.sleep(10); return 5 end)\n"
    "got = std.task.spawn(function() return a:join() end):join()\n");

  ck_assert_msg(rc == 0, "run returned %s", stdtask_strerror(rc));
  ck_assert_int_eq(stuck.calls, 0);
  ck_assert_int_eq(st_test_gint(L, "got"), 5);
  lua_close(L);
}
END_TEST


/* Teardown while tasks sleep: stdtask_runtime_free aborts them (their
 * <close> handlers run), closes the handles, and the loop closes after
 * one more uv_run. */
START_TEST(test_sched_free_with_sleeping_tasks) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  char src[1024];
  int i;

  strcpy(src, guard_src);
  strcat(src,
    "handles = {}\n"
    "for i = 1, 3 do\n"
    "  handles[i] = std.task.spawn(function()\n"
    "    local g <close> = guard()\n"
    "    started = started + 1\n"
    "    std.task.sleep(1000000)\n"
    "    woke = true\n"
    "  end)\n"
    "end\n"
    "local g <close> = guard()\n"
    "started = started + 1\n"
    "std.task.sleep(1000000)\n"
    "woke = true\n");
  st_test_dostring(L, "started = 0");
  st_test_env_open(&env, L);
  st_test_env_load(&env, src);
  for (i = 0; i < 10 && st_test_gint(L, "started") < 4; i++)
    uv_run(&env.loop, UV_RUN_NOWAIT);
  ck_assert_int_eq(st_test_gint(L, "started"), 4);
  ck_assert_int_eq(st_test_gint(L, "closed"), 0);
  stdtask_runtime_free(env.rt);
  ck_assert_int_eq(st_test_gint(L, "closed"), 4);
  ck_assert(!st_test_gbool(L, "woke"));
  st_test_loop_close_clean(&env.loop);
  /* The Handles outlive the runtime: they see finished tasks. */
  st_test_dostring(L,
    "fin = handles[1]:is_finished() and handles[3]:is_finished()\n"
    "ok, e = pcall(handles[2].join, handles[2])\n");
  ck_assert(st_test_gbool(L, "fin"));
  ck_assert(!st_test_gbool(L, "ok"));
  ck_assert(st_test_contains(st_test_gstr(L, "e"), "task aborted"));
  lua_close(L);
}
END_TEST


START_TEST(test_sched_free_with_ready_tasks) {
  lua_State *L = st_test_state_new();
  st_test_env env;

  st_test_env_open(&env, L);
  st_test_env_load(&env,
    "n = 0\n"
    "for i = 1, 3 do std.task.spawn(function()\n"
    "  while true do n = n + 1; std.task.yield() end end) end\n"
    "while true do std.task.yield() end\n");
  uv_run(&env.loop, UV_RUN_NOWAIT);
  ck_assert_int_gt(st_test_gint(L, "n"), 0);
  stdtask_runtime_free(env.rt);  /* tasks queued, idle handle active */
  st_test_loop_close_clean(&env.loop);
  lua_close(L);
}
END_TEST


static Suite *sched_suite(void) {
  Suite *s = suite_create("sched");
  TCase *tc;

  tc = tcase_create("queue");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_sched_spawn_fifo);
  tcase_add_test(tc, test_sched_child_starts_after_queued_tasks);
  tcase_add_test(tc, test_sched_yield_round_robin);
  tcase_add_test(tc, test_sched_sleep_zero_is_yield);
  tcase_add_test(tc, test_sched_main_yield_lets_tasks_run);
  suite_add_tcase(s, tc);

  tc = tcase_create("timers");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_sched_timers_wake_in_deadline_order);
  tcase_add_test(tc, test_sched_equal_deadlines_wake_in_start_order);
  tcase_add_test(tc, test_sched_heap_ties_pop_in_insertion_order);
  tcase_add_test(tc, test_sched_heap_orders_and_survives_removal);
  suite_add_tcase(s, tc);

  tc = tcase_create("fairness");
  tcase_set_timeout(tc, 20);
  tcase_add_test(tc, test_sched_yield_loop_does_not_starve_sleeper);
  tcase_add_test(tc, test_sched_yield_loop_does_not_starve_host_handles);
  suite_add_tcase(s, tc);

  tc = tcase_create("deadlock");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_sched_deadlock_join_cycle);
  tcase_add_test(tc, test_sched_deadlock_drain);
  tcase_add_test(tc, test_sched_deadlock_without_hook);
  tcase_add_test(tc, test_sched_sleeper_is_no_deadlock);
  suite_add_tcase(s, tc);

  tc = tcase_create("teardown");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_sched_free_with_sleeping_tasks);
  tcase_add_test(tc, test_sched_free_with_ready_tasks);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(sched_suite());
}
