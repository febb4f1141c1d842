/*
 * check-ms.c -- the one conversion of milliseconds (ms.c, spec part 8):
 * st_ms_convert's edge cases, st_ms_strerror, and the argument errors the
 * std.task functions raise through it.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask-int.h"
#include "support.h"

#define SENTINEL UINT64_C(0xdeadbeef)


/* Convert v, which must be accepted, and return the result. */
static uint64_t accepted(lua_Number v) {
  uint64_t out = SENTINEL;
  int rc = st_ms_convert(v, &out);

  ck_assert_msg(rc == 0, "%.17g rejected: %s", (double)v, st_ms_strerror(rc));
  return out;
}


/* Convert v, which must be rejected; its error text must contain `why`.
 * Returns the code. */
static int rejected(lua_Number v, const char *why) {
  uint64_t out = SENTINEL;
  int rc = st_ms_convert(v, &out);

  ck_assert_msg(rc != 0, "%.17g accepted as %llu", (double)v,
                (unsigned long long)out);
  ck_assert_msg(st_test_contains(st_ms_strerror(rc), why),
                "%.17g: '%s' lacks '%s'", (double)v, st_ms_strerror(rc), why);
  return rc;
}


START_TEST(test_ms_zero) {
  ck_assert_uint_eq(accepted(0.0), 0);
}
END_TEST


START_TEST(test_ms_negative_zero_is_zero) {
  ck_assert_uint_eq(accepted(-0.0), 0);
}
END_TEST


START_TEST(test_ms_fraction_rounds_up) {
  ck_assert_uint_eq(accepted(0.1), 1);
  ck_assert_uint_eq(accepted(0.5), 1);
  ck_assert_uint_eq(accepted(1.5), 2);
  ck_assert_uint_eq(accepted(1.0), 1);  /* whole numbers stay */
  /* the smallest positive double */
  ck_assert_uint_eq(accepted(nextafter(0.0, 1.0)), 1);
  ck_assert_uint_eq(accepted(999.000001), 1000);
}
END_TEST


START_TEST(test_ms_accepts_1e9) {
  ck_assert_uint_eq(accepted(1e9), UINT64_C(1000000000));
}
END_TEST


START_TEST(test_ms_accepts_max) {
  ck_assert_uint_eq(accepted(ST_MS_MAX), UINT64_C(9007199254740992));
  ck_assert_uint_eq(accepted(ST_MS_MAX - 1), UINT64_C(9007199254740991));
}
END_TEST


START_TEST(test_ms_rejects_past_max) {
  int rc = rejected(ST_MS_MAX * 2, "range");

  ck_assert_int_eq(rejected(1e300, "range"), rc);
  ck_assert_int_eq(rejected(nextafter(ST_MS_MAX, INFINITY), "range"), rc);
  ck_assert_int_eq(rejected(DBL_MAX, "range"), rc);
}
END_TEST


START_TEST(test_ms_rejects_nan) {
  int rc = rejected(NAN, "NaN");

  ck_assert_int_eq(rejected(-NAN, "NaN"), rc);
}
END_TEST


START_TEST(test_ms_rejects_infinities) {
  int rc = rejected(INFINITY, "finite");

  ck_assert_int_eq(rejected(-INFINITY, "finite"), rc);
}
END_TEST


START_TEST(test_ms_rejects_negatives) {
  int rc = rejected(-1.0, "negative");

  ck_assert_int_eq(rejected(-1e-9, "negative"), rc);
  ck_assert_int_eq(rejected(-DBL_MIN, "negative"), rc);
  ck_assert_int_eq(rejected(-1e300, "negative"), rc);
}
END_TEST


START_TEST(test_ms_codes_distinct) {
  uint64_t out;
  int codes[4];
  int i, j;

  codes[0] = st_ms_convert(NAN, &out);
  codes[1] = st_ms_convert(INFINITY, &out);
  codes[2] = st_ms_convert(-1.0, &out);
  codes[3] = st_ms_convert(1e300, &out);
  for (i = 0; i < 4; i++) {
    ck_assert_int_ne(codes[i], 0);
    for (j = 0; j < i; j++)
      ck_assert_int_ne(codes[i], codes[j]);
  }
}
END_TEST


START_TEST(test_ms_strerror_texts_distinct) {
  uint64_t out;
  const char *texts[5];
  int i, j;

  texts[0] = st_ms_strerror(st_ms_convert(NAN, &out));
  texts[1] = st_ms_strerror(st_ms_convert(INFINITY, &out));
  texts[2] = st_ms_strerror(st_ms_convert(-1.0, &out));
  texts[3] = st_ms_strerror(st_ms_convert(1e300, &out));
  texts[4] = st_ms_strerror(12345);  /* not a code: still a text */
  for (i = 0; i < 5; i++) {
    ck_assert_ptr_nonnull(texts[i]);
    ck_assert_uint_gt(strlen(texts[i]), 0);
    /* lauxlib style: lowercase start, no final period. */
    ck_assert_uint_ne(texts[i][strlen(texts[i]) - 1], '.');
    for (j = 0; j < i; j++)
      ck_assert_str_ne(texts[i], texts[j]);
  }
}
END_TEST


/* Lua level: a C function `ms(x)` returning st_ms_check(x), the path every
 * std.task function takes (integers and floats apart). */
static int l_ms(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)st_ms_check(L, 1, "ms"));
  return 1;
}


static lua_State *ms_state(void) {
  lua_State *L = st_test_state_new();

  lua_register(L, "ms", l_ms);
  return L;
}


START_TEST(test_ms_check_accepts_integers_and_floats) {
  lua_State *L = ms_state();

  st_test_dostring(L,
    "a, b, c, d, e = ms(0), ms(-0.0), ms(0.1), ms(7), ms(2^53)\n"
    "f = ms(1e9)\n");
  ck_assert_int_eq(st_test_gint(L, "a"), 0);
  ck_assert_int_eq(st_test_gint(L, "b"), 0);
  ck_assert_int_eq(st_test_gint(L, "c"), 1);
  ck_assert_int_eq(st_test_gint(L, "d"), 7);
  ck_assert_int_eq(st_test_gint(L, "e"), INT64_C(9007199254740992));
  ck_assert_int_eq(st_test_gint(L, "f"), 1000000000);
  lua_close(L);
}
END_TEST


START_TEST(test_ms_check_rejects_integers_out_of_range) {
  lua_State *L = ms_state();

  st_test_dostring(L,
    "_, neg = pcall(ms, math.mininteger)\n"
    "_, big = pcall(ms, math.maxinteger)\n");
  ck_assert_msg(st_test_contains(st_test_gstr(L, "neg"),
                                 "bad argument #1 to 'ms' (milliseconds "
                                 "must not be negative)"),
                "got %s", st_test_gstr(L, "neg"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "big"), "range"),
                "got %s", st_test_gstr(L, "big"));
  lua_close(L);
}
END_TEST


/* ST_MS_MAX is 2^53: "anything larger is rejected, never clamped".  The
 * integer 2^53 + 1 converts to the double 2^53, so a check made on the
 * double alone accepts it and returns a different number. */
START_TEST(test_ms_check_rejects_integer_just_past_max) {
  lua_State *L = ms_state();

  st_test_dostring(L,
    "ok, v = pcall(ms, math.tointeger(2^53) + 1)\n"
    "v = tostring(v)\n");
  ck_assert_msg(!st_test_gbool(L, "ok"),
                "2^53 + 1 accepted as %s", st_test_gstr(L, "v"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "v"), "range"),
                "got %s", st_test_gstr(L, "v"));
  lua_close(L);
}
END_TEST


/* pcall(std.task.sleep, x) for each bad x, from the main chunk. */
START_TEST(test_ms_sleep_bad_arguments) {
  static const struct {
    const char *global, *why;
  } cases[] = {
    {"e_str", "number expected, got string"},
    {"e_nil", "number expected, got nil"},
    {"e_none", "number expected, got no value"},
    {"e_neg", "milliseconds must not be negative"},
    {"e_negf", "milliseconds must not be negative"},
    {"e_nan", "NaN"},
    {"e_inf", "finite"},
    {"e_ninf", "finite"},
    {"e_big", "range"},
    {"e_tab", "number expected, got table"},
  };
  lua_State *L = st_test_state_new();
  size_t i;

  st_test_run_ok(L,
    "local sleep = std.task.sleep\n"
    "local function err(...) local ok, e = pcall(sleep, ...)\n"
    "  return ok and 'accepted' or e end\n"
    "e_str = err('x')\n"
    "e_nil = err(nil)\n"
    "e_none = err()\n"
    "e_neg = err(-1)\n"
    "e_negf = err(-1e-9)\n"
    "e_nan = err(0/0)\n"
    "e_inf = err(math.huge)\n"
    "e_ninf = err(-math.huge)\n"
    "e_big = err(1e300)\n"
    "e_tab = err({})\n");
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *e = st_test_gstr(L, cases[i].global);
    ck_assert_msg(st_test_contains(e, "bad argument #1 to 'sleep'"),
                  "%s: %s", cases[i].global, e ? e : "(not a string)");
    ck_assert_msg(st_test_contains(e, cases[i].why), "%s: '%s' lacks '%s'",
                  cases[i].global, e, cases[i].why);
  }
  lua_close(L);
}
END_TEST


START_TEST(test_ms_sleep_error_has_no_position) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L, "_, e = pcall(std.task.sleep, -1)\n");
  ck_assert_str_eq(st_test_gstr(L, "e"),
                   "bad argument #1 to 'sleep' "
                   "(milliseconds must not be negative)");
  lua_close(L);
}
END_TEST


START_TEST(test_ms_with_timeout_bad_ms) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "local f = function() end\n"
    "_, e_neg = pcall(std.task.with_timeout, -5, f)\n"
    "_, e_nan = pcall(std.task.with_timeout, 0/0, f)\n"
    "_, e_grace = pcall(std.task.with_timeout, 10, f, {grace_ms = -1})\n"
    "_, e_gtype = pcall(std.task.with_timeout, 10, f, {grace_ms = 'x'})\n");
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_neg"),
                "bad argument #1 to 'with_timeout' (milliseconds must not "
                "be negative)"), "got %s", st_test_gstr(L, "e_neg"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_nan"),
                "bad argument #1 to 'with_timeout'"),
                "got %s", st_test_gstr(L, "e_nan"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_grace"),
                "bad argument #3 to 'with_timeout' ('grace_ms': "
                "milliseconds must not be negative)"),
                "got %s", st_test_gstr(L, "e_grace"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_gtype"),
                "bad argument #3 to 'with_timeout'"),
                "got %s", st_test_gstr(L, "e_gtype"));
  lua_close(L);
}
END_TEST


START_TEST(test_ms_coroutine_yield_ms_checked) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "std.task.spawn(function()\n"
    "  _, e_neg = pcall(coroutine.yield, -1)\n"
    "  _, e_inf = pcall(coroutine.yield, math.huge)\n"
    "end, {driver = 'coroutine'}):join()\n");
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_neg"),
                "bad argument #1 to 'yield' (milliseconds must not be "
                "negative)"), "got %s", st_test_gstr(L, "e_neg"));
  ck_assert_msg(st_test_contains(st_test_gstr(L, "e_inf"), "finite"),
                "got %s", st_test_gstr(L, "e_inf"));
  lua_close(L);
}
END_TEST


static int l_now(lua_State *L) {
  lua_pushnumber(L, (lua_Number)uv_hrtime() / 1e6);
  return 1;
}


/* A fraction rounds up, so the sleep never ends early: sleep(2.5) lasts
 * 3 loop-clock ticks, which is more than 2 ms of real time (2.5 rounded
 * down would only promise more than 1 ms). */
START_TEST(test_ms_sleep_fraction_never_early) {
  lua_State *L = st_test_state_new();
  lua_Number elapsed;

  lua_register(L, "now", l_now);
  st_test_run_ok(L,
    "local t0 = now()\n"
    "std.task.sleep(2.5)\n"
    "elapsed = now() - t0\n");
  lua_getglobal(L, "elapsed");
  elapsed = lua_tonumber(L, -1);
  lua_pop(L, 1);
  ck_assert_msg(elapsed >= 2.0, "sleep(2.5) lasted %.3f ms", (double)elapsed);
  lua_close(L);
}
END_TEST


static Suite *ms_suite(void) {
  Suite *s = suite_create("ms");
  TCase *tc;

  tc = tcase_create("convert");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_ms_zero);
  tcase_add_test(tc, test_ms_negative_zero_is_zero);
  tcase_add_test(tc, test_ms_fraction_rounds_up);
  tcase_add_test(tc, test_ms_accepts_1e9);
  tcase_add_test(tc, test_ms_accepts_max);
  tcase_add_test(tc, test_ms_rejects_past_max);
  tcase_add_test(tc, test_ms_rejects_nan);
  tcase_add_test(tc, test_ms_rejects_infinities);
  tcase_add_test(tc, test_ms_rejects_negatives);
  suite_add_tcase(s, tc);

  tc = tcase_create("strerror");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_ms_codes_distinct);
  tcase_add_test(tc, test_ms_strerror_texts_distinct);
  suite_add_tcase(s, tc);

  tc = tcase_create("lua");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_ms_check_accepts_integers_and_floats);
  tcase_add_test(tc, test_ms_check_rejects_integers_out_of_range);
  tcase_add_test(tc, test_ms_check_rejects_integer_just_past_max);
  tcase_add_test(tc, test_ms_sleep_bad_arguments);
  tcase_add_test(tc, test_ms_sleep_error_has_no_position);
  tcase_add_test(tc, test_ms_with_timeout_bad_ms);
  tcase_add_test(tc, test_ms_coroutine_yield_ms_checked);
  tcase_add_test(tc, test_ms_sleep_fraction_never_early);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(ms_suite());
}
