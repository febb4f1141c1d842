/*
 * oom-host -- a test-only host that fails allocations on purpose.
 *
 *   oom-host [options] SCRIPT
 *
 * It sets up a state the way the reference host does (standard libraries,
 * a `std` table, std.task registered, the script loaded, a runtime on a
 * fresh loop, the main chunk scheduled), then counts allocation requests
 * from the start of the main chunk (stdtask_runtime_run) and fails request
 * K and the following ones: --fail-count=N of them (default 2: the request
 * and the retry Lua makes after its emergency collection, so the failure
 * reaches the code), or every one until the run ends with --fail-count=0
 * (persistent, as Lua's own test suite does with T.alloccount).
 *
 * Requests are the growing calls of the lua_Alloc function and the
 * library's own malloc/calloc/realloc (redirected here with the linker's
 * --wrap, see harness/reliability.mk), one sequence for both.
 *
 * A run is judged here:
 *   pass  the run ended with success, or the main chunk raised an error
 *         whose message contains "not enough memory" (as did every task
 *         failure nobody joined), no deadlock was reported, the loop closed
 *         cleanly, and every byte Lua and the library allocated was freed
 *   fail  anything else (a crash, an assertion or a hang never gets here:
 *         the driver and the alarm below catch those)
 *
 * Options:
 *   --fail-at=K        fail request K (1 = the first); 0: never (default)
 *   --fail-count=N     how many requests fail from K (0: all; default 2)
 *   --sweep            run K = 1, 2, ... in this process, a fresh state each
 *                      time, until a run completes without reaching request
 *                      K; prints the number of failure points exercised
 *   --from=A --to=B --step=S   the sweep's range and stride
 *   --keep-going       go on after a failing run (one replay line per
 *                      distinct reason, a count at the end)
 *   --count-start      count from stdtask_runtime_start (which schedules
 *                      the main chunk) rather than from the run
 *   --clock=virtual    the runtime's virtual clock (deterministic counts)
 *   --grace-ms=N       default grace for with_timeout
 *   --timeout=SEC      one run's time limit (default 20 s)
 *   -v                 one line per run on stderr
 *
 * Exit status: 0 all runs passed, 1 a run failed (its K is printed),
 * 2 usage or setup error.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <uv.h>

#include "stdtask.h"
#include "testhost.h"

#define OOM_MSG "not enough memory"

/* The allocation counter shared by Lua's allocator and the library's
 * malloc family. */
static struct {
  int armed;                 /* counting requests */
  unsigned long n;           /* requests counted since armed */
  unsigned long fail_at;     /* 0: never */
  unsigned long fail_count;  /* 0: every request from fail_at on */
  unsigned long failed;      /* requests refused */
  long lua_blocks;           /* Lua blocks alive */
  long lib_blocks;           /* library blocks alive */
} mem;

/* One run's verdict material. */
static struct {
  int unjoined, unjoined_bad, stuck;
  long spawned, ended;       /* tasks (id > 0), from the trace hook */
  char bad_unjoined[160];
} run_info;

static unsigned long current_k;

/* The linker's --wrap: the library's calls land in __wrap_NAME, and
 * __real_NAME is the C library's. */
void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t sz);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t sz);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);
static const char *progname = "oom-host";


/* Should the next growing request fail?  Counts it. */
static int refuse(void) {
  if (!mem.armed)
    return 0;
  mem.n++;
  if (mem.fail_at == 0 || mem.n < mem.fail_at)
    return 0;
  if (mem.fail_count != 0 && mem.n >= mem.fail_at + mem.fail_count)
    return 0;
  mem.failed++;
  return 1;
}


static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  void *p;

  (void)ud;
  if (nsize == 0) {
    if (ptr != NULL)
      mem.lua_blocks--;
    __real_free(ptr);
    return NULL;
  }
  /* Lua never expects a shrinking call to fail (and osize is a type tag
   * when ptr is NULL). */
  if ((ptr == NULL || nsize > osize) && refuse())
    return NULL;
  p = __real_realloc(ptr, nsize);
  if (p != NULL && ptr == NULL)
    mem.lua_blocks++;
  return p;
}


/* The library's malloc family, reached through -Wl,--wrap=NAME. */

void *__wrap_malloc(size_t n) {
  void *p;

  if (refuse())
    return NULL;
  p = __real_malloc(n);
  if (p != NULL)
    mem.lib_blocks++;
  return p;
}


void *__wrap_calloc(size_t n, size_t sz) {
  void *p;

  if (refuse())
    return NULL;
  p = __real_calloc(n, sz);
  if (p != NULL)
    mem.lib_blocks++;
  return p;
}


void *__wrap_realloc(void *ptr, size_t n) {
  void *p;

  if (n == 0) {  /* not used by the library; keep the count right */
    if (ptr != NULL)
      mem.lib_blocks--;
    __real_free(ptr);
    return NULL;
  }
  if (refuse())
    return NULL;
  p = __real_realloc(ptr, n);
  if (p != NULL && ptr == NULL)
    mem.lib_blocks++;
  return p;
}


void __wrap_free(void *p) {
  if (p != NULL)
    mem.lib_blocks--;
  __real_free(p);
}


static int is_oom(lua_State *L, int idx) {
  const char *s = lua_type(L, idx) == LUA_TSTRING ? lua_tostring(L, idx)
                                                  : NULL;
  return s != NULL && strstr(s, OOM_MSG) != NULL;
}


static void on_unjoined(void *ud, lua_State *L, unsigned long long id,
                        const char *name) {
  (void)ud;
  (void)name;
  run_info.unjoined++;
  /* A task that failed for want of memory and was not joined is reported
   * by the library: fine.  Any other failure is the workload's bug or a
   * lost task.  L holds the error value at -2, its traceback at -1. */
  if (!is_oom(L, -2)) {
    run_info.unjoined_bad++;
    snprintf(run_info.bad_unjoined, sizeof run_info.bad_unjoined,
             "task #%llu failed and was never joined: %s", id,
             lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2)
                                            : luaL_typename(L, -2));
  }
}


static void on_stuck(void *ud, unsigned long long id, const char *name,
                     const char *what) {
  (void)ud;
  run_info.stuck++;
  fprintf(stderr, "%s: k=%lu: deadlock: task #%llu%s%s%s waits on %s\n",
          progname, current_k, id, name ? " (" : "", name ? name : "",
          name ? ")" : "", what);
}


/* Every task spawned must have ended (finished or aborted) when the run
 * returns: the root scope drains before stdtask_runtime_run returns, even
 * after the main chunk failed.  A task that never ends was lost. */
static void on_trace(void *ud, const stdtask_trace_event *ev) {
  (void)ud;
  if (ev->id == 0)
    return;
  if (ev->event == STDTASK_EV_SPAWN)
    run_info.spawned++;
  else if (ev->event == STDTASK_EV_FINISH)  /* after an abort too */
    run_info.ended++;
}


/* oom_hit(): has a request been refused yet?  Workloads skip the counts
 * of tasks nobody joins once one has (such a task may have died of it;
 * the trace hook still checks that none was lost). */
/* testhost_open under lua_pcall: an allocation failure raises. */
static int open_testhost(lua_State *L) {
  (void)lua_touserdata(L, 1);
  testhost_open(L);
  return 0;
}


static int l_oom_hit(lua_State *L) {
  lua_pushboolean(L, mem.failed > 0);
  return 1;
}


/* An error outside any protected call: Lua aborts after this returns. */
static int on_panic(lua_State *L) {
  const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
                                                   : "(not a string)";

  fprintf(stderr, "%s: k=%lu: Lua panic: unprotected error: %s\n", progname,
          current_k, msg);
  fflush(stderr);
  return 0;
}


static void on_alarm(int sig) {
  static const char msg[] = "oom-host: a run hung (time limit); k is on the "
                            "last -v line, or replay with --fail-at\n";

  (void)sig;
  if (write(2, msg, sizeof msg - 1) < 0) {
    /* nothing left to do */
  }
  _exit(3);
}


typedef struct opts {
  stdtask_config cfg;
  const char *script;
  unsigned long fail_at, fail_count, from, to, step;
  unsigned int timeout;
  int sweep, verbose, arm_start, keep_going;
} opts;


/* Outcome of one run. */
enum { V_PASS, V_OOM, V_FAIL };

static const char *const rnames[] = {"success", "not enough memory", "FAIL"};


/* One run with request k failing; returns V_*, and *hit says whether
 * request k was reached.  why receives a reason for V_FAIL. */
static int run_once(const opts *o, unsigned long k, int *hit, char *why,
                    size_t whylen) {
  lua_State *L;
  uv_loop_t loop;
  stdtask_runtime *rt = NULL;
  int rc, verdict = V_PASS;

  memset(&mem, 0, sizeof mem);
  memset(&run_info, 0, sizeof run_info);
  mem.fail_at = k;
  mem.fail_count = o->fail_count;
  why[0] = '\0';
  current_k = k;

  L = lua_newstate(l_alloc, NULL);
  if (L == NULL) {
    snprintf(why, whylen, "cannot create the state");
    return V_FAIL;
  }
  lua_atpanic(L, on_panic);
  luaL_openlibs(L);
  lua_newtable(L);
  lua_setglobal(L, "std");
  lua_register(L, "oom_hit", l_oom_hit);
  rc = stdtask_register_with(L, &o->cfg);
  if (rc == 0) {  /* std.testhost: the host-waits workload; it allocates */
    lua_pushcfunction(L, open_testhost);
    lua_pushlightuserdata(L, &loop);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
      lua_pop(L, 1);
      rc = STDTASK_ENOMEM;
    }
  }
  if (rc == 0 && luaL_loadfile(L, o->script) != LUA_OK) {
    snprintf(why, whylen, "load: %s", lua_tostring(L, -1));
    lua_close(L);
    return V_FAIL;
  }
  if (rc == 0 && uv_loop_init(&loop) != 0)
    rc = STDTASK_ENOMEM;
  if (rc == 0)
    rc = stdtask_runtime_new(L, &loop, &rt);
  if (rc != 0) {
    snprintf(why, whylen, "setup: %s", stdtask_strerror(rc));
    lua_close(L);
    return V_FAIL;
  }
  stdtask_unjoined_set_hook(rt, on_unjoined, NULL);
  stdtask_stuck_set_hook(rt, on_stuck, NULL);
  stdtask_trace_set_hook(rt, on_trace, NULL);

  alarm(o->timeout);
  mem.armed = o->arm_start;
  rc = stdtask_runtime_start(rt, 0);
  mem.armed = 1;  /* the main chunk starts here */
  if (rc == 0)
    rc = stdtask_runtime_run(rt);
  mem.armed = 0;  /* the run is over: cleanup gets its memory */
  *hit = mem.failed > 0;

  if (rc == STDTASK_ENOMEM && *hit) {
    verdict = V_OOM;  /* stdtask_runtime_start could not start it */
  } else if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(rt);
    if (is_oom(L, -2)) {
      verdict = V_OOM;
    } else {
      verdict = V_FAIL;
      snprintf(why, whylen, "the main chunk raised: %s",
               lua_isstring(L, -1) ? lua_tostring(L, -1)
               : lua_isstring(L, -2) ? lua_tostring(L, -2)
               : luaL_typename(L, -2));
    }
    lua_pop(L, 2);
  } else if (rc != 0) {
    verdict = V_FAIL;
    snprintf(why, whylen, "stdtask_runtime_run: %s", stdtask_strerror(rc));
  }
  if (verdict != V_FAIL && run_info.stuck > 0) {
    verdict = V_FAIL;
    snprintf(why, whylen, "%d task(s) reported stuck", run_info.stuck);
  }
  if (verdict != V_FAIL && run_info.ended != run_info.spawned) {
    verdict = V_FAIL;
    snprintf(why, whylen, "lost tasks: %ld spawned, %ld ended",
             run_info.spawned, run_info.ended);
  }
  stdtask_runtime_free(rt);
  /* If the main chunk itself ran out of memory, the joins it had still to
   * make never ran: the failures they would have seen are reported as
   * unjoined, rightly.  Otherwise every failure must have been joined. */
  if (verdict == V_PASS && run_info.unjoined_bad > 0) {
    verdict = V_FAIL;
    snprintf(why, whylen, "%s", run_info.bad_unjoined);
  }
  if (uv_run(&loop, UV_RUN_DEFAULT) != 0 || uv_loop_close(&loop) != 0) {
    if (verdict != V_FAIL)
      snprintf(why, whylen, "the loop did not close cleanly");
    verdict = V_FAIL;
  }
  lua_close(L);
  alarm(0);
  if (verdict != V_FAIL && (mem.lua_blocks != 0 || mem.lib_blocks != 0)) {
    verdict = V_FAIL;
    snprintf(why, whylen, "leak: %ld Lua block(s), %ld library block(s)",
             mem.lua_blocks, mem.lib_blocks);
  }
  if (verdict == V_OOM && !*hit) {
    verdict = V_FAIL;
    snprintf(why, whylen, "out of memory although no request failed");
  }
  return verdict;
}


/* Is this the first failure with this reason?  (A sweep with --keep-going
 * prints one replay line per distinct reason.) */
static int note_reason(const char *why) {
  static char seen[32][128];
  static int nseen;
  int i;

  for (i = 0; i < nseen; i++)
    if (strncmp(seen[i], why, sizeof seen[i] - 1) == 0)
      return 0;
  if (nseen < 32)
    snprintf(seen[nseen++], sizeof seen[0], "%.120s", why);
  return 1;
}


static int parse_ulong(const char *s, unsigned long *out) {
  char *end;

  if (*s < '0' || *s > '9')
    return -1;
  *out = strtoul(s, &end, 10);
  return *end == '\0' ? 0 : -1;
}


static void usage(void) {
  fprintf(stderr,
    "usage: %s [--fail-at=K | --sweep [--from=A] [--to=B] [--step=S]]\n"
    "       [--keep-going] [--fail-count=N] [--count-start] [--clock=virtual]\n"
    "       [--grace-ms=N]\n"
    "       [--timeout=SEC] [-v] SCRIPT\n", progname);
}


int main(int argc, char **argv) {
  opts o;
  int i, hit = 0, verdict;
  char why[256];
  unsigned long k, points = 0, oom = 0, ok = 0, fails = 0, v;

  memset(&o, 0, sizeof o);
  stdtask_config_init(&o.cfg);
  o.fail_count = 2;
  o.from = 1;
  o.step = 1;
  o.timeout = 20;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strncmp(a, "--fail-at=", 10) == 0 && parse_ulong(a + 10, &v) == 0)
      o.fail_at = v;
    else if (strncmp(a, "--fail-count=", 13) == 0
             && parse_ulong(a + 13, &v) == 0)
      o.fail_count = v;
    else if (strcmp(a, "--sweep") == 0)
      o.sweep = 1;
    else if (strncmp(a, "--from=", 7) == 0 && parse_ulong(a + 7, &v) == 0
             && v > 0)
      o.from = v;
    else if (strncmp(a, "--to=", 5) == 0 && parse_ulong(a + 5, &v) == 0)
      o.to = v;
    else if (strncmp(a, "--step=", 7) == 0 && parse_ulong(a + 7, &v) == 0
             && v > 0)
      o.step = v;
    else if (strcmp(a, "--clock=virtual") == 0)
      o.cfg.clock = STDTASK_CLOCK_VIRTUAL;
    else if (strcmp(a, "--clock=real") == 0)
      o.cfg.clock = STDTASK_CLOCK_REAL;
    else if (strncmp(a, "--grace-ms=", 11) == 0
             && parse_ulong(a + 11, &v) == 0 && v <= 0xFFFFFFFFul)
      o.cfg.default_grace_ms = (unsigned int)v;
    else if (strncmp(a, "--timeout=", 10) == 0
             && parse_ulong(a + 10, &v) == 0 && v > 0 && v < 100000)
      o.timeout = (unsigned int)v;
    else if (strcmp(a, "--keep-going") == 0)
      o.keep_going = 1;
    else if (strcmp(a, "--count-start") == 0)
      o.arm_start = 1;
    else if (strcmp(a, "-v") == 0)
      o.verbose = 1;
    else if (a[0] != '-' && o.script == NULL)
      o.script = a;
    else {
      fprintf(stderr, "%s: bad argument '%s'\n", progname, a);
      usage();
      return 2;
    }
  }
  if (o.script == NULL) {
    usage();
    return 2;
  }
  signal(SIGALRM, on_alarm);

  if (!o.sweep) {
    verdict = run_once(&o, o.fail_at, &hit, why, sizeof why);
    printf("%s: k=%lu hit=%d requests=%lu: %s%s%s\n", progname, o.fail_at,
           hit, mem.n, rnames[verdict], why[0] ? ": " : "", why);
    return verdict == V_FAIL ? 1 : 0;
  }

  for (k = o.from; o.to == 0 || k <= o.to; k += o.step) {
    if (o.verbose) {
      fprintf(stderr, "%s: k=%lu\n", progname, k);
      fflush(stderr);
    }
    verdict = run_once(&o, k, &hit, why, sizeof why);
    if (o.verbose)
      fprintf(stderr, "%s: k=%lu hit=%d requests=%lu: %s%s%s\n", progname,
              k, hit, mem.n, rnames[verdict], why[0] ? ": " : "", why);
    if (verdict == V_FAIL) {
      fails++;
      if (note_reason(why))
        printf("%s: FAIL at k=%lu (replay: %s --fail-at=%lu --fail-count=%lu"
               "%s%s %s): %s\n", progname, k, progname, k, o.fail_count,
               o.arm_start ? " --count-start" : "",
               o.cfg.clock == STDTASK_CLOCK_VIRTUAL ? " --clock=virtual" : "",
               o.script, why);
      fflush(stdout);
      if (!o.keep_going)
        return 1;
    }
    if (!hit)
      break;
    points++;
    if (verdict == V_OOM)
      oom++;
    else if (verdict == V_PASS)
      ok++;
  }
  printf("%s: %lu failure points (%lu ended with \"" OOM_MSG "\", "
         "%lu succeeded, %lu FAILED), %lu requests in a clean run\n",
         progname, points, oom, ok, fails, hit ? 0 : mem.n);
  return fails > 0 ? 1 : 0;
}
