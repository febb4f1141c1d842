/*
 * check-timer.c -- the deadline heap of timer.c in isolation (layer 1: no
 * loop, no Lua): tasks come out in deadline order, equal deadlines in the
 * order their waits began (spec part 1), a removed wait never comes out,
 * and every bucket is released.
 */
#include <stdlib.h>
#include <string.h>

#include "stdtask-int.h"
#include "support.h"

#define N 64

static st_rt rt;
static st_task tasks[N];


static void setup(void) {
  int i;

  memset(&rt, 0, sizeof rt);
  memset(tasks, 0, sizeof tasks);
  for (i = 0; i < N; i++) {
    tasks[i].rt = &rt;
    st_link_init(&tasks[i].qlink);
  }
}


static void teardown(void) {
  st_timer_free_all(&rt);
  ck_assert_int_eq((int)rt.heap_len, 0);
  ck_assert_ptr_null(rt.heap);
}


/* Pop everything due by `now`, as indices into tasks. */
static int pop_all(uint64_t now, int *out) {
  st_task *t;
  int n = 0;

  while ((t = st_timer_pop(&rt, now)) != NULL)
    out[n++] = (int)(t - tasks);
  return n;
}


START_TEST(test_timer_deadline_order) {
  static const uint64_t d[] = {50, 10, 40, 20, 30};
  int out[N], i;
  uint64_t next;

  for (i = 0; i < 5; i++)
    ck_assert_int_eq(st_timer_add(&tasks[i], d[i]), 0);
  ck_assert(st_timer_next(&rt, &next));
  ck_assert_uint_eq(next, 10);
  ck_assert_int_eq(pop_all(25, out), 2);  /* only what is due */
  ck_assert_int_eq(out[0], 1);
  ck_assert_int_eq(out[1], 3);
  ck_assert_int_eq(pop_all(100, out), 3);
  ck_assert_int_eq(out[0], 4);
  ck_assert_int_eq(out[1], 2);
  ck_assert_int_eq(out[2], 0);
  ck_assert(!st_timer_next(&rt, &next));
}
END_TEST


START_TEST(test_timer_equal_deadlines_fifo) {
  int out[N], i;

  /* Interleaved: waits for 7 and 9 alternate, so 7 gets two buckets. */
  for (i = 0; i < 10; i++)
    ck_assert_int_eq(st_timer_add(&tasks[i], i % 2 ? 9 : 7), 0);
  ck_assert_int_eq(pop_all(9, out), 10);
  for (i = 0; i < 5; i++) {
    ck_assert_int_eq(out[i], 2 * i);          /* the 7s, in start order */
    ck_assert_int_eq(out[5 + i], 2 * i + 1);  /* then the 9s */
  }
}
END_TEST


START_TEST(test_timer_remove) {
  int out[N], i;

  for (i = 0; i < 6; i++)
    ck_assert_int_eq(st_timer_add(&tasks[i], (uint64_t)(i % 3)), 0);
  st_timer_remove(&tasks[1]);
  st_timer_remove(&tasks[1]);  /* twice: a no-op */
  st_timer_remove(&tasks[0]);
  st_timer_remove(&tasks[3]);  /* bucket 0 is empty now: dropped */
  ck_assert_ptr_null(tasks[3].bucket);
  ck_assert_int_eq(pop_all(10, out), 3);
  ck_assert_int_eq(out[0], 4);
  ck_assert_int_eq(out[1], 2);
  ck_assert_int_eq(out[2], 5);
}
END_TEST


START_TEST(test_timer_many_random) {
  uint64_t last = 0, d[N];
  int out[N], i, n;

  srand(7);
  for (i = 0; i < N; i++) {
    d[i] = (uint64_t)(rand() % 16);
    ck_assert_int_eq(st_timer_add(&tasks[i], d[i]), 0);
  }
  for (i = 0; i < N; i += 5)
    st_timer_remove(&tasks[i]);
  n = pop_all(UINT64_MAX, out);
  ck_assert_int_eq(n, N - (N + 4) / 5);
  for (i = 0; i < n; i++) {
    ck_assert(out[i] % 5 != 0);
    ck_assert_uint_ge(d[out[i]], last);
    if (i > 0 && d[out[i]] == last)
      ck_assert_int_gt(out[i], out[i - 1]);  /* start order */
    last = d[out[i]];
  }
}
END_TEST


static Suite *timer_suite(void) {
  Suite *s = suite_create("timer");
  TCase *tc = tcase_create("heap");

  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_timer_deadline_order);
  tcase_add_test(tc, test_timer_equal_deadlines_fifo);
  tcase_add_test(tc, test_timer_remove);
  tcase_add_test(tc, test_timer_many_random);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(timer_suite());
}
