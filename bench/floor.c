/*
 * floor.c -- the floor of the benchmark: every workload of bench/run.lua
 * done with bare lua_newthread/lua_resume/lua_yield and no scheduler.
 *
 *   floor WORKLOAD N
 *
 * The task bodies are the same Lua functions the other configurations run;
 * `yield()` and `sleep(ms)` are C functions that only lua_yield, and this
 * file resumes the threads itself: a plain loop, an array of threads, and
 * FIFO queues (every sleep in a workload has the same duration, so a FIFO
 * is already in deadline order).  No timers, no cancellation tokens, no
 * scopes: what is left is the cost of the coroutines themselves.
 *
 * Prints "result KEY VALUE" lines, as the Lua workloads do.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "bench-common.h"

/* The task bodies, shared with the Lua configurations in spirit: the same
 * statements, with yield/sleep standing for the runtime's. */
static const char bodies_src[] =
  "local yield, sleep = ...\n"
  "local B = {}\n"
  "local jobs = 0\n"
  "function B.empty() end\n"
  "function B.one() return 1 end\n"
  "function B.yielder(r) for _ = 1, r do yield() end end\n"
  "function B.sleeper(ms) sleep(ms) end\n"
  "function B.set_jobs(n) jobs = n end\n"
  "function B.worker()\n"
  "  while jobs > 0 do\n"
  "    jobs = jobs - 1\n"
  "    sleep(1)\n"
  "    for _ = 1, 3 do yield() end\n"
  "  end\n"
  "end\n"
  "return B\n";

#define CANCELLED_MSG "task cancelled"

static lua_State *L;
static int bodies_idx;   /* stack index of the table B */
static int anchors_idx;  /* stack index of the table keeping threads alive */


static void die(const char *what) {
  fprintf(stderr, "floor: %s\n", what);
  exit(1);
}


static void result(const char *key, double value) {
  printf("result %s %.17g\n", key, value);
}


static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);

  if (p == NULL)
    die("out of memory");
  return p;
}


static void sleep_until(long long deadline_ns) {
  long long d = deadline_ns - bench_now_ns();
  struct timespec ts;

  if (d <= 0)
    return;
  ts.tv_sec = (time_t)(d / 1000000000LL);
  ts.tv_nsec = (long)(d % 1000000000LL);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
    ;
}


static int f_yield(lua_State *co) {
  return lua_yield(co, 0);
}


/* Resumed with `false` means cancelled: raise, as a checkpoint would. */
static int sleep_k(lua_State *co, int status, lua_KContext ctx) {
  (void)status;
  (void)ctx;
  if (lua_gettop(co) >= 1 && lua_isboolean(co, -1) && !lua_toboolean(co, -1))
    return luaL_error(co, CANCELLED_MSG);
  return 0;
}


static int f_sleep(lua_State *co) {
  luaL_checkinteger(co, 1);
  lua_settop(co, 1);
  return lua_yieldk(co, 1, 0, sleep_k);
}


/* [-0, +1] pushes a new thread whose stack holds the body NAME. */
static lua_State *new_task(const char *name) {
  lua_State *co = lua_newthread(L);

  lua_getfield(L, bodies_idx, name);
  lua_xmove(L, co, 1);
  return co;
}


static int resume(lua_State *co, int nargs, int *nres) {
  int st = lua_resume(co, L, nargs, nres);

  if (st != LUA_OK && st != LUA_YIELD) {
    const char *msg = lua_tostring(co, -1);
    if (msg == NULL || strstr(msg, CANCELLED_MSG) == NULL)
      die(msg ? msg : "task failed");
  }
  return st;
}


/* (1) spawn+join of n tasks in sequence. */
static void w_spawn(long n) {
  long i;
  int nres;
  long long t0 = bench_now_ns();

  for (i = 0; i < n; i++) {
    lua_State *co = new_task("one");
    if (resume(co, 0, &nres) != LUA_OK)
      die("spawn: task did not finish");
    lua_pop(co, nres);
    lua_pop(L, 1);
  }
  result("ns_per_task", (double)(bench_now_ns() - t0) / (double)n);
}


/* (2) yield round trip: 1,000 ready tasks, n switches in all. */
static void w_yield(long n) {
  const long ntasks = 1000;
  long r = n / ntasks, i, live = ntasks;
  lua_State **co = xcalloc((size_t)ntasks, sizeof *co);
  int nres;
  long long t0 = bench_now_ns();

  if (r < 1)
    r = 1;
  for (i = 0; i < ntasks; i++) {
    co[i] = new_task("yielder");
    lua_pushinteger(co[i], r);
    lua_rawseti(L, anchors_idx, i + 1);
  }
  for (i = 0; i < ntasks; i++)  /* the first resume passes r */
    if (resume(co[i], 1, &nres) == LUA_OK)
      live--;
  while (live > 0) {
    for (i = 0; i < ntasks; i++) {
      if (co[i] == NULL)
        continue;
      if (resume(co[i], 0, &nres) == LUA_OK) {
        co[i] = NULL;
        lua_pushnil(L);
        lua_rawseti(L, anchors_idx, i + 1);
        live--;
      }
    }
  }
  result("ns_per_switch",
         (double)(bench_now_ns() - t0) / (double)(ntasks * r));
  free(co);
}


/* Start n sleepers of ms each; their threads in co[], deadlines in dl[]. */
static void start_sleepers(long n, long ms, lua_State **co, long long *dl) {
  long i;
  int nres;

  for (i = 0; i < n; i++) {
    co[i] = new_task("sleeper");
    lua_pushinteger(co[i], ms);
    lua_rawseti(L, anchors_idx, i + 1);
    if (resume(co[i], 1, &nres) != LUA_YIELD)
      die("sleeper did not sleep");
    lua_pop(co[i], nres);
    dl[i] = bench_now_ns() + ms * 1000000LL;
  }
}


/* (3) n concurrent tasks sleeping 10 ms. */
static void w_sleep(long n) {
  lua_State **co = xcalloc((size_t)n, sizeof *co);
  long long *dl = xcalloc((size_t)n, sizeof *dl);
  long long rss0, hwm0, rss1, hwm1, t0;
  long i;
  int nres;

  lua_gc(L, LUA_GCCOLLECT);
  bench_rss(&rss0, &hwm0);
  t0 = bench_now_ns();
  start_sleepers(n, 10, co, dl);
  for (i = 0; i < n; i++) {
    sleep_until(dl[i]);
    if (resume(co[i], 0, &nres) != LUA_OK)
      die("sleeper did not finish");
    lua_pushnil(L);
    lua_rawseti(L, anchors_idx, i + 1);
  }
  result("wall_ms", (double)(bench_now_ns() - t0) / 1e6);
  bench_rss(&rss1, &hwm1);
  result("baseline_rss", (double)rss0);
  result("peak_rss", (double)hwm1);
  result("bytes_per_task", (double)(hwm1 - rss0) / (double)n);
  free(co);
  free(dl);
}


/* (4) cancel fan-out: n tasks sleeping 60 s, all cancelled. */
static void w_cancel(long n) {
  lua_State **co = xcalloc((size_t)n, sizeof *co);
  long long *dl = xcalloc((size_t)n, sizeof *dl);
  long long t0;
  long i;
  int nres;

  start_sleepers(n, 60000, co, dl);
  t0 = bench_now_ns();
  for (i = 0; i < n; i++) {
    lua_pushboolean(co[i], 0);
    if (resume(co[i], 1, &nres) != LUA_ERRRUN)
      die("cancel: sleeper did not raise");
    lua_resetthread(co[i]);  /* its <close> variables, as a runtime must */
    lua_pushnil(L);
    lua_rawseti(L, anchors_idx, i + 1);
  }
  result("ms", (double)(bench_now_ns() - t0) / 1e6);
  free(co);
  free(dl);
}


/* (5) with_timeout churn: a body in a new thread, then a deadline check. */
static void w_timeout(long n) {
  long i, late = 0;
  int nres;
  long long t0 = bench_now_ns();

  for (i = 0; i < n; i++) {
    long long deadline = bench_now_ns() + 1000 * 1000000LL;
    lua_State *co = new_task("one");
    if (resume(co, 0, &nres) != LUA_OK)
      die("timeout: body did not finish");
    lua_pop(co, nres);
    lua_pop(L, 1);
    if (bench_now_ns() > deadline)
      late++;
  }
  result("ns_per_call", (double)(bench_now_ns() - t0) / (double)n);
  if (late)
    die("timeout: a body missed its deadline");
}


/* (6) mixed: w workers pull n jobs; each job sleeps 1 ms and yields 3
 * times.  A ready FIFO and a sleep FIFO; each pass runs the tasks ready
 * when it began, then moves due sleepers (deadline order) to the back. */
static void w_mixed(long n) {
  long w = n / 10 < 1000 ? n / 10 : 1000;
  long rcap, i, live, rh = 0, rt = 0, sh = 0, st = 0;
  lua_State **ready, **sleeping;
  long long *dl, now, t0 = bench_now_ns(), c0 = bench_cpu_ns();
  int nres;

  if (w < 1)
    w = 1;
  rcap = w + 1;
  ready = xcalloc((size_t)rcap, sizeof *ready);
  sleeping = xcalloc((size_t)rcap, sizeof *sleeping);
  dl = xcalloc((size_t)rcap, sizeof *dl);
  lua_getfield(L, bodies_idx, "set_jobs");
  lua_pushinteger(L, n);
  lua_call(L, 1, 0);
  for (i = 0; i < w; i++) {
    ready[rt] = new_task("worker");
    rt = (rt + 1) % rcap;
    lua_rawseti(L, anchors_idx, i + 1);
  }
  live = w;
  while (live > 0) {
    long pass_end = rt;
    now = bench_now_ns();
    while (rh != pass_end) {
      lua_State *co = ready[rh];
      rh = (rh + 1) % rcap;
      if (resume(co, 0, &nres) == LUA_OK) {
        live--;
      } else if (nres == 1) {  /* sleep(ms) */
        dl[st] = now + lua_tointeger(co, -1) * 1000000LL;
        lua_pop(co, 1);
        sleeping[st] = co;
        st = (st + 1) % rcap;
      } else {                 /* yield() */
        ready[rt] = co;
        rt = (rt + 1) % rcap;
      }
    }
    if (rh == rt && sh != st)
      sleep_until(dl[sh]);
    now = bench_now_ns();
    while (sh != st && dl[sh] <= now) {
      ready[rt] = sleeping[sh];
      rt = (rt + 1) % rcap;
      sh = (sh + 1) % rcap;
    }
  }
  result("wall_ms", (double)(bench_now_ns() - t0) / 1e6);
  result("cpu_ns_per_job", (double)(bench_cpu_ns() - c0) / (double)n);
  free(ready);
  free(sleeping);
  free(dl);
}


static const struct {
  const char *name;
  void (*run)(long n);
} workloads[] = {
  {"spawn", w_spawn},
  {"yield", w_yield},
  {"sleep", w_sleep},
  {"cancel", w_cancel},
  {"timeout", w_timeout},
  {"mixed", w_mixed},
};


int main(int argc, char **argv) {
  size_t i;
  long n;
  char *end;

  if (argc != 3) {
    fprintf(stderr, "usage: floor WORKLOAD N\n");
    return 2;
  }
  n = strtol(argv[2], &end, 10);
  if (*end != '\0' || n < 1) {
    fprintf(stderr, "floor: bad N '%s'\n", argv[2]);
    return 2;
  }
  L = luaL_newstate();
  if (L == NULL)
    die("cannot create a Lua state");
  luaL_openlibs(L);
  if (luaL_loadbuffer(L, bodies_src, sizeof bodies_src - 1, "=bodies"))
    die(lua_tostring(L, -1));
  lua_pushcfunction(L, f_yield);
  lua_pushcfunction(L, f_sleep);
  lua_call(L, 2, 1);
  bodies_idx = lua_gettop(L);
  lua_newtable(L);
  anchors_idx = lua_gettop(L);
  for (i = 0; i < sizeof workloads / sizeof workloads[0]; i++) {
    if (strcmp(argv[1], workloads[i].name) == 0) {
      workloads[i].run(n);
      lua_close(L);
      return 0;
    }
  }
  fprintf(stderr, "floor: unknown workload '%s'\n", argv[1]);
  lua_close(L);
  return 2;
}
