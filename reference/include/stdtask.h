/*
 * stdtask.h -- std.task: structured-concurrency primitives for Lua 5.4
 * scripts, scheduled on a single-threaded libuv loop.
 *
 * The library binds the `std.task` module into a lua_State and runs its
 * tasks (Lua threads) on a uv_loop_t owned by the host.  Everything is
 * single-threaded: call these functions from the loop's thread only.
 *
 * Error convention (libuv's): functions returning int return 0 on success
 * or a negative STDTASK_E* code; stdtask_strerror() names it.
 */
#ifndef STDTASK_H
#define STDTASK_H

#include <stdio.h>

#include <lua.h>
#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(STDTASK_BUILDING_DLL)
# define STDTASK_EXTERN __declspec(dllexport)
#elif defined(__GNUC__) && __GNUC__ >= 4
# define STDTASK_EXTERN __attribute__((visibility("default")))
#else
# define STDTASK_EXTERN /* nothing */
#endif

#define STDTASK_VERSION_MAJOR 0
#define STDTASK_VERSION_MINOR 1
#define STDTASK_VERSION_PATCH 0
#define STDTASK_VERSION_STRING "0.1.0"

/* Error codes, chosen outside libuv's range (libuv's are > -4096). */
#define STDTASK_EINVAL     (-20001) /* NULL or invalid argument */
#define STDTASK_ENOSTD     (-20002) /* no global `std` table */
#define STDTASK_ENOTREG    (-20003) /* std.task was not registered in L */
#define STDTASK_EBUSY      (-20004) /* a runtime is already bound / running */
#define STDTASK_ENOMEM     (-20005) /* out of memory */
#define STDTASK_EMAIN      (-20006) /* the main chunk raised an error */
#define STDTASK_EDEADLOCK  (-20007) /* tasks remained that nothing could wake */
#define STDTASK_EINTR      (-20008) /* the run was cancelled by the host */

typedef enum stdtask_driver {
  STDTASK_DRIVER_ASYNC_FN = 0,   /* default: std.task.* suspend the task */
  STDTASK_DRIVER_COROUTINE = 1   /* also coroutine.yield() / yield(ms) */
} stdtask_driver;

typedef enum stdtask_clock {
  STDTASK_CLOCK_REAL = 0,        /* default: libuv's monotonic clock */
  STDTASK_CLOCK_VIRTUAL = 1      /* Trio's MockClock with autojump: when no
                                    task is ready, time jumps to the next
                                    deadline (the `virtual-clock` feature) */
} stdtask_clock;

/* Runtime knobs (the seed's TaskConfig).  Always initialise with
 * stdtask_config_init() so fields added later get their defaults. */
typedef struct stdtask_config {
  stdtask_driver default_driver;  /* STDTASK_DRIVER_ASYNC_FN */
  unsigned int default_grace_ms;  /* 1000: with_timeout's grace window */
  stdtask_clock clock;            /* STDTASK_CLOCK_REAL */
  void *reserved[4];              /* for ABI-compatible growth; keep NULL */
} stdtask_config;

/* The runtime bound to a lua_State and a loop; opaque. */
typedef struct stdtask_runtime stdtask_runtime;

/* Trace events passed to the trace hook. */
typedef enum stdtask_event {
  STDTASK_EV_SPAWN = 0,      /* a task was spawned (not started yet) */
  STDTASK_EV_START,          /* first resume */
  STDTASK_EV_SUSPEND,        /* detail: sleep, yield, join, drain, timeout */
  STDTASK_EV_RESUME,
  STDTASK_EV_FINISH,         /* detail: ok, error, cancelled, aborted */
  STDTASK_EV_CANCEL,         /* a checkpoint raised "task cancelled" */
  STDTASK_EV_ABORT,          /* a hard abort began (FINISH follows) */
  STDTASK_EV_SCOPE_OPEN,     /* detail: the scope's name, or NULL */
  STDTASK_EV_SCOPE_DRAIN,    /* body ended; detail: ok or error */
  STDTASK_EV_SCOPE_CLOSE,
  STDTASK_EV_TIMEOUT_STAGE   /* with_timeout; detail: cancel, grace, abort */
} stdtask_event;

/* One trace event.  Strings are valid during the call only. */
typedef struct stdtask_trace_event {
  stdtask_event event;
  unsigned long long id;       /* task id; 0 for the main chunk */
  const char *name;            /* task name, or NULL */
  stdtask_driver driver;
  const char *detail;          /* see stdtask_event, or NULL */
  unsigned long long scope;    /* task events: the scope the task belongs
                                  to; scope events: the scope */
  unsigned long long parent;   /* scope events: the enclosing scope (0:
                                  none); task events: 0 */
  unsigned long long time_ns;  /* since stdtask_runtime_new, monotonic
                                  (virtual under that clock) */
  /* Members are only ever added here, at the end: a hook built against
   * an older header reads the ones above unchanged. */
  size_t name_len;             /* bytes in name, which may hold NULs; 0
                                  when name is NULL */
  size_t detail_len;           /* bytes in detail; 0 when it is NULL */
  unsigned long long target;   /* suspend "join": the id of the task
                                  joined; otherwise 0 */
} stdtask_trace_event;

typedef void (*stdtask_trace_fn)(void *ud, const stdtask_trace_event *ev);

/* Called for a task failure nobody observed through Handle:join, once
 * nobody can: its Handle collected after it ended, or the runtime freed.  During the
 * call L holds the error value at -2 and the traceback taken when the task
 * failed (a string) at -1; do not pop them.  Failures with the
 * cancellation error are not reported. */
typedef void (*stdtask_unjoined_fn)(void *ud, lua_State *L,
                                    unsigned long long id, const char *name);

/* Called for each task left stuck by a deadlock, before it is aborted.
 * `what` says what it waits on ("join", "drain", ...). */
typedef void (*stdtask_stuck_fn)(void *ud, unsigned long long id,
                                 const char *name, const char *what);

STDTASK_EXTERN const char *stdtask_version(void);
STDTASK_EXTERN const char *stdtask_strerror(int err);

STDTASK_EXTERN void stdtask_config_init(stdtask_config *cfg);

/* Bind std.task into the global table `std` (which must exist) with the
 * default configuration, or with *cfg.  Does not raise: returns an error
 * code (STDTASK_ENOSTD without a `std` table, STDTASK_EINVAL for a bad
 * config or NULL).  Registering twice replaces the configuration. */
STDTASK_EXTERN int stdtask_register(lua_State *L);
STDTASK_EXTERN int stdtask_register_with(lua_State *L,
                                         const stdtask_config *cfg);

/* [-0, +1] Push the std.task module table, setting it up with the
 * default configuration if L has none yet; no `std` table is needed.  For
 * loadable modules (luaopen_*); raises on allocation failure. */
STDTASK_EXTERN int stdtask_open(lua_State *L);

/* Read back the registered configuration into *cfg. */
STDTASK_EXTERN int stdtask_config_get(lua_State *L, stdtask_config *cfg);

/* Create the runtime for L (which must have std.task registered) on loop.
 * One runtime per lua_State. */
STDTASK_EXTERN int stdtask_runtime_new(lua_State *L, uv_loop_t *loop,
                                       stdtask_runtime **rtp);

/* Pops a function and nargs arguments from L and schedules it as the main
 * chunk: it runs on the loop, may call every suspending function, is not a
 * task (std.task.current() is nil there) and spawns into the root scope. */
STDTASK_EXTERN int stdtask_runtime_start(stdtask_runtime *rt, int nargs);

/* Run the loop until the main chunk has finished and the root scope has
 * drained.  If the main chunk raises, the root scope is cancelled and
 * drained first; STDTASK_EMAIN is returned and the error value can be
 * pushed with stdtask_runtime_push_error().  On deadlock the stuck tasks
 * are reported to the stuck hook, aborted, and STDTASK_EDEADLOCK returned.
 * If the host cancelled or aborted the run, STDTASK_EINTR.  STDTASK_ENOMEM
 * if the few stack slots of L it needs could not be reserved (nothing ran). */
STDTASK_EXTERN int stdtask_runtime_run(stdtask_runtime *rt);

/* [-0, +2] pushes the main chunk's error value and its traceback (a
 * string), or two nils. */
STDTASK_EXTERN int stdtask_runtime_push_error(stdtask_runtime *rt);

/* Cancel the root scope (cooperative shutdown).  Safe from loop callbacks
 * such as a SIGINT handler; not from inside a task. */
STDTASK_EXTERN int stdtask_runtime_cancel(stdtask_runtime *rt);

/* Hard-abort every task and the main chunk (their <close> handlers run). */
STDTASK_EXTERN int stdtask_runtime_abort(stdtask_runtime *rt);

/* Abort whatever still runs, release every Lua reference and close the
 * libuv handles.  Memory is released from the close callbacks: run the
 * loop once more (uv_run) before uv_loop_close(), and call this before
 * lua_close(L). */
STDTASK_EXTERN void stdtask_runtime_free(stdtask_runtime *rt);

/* Write the live tree of scopes and tasks, with each task's state, age and
 * name, to f (libuv's uv_print_all_handles is the model). */
STDTASK_EXTERN int stdtask_runtime_dump(stdtask_runtime *rt, FILE *f);

/* For each scope draining for at least ms (and not reported before),
 * write a warning and the tree to f.  Returns how many were reported.
 * Call it from a periodic timer to diagnose a scope that never returns. */
STDTASK_EXTERN int stdtask_runtime_check_drains(stdtask_runtime *rt,
                                                unsigned int ms, FILE *f);

STDTASK_EXTERN int stdtask_trace_set_hook(stdtask_runtime *rt,
                                          stdtask_trace_fn fn, void *ud);
STDTASK_EXTERN int stdtask_unjoined_set_hook(stdtask_runtime *rt,
                                             stdtask_unjoined_fn fn,
                                             void *ud);
STDTASK_EXTERN int stdtask_stuck_set_hook(stdtask_runtime *rt,
                                          stdtask_stuck_fn fn, void *ud);

/* Host-defined waits (spec part 10): a lua_CFunction of the host
 * suspends the calling task until the host completes the wait from its
 * own event source (a libuv callback), the way std.task.sleep waits for a
 * timer.  The host owns the stdtask_wait, as it owns a uv_req_t: it stays
 * valid until the wait ended, that is until stdtask_wait_resolve or
 * stdtask_wait_reject returned, or the cancel callback was called.
 * Exactly one of the two happens for every wait passed to
 * stdtask_wait_suspend. */
typedef struct stdtask_wait stdtask_wait;

/* Called once when a wait ends without the host's completion: the task
 * was cancelled while waiting (it then raises "task cancelled"), aborted
 * (with_timeout's stage 3, Handle:abort: it never resumes), or could not
 * suspend at all, or the runtime was freed.  The host stops what it
 * started (uv_cancel, uv_close).  It must not call into Lua or std.task;
 * a later stdtask_wait_resolve or _reject is ignored. */
typedef void (*stdtask_wait_cancel_fn)(stdtask_wait *w);

struct stdtask_wait {
  void *data;                     /* the host's; untouched by std.task */
  /* private: */
  void *task_;                    /* the waiting task; NULL once ended */
  stdtask_wait_cancel_fn cancel_;
  const char *name_;
};

/* From a lua_CFunction run by a task: `return stdtask_wait_suspend(L, w,
 * "read", on_cancel);` suspends the task on w; the function then returns,
 * in the task, the values the host resolves w with, or raises the error
 * it rejects it with.  name (a static string) names the wait in traces
 * and task dumps.  A cancellation already pending, or a caller that cannot
 * suspend here (not a task, a <close> handler run by an abort, a nested
 * coroutine, across a C call), calls on_cancel(w) and raises. */
STDTASK_EXTERN int stdtask_wait_suspend(lua_State *L, stdtask_wait *w,
                                        const char *name,
                                        stdtask_wait_cancel_fn on_cancel);

/* The waiting task's thread, to push the values onto before
 * stdtask_wait_resolve (or the error before _reject); NULL once the wait
 * ended. */
STDTASK_EXTERN lua_State *stdtask_wait_thread(stdtask_wait *w);

/* Complete w: the task resumes with the n values on top of
 * stdtask_wait_thread(w), or raises the value on top of it.  Returns 0,
 * or STDTASK_EINVAL if w is not waiting (ended, or never suspended on). */
STDTASK_EXTERN int stdtask_wait_resolve(stdtask_wait *w, int n);

/* The libuv loop of the runtime std.task runs in L, or NULL (none yet, or
 * freed): for a Lua C library, loaded as a module, that starts its own
 * requests and host-defined waits on the loop std.task runs on. */
STDTASK_EXTERN uv_loop_t *stdtask_loop(lua_State *L);
STDTASK_EXTERN int stdtask_wait_reject(stdtask_wait *w);

#ifdef __cplusplus
}
#endif

#endif /* STDTASK_H */
