/*
 * stdtask-int.h -- private declarations shared by the library's files.
 *
 * Names: st_<module>_<verb>, where <module> is the file that defines it
 * (cancel, scope, driver, sched, api, ms, trace).
 *
 * Layers, bottom first; a file calls only into its own layer or lower
 * ones (harness/structure-map.sh --check measures it):
 *  1. base.c ms.c timer.c: the runtime record from a Lua state, argument
 *     errors, milliseconds, the deadline heap
 *  2. sched.c: the run queue, the clocks, waits and their callbacks
 *  3. trace.c: the event hook, fed by every layer above
 *  4. cancel.c: tokens, cancel-aware waits
 *  5. task.c abort.c scope.c coro.c wait.c: tasks and the scopes they open (an abort
 *     cascades through a task's scopes; a scope's drain waits for tasks);
 *     with_timeout's stages
 *  6. handle.c: the Handle, join, unjoined-failure reports
 *  7. api.c runtime.c: the module table, the runtime's life, the C API
 *  8. dump.c: the task tree, read-only
 */
#ifndef STDTASK_INT_H
#define STDTASK_INT_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <stddef.h>
#include <stdint.h>

#include <lua.h>
#include <lauxlib.h>
#include <uv.h>

#include "stdtask.h"

#if defined(__GNUC__) && __GNUC__ >= 4
# define ST_HIDDEN __attribute__((visibility("hidden")))
#else
# define ST_HIDDEN
#endif

/* Lua-visible type names (spec ARGS-5): lauxlib messages read
 * "std.task.Handle expected, got nil". */
#define ST_HANDLE_MT "std.task.Handle"
#define ST_SCOPE_MT  "std.task.Scope"
#define ST_TOKEN_MT  "std.task.CancelToken"

/* Spec strings, used verbatim (docs/spec.md gives their clauses). */
#define ST_MSG_CANCELLED "task cancelled"   /* exact message */
#define ST_MSG_TIMEOUT   "timed out"        /* with_timeout's error */
#define ST_MSG_ABORTED   "task aborted"     /* join on an aborted task */
#define ST_MSG_CLOSED    "scope is closed"  /* spawn into a closed scope */
#define ST_MSG_NOMEM     "not enough memory"  /* as Lua words it */
#define ST_MSG_FOREIGN "a stock coroutine function resumed or closed " \
  "this task's thread behind the scheduler"

/* Largest accepted ms argument: 2^53, the last integer a double holds
 * exactly.  Anything larger is rejected, never clamped (spec part 8). */
#define ST_MS_MAX 9007199254740992.0

/* Scheduler pass budget: how many rounds of newly readied tasks run
 * before control returns to the loop so I/O is polled. */
#define ST_PASS_ROUNDS 64

/* Virtual clock: rounds with a fiber always ready after which time moves
 * to the earliest deadline anyway (HOST-15). */
#define ST_SPIN_ROUNDS 1024

/* Finished tasks' threads and records kept for reuse: spawning then costs
 * no lua_newthread, no stack growth and no malloc in the steady state. */
#define ST_POOL 256

typedef struct st_rt st_rt;
typedef struct st_task st_task;
typedef struct st_scope st_scope;
typedef struct st_token st_token;
typedef struct st_bucket st_bucket;

/* Intrusive circular doubly-linked list. */
typedef struct st_link {
  struct st_link *prev;
  struct st_link *next;
} st_link;

#define st_link_init(h) ((h)->prev = (h)->next = (h))
#define st_link_empty(h) ((h)->next == (h))
#define st_container(p, type, field) \
  ((type *)(void *)((char *)(p) - offsetof(type, field)))

static inline void st_link_insert_tail(st_link *h, st_link *n) {
  n->next = h;
  n->prev = h->prev;
  h->prev->next = n;
  h->prev = n;
}

static inline void st_link_remove(st_link *n) {
  n->prev->next = n->next;
  n->next->prev = n->prev;
  n->prev = n->next = n;
}

/* A cancellation token.  Tokens form a tree: cancelling one cancels its
 * descendants, never its ancestors.  Reference counted: scopes, token
 * userdata and child tokens each hold one reference. */
struct st_token {
  unsigned int refs;
  int cancelled;
  int embedded;       /* lives in its CancelToken userdata: never freed */
  st_token *parent;   /* counted reference, or NULL for a standalone token */
  st_link children;   /* child tokens, through their `sibling` */
  st_link sibling;
  st_link waiters;    /* tasks in a cancel-aware wait, through tok_link */
  st_rt *rt;          /* NULL for tokens made before a runtime existed */
};

enum st_state { ST_NEW, ST_READY, ST_RUNNING, ST_WAITING, ST_DONE };
enum st_wait { ST_W_NONE, ST_W_SLEEP, ST_W_JOIN, ST_W_DRAIN, ST_W_TIMEOUT,
               ST_W_HOST, ST_W_N };
enum st_kind { ST_K_TASK, ST_K_MAIN, ST_K_BODY };
enum st_outcome { ST_OUT_NONE, ST_OUT_OK, ST_OUT_ERR, ST_OUT_ABORTED };

#define ST_F_ABORT_PENDING 0x01  /* abort once it stops running */
#define ST_F_CLOSING       0x02  /* its <close> handlers run for an abort */
#define ST_F_OBSERVED      0x04  /* a join saw its outcome */
#define ST_F_STARTED       0x08  /* resumed at least once */
#define ST_F_QUEUED        0x10  /* linked in the run queue */
#define ST_F_REPORTED      0x20  /* unjoined failure already reported */
#define ST_F_ENDING        0x40  /* its end is being recorded (complete,
                                    abort_now): a further abort is a no-op */
#define ST_F_EXPOSED       0x80  /* user code got its thread (coroutine.
                                    running): never pooled for reuse */
#define ST_F_FINALIZED    0x100  /* its Handle's __gc ran: methods raise */
#define ST_F_VIRTUAL      0x200  /* stamp counts virtual ms, not ns */
#define ST_F_DISOWNED     0x400  /* a stock coroutine function resumed its
                                    thread: it fails when next resumed */

/* The one user value of a task record: its thread while it is alive,
 * then its outcome (one value, a table of results, or the error).  Until
 * the task is released that outcome waits on its thread's stack. */
#define ST_UV_THREAD 1
#define ST_UV_VALUES 1

/* A schedulable Lua thread: a spawned task, the main chunk, or the body
 * of a with_timeout (which runs on its own thread so stage 3 can abort it
 * without killing its caller; it reports its caller as current()).
 *
 * The record is a full userdata, so the collector sees what it costs; a
 * spawned task's record is its Handle.  While the task is alive the
 * registry slot `ref` anchors it; after that only Lua references do (a
 * with_timeout body's: its scope's user value), and C keeps no pointer
 * to it, so a finalizer Lua skips can never leave one dangling.  Names
 * are in a weak table (ST_AV_NAMES): most tasks have none. */
struct st_task {
  st_rt *rt;                 /* NULL once released by runtime teardown */
  lua_State *co;             /* the thread (ST_UV_THREAD), or NULL */
  int ref;                   /* registry slot anchoring the record while
                                alive; LUA_NOREF after it ended */
  int nres;                  /* results: 0, 1 (the value) or n (a table) */
  unsigned long long id;     /* 0 for the main chunk and bodies */
  st_task *ident;            /* task current() reports; NULL: none */
  st_scope *base;            /* scope it belongs to (member), while alive */
  st_scope *top;             /* innermost scope open in this thread */
  st_task *target;           /* join target while waiting on it */
  st_task *below;            /* while its <close> handlers run: the task
                                that was current, lower on the C stack */
  stdtask_wait *hw;          /* the host's wait it is in (ST_W_HOST) */
  int wres;                  /* how the host's wait ended: n >= 0 values,
                                ST_WRES_ERROR, or ST_WRES_NONE */
  st_task *abort_up;         /* in an abort cascade: the task whose scope
                                it belongs to, aborted after it */
  st_scope *abort_at;        /* in an abort cascade: its scope whose
                                members are being aborted */
  unsigned char state, wait, kind, driver, outcome;
  unsigned short flags;      /* ST_F_* */
  unsigned int gen;          /* scheduler round it was queued in */
  st_link qlink;             /* run queue, a deadline's bucket, or the
                                joiners of `target`: one at a time */
  st_link member;            /* base->members */
  st_link tok_link;          /* a token's waiters, in a cancel-aware wait */
  st_link joiners;           /* tasks joining this one, through qlink */
  st_link all;               /* rt->tasks: every alive record */
  st_bucket *bucket;         /* the deadline it waits for (through qlink) */
  uint64_t stamp;            /* st_sched_stamp() at spawn; once done, the
                                time it took (Handle:elapsed() stops
                                there), in the clock's unit */
};

#define ST_WRES_NONE  (-2)   /* no completion: cancelled, aborted */
#define ST_WRES_ERROR (-1)   /* rejected: the error on the thread */

/* The tasks waiting for one deadline, in the order their waits began. */
struct st_bucket {
  uint64_t deadline;         /* ms, loop or virtual clock */
  uint64_t seq;              /* creation order, between equal deadlines */
  size_t idx;                /* index in rt->heap */
  st_link tasks;             /* through st_task.qlink */
};

#define ST_SPARE_BUCKETS 64

/* with_timeout's progress (its scope's `stage`), against the spec's
 * three stages (part 4): the deadline armed; the deadline fired, stage 1
 * cancelled and stage 2, the grace period, runs; stage 3 aborting. */
enum { ST_STAGE_ARMED, ST_STAGE_GRACE, ST_STAGE_ABORT };

/* A scope (nursery).  Lives inside its Scope userdata, which stays
 * anchored on its owner thread's stack while the scope is open. */
struct st_scope {
  st_rt *rt;
  unsigned long long id;     /* for traces and dumps; the root is 1 */
  uint64_t drain_start;      /* ms, when its drain began; 0: not draining */
  int name_ref;              /* owned: released in the userdata's __gc */
  st_token *token;           /* owned: released in the userdata's __gc */
  st_task *owner;            /* thread whose stack holds it; NULL: root */
  st_scope *outer;           /* next scope out in owner's stack */
  st_link members;           /* alive tasks spawned into it */
  unsigned int nmembers;
  st_task *waiter;           /* task waiting for the drain */
  st_task *body;             /* with_timeout body, owned, freed at close */
  uint64_t grace_ms;         /* with_timeout: its grace window */
  uint64_t timeout_ms;       /* with_timeout: its deadline, for the error */
  unsigned char closed, is_timeout, timed_out, stage, failed;
  unsigned char self_cancelled;  /* cancelled by itself when the body failed */
  unsigned char drain_reported;  /* stdtask_runtime_check_drains told */
};

/* The libuv handles, apart from st_rt because closing is asynchronous:
 * they are freed by their close callbacks, st_rt when L is closed. */
struct st_uv {
  uv_idle_t idle;            /* active while the run queue is non-empty */
  uv_timer_t timer;          /* armed for the heap's earliest deadline */
  int nopen;                 /* handles not yet closed */
};

/* What the scheduler calls back into the layers above it (set once, at
 * registration): it runs the run queue and the clock, and never names a
 * task's code, a scope or a timeout itself. */
typedef struct st_sched_ops {
  void (*resume)(st_task *t);      /* run a ready task once */
  void (*settle)(st_rt *rt);       /* after timers fired: deferred aborts */
  void (*due[ST_W_N])(st_task *t); /* a wait's deadline came; NULL: wake */
  void (*leave[ST_W_N])(st_task *t); /* the wait ends, whatever ended it */
  int (*done)(st_rt *rt);          /* may the run end? */
  void (*stuck)(st_rt *rt);        /* nothing ready, no deadline: deadlock */
} st_sched_ops;

struct st_rt {
  lua_State *L;              /* the main thread (LUA_RIDX_MAINTHREAD) */
  st_sched_ops ops;
  uv_loop_t *loop;           /* NULL until stdtask_runtime_new */
  stdtask_config cfg;
  st_task *current;          /* the task being resumed or closed */
  st_task *main;             /* the main chunk, while it exists */
  st_scope *root;            /* root scope, anchored by root_ref */
  int root_ref;              /* owned: released in stdtask_runtime_free */
  int nomem_ref;             /* "not enough memory", set aside for tasks
                                whose outcome could not be recorded */
  int handle_mt_ref;         /* the Handle metatable: no lookup by name
                                per spawn; lives as long as L */
  int main_status;           /* 0, STDTASK_EMAIN, STDTASK_EINTR */
  unsigned long long next_id;
  unsigned long long next_scope_id;
  uint64_t next_seq;
  unsigned int gen;
  st_link queue;             /* run queue (FIFO) through qlink */
  st_link tasks;             /* every alive task record, through `all` */
  unsigned int npending;     /* tasks flagged ST_F_ABORT_PENDING */
  st_bucket **heap;          /* timer min-heap of deadline buckets */
  size_t heap_len, heap_cap;
  st_bucket *last;           /* the bucket a wait was last added to */
  st_bucket *spare[ST_SPARE_BUCKETS];  /* recycled buckets */
  int nspare;
  uint64_t armed;            /* deadline the uv timer is armed for */
  uint64_t vnow;             /* virtual clock, ms (STDTASK_CLOCK_VIRTUAL) */
  unsigned int spin;         /* rounds run since no fiber was ready */
  uint64_t t0;               /* ns at stdtask_runtime_new: trace origin */
  int virtual_clock;
  int running;               /* inside stdtask_runtime_run */
  int interrupted;           /* host cancelled or aborted */
  int closing;               /* stdtask_runtime_free in progress */
  int gone;                  /* lua_close finalized the record (anchor) */
  int releasing;             /* teardown releases the records */
  unsigned int nexposed;     /* threads coroutine.running handed out */
  struct st_uv *uv;          /* owned: freed by its close callbacks */
  lua_State *pool_co[ST_POOL];  /* idle threads, each held by pool_ref */
  int pool_ref[ST_POOL];         /* owned: released in st_task_drain_pool */
  int npool;
  stdtask_trace_fn trace;
  void *trace_ud;
  stdtask_unjoined_fn unjoined;
  void *unjoined_ud;
  stdtask_stuck_fn stuck;
  void *stuck_ud;
};

/* ms.c */
ST_HIDDEN int st_ms_convert(lua_Number v, uint64_t *out);
ST_HIDDEN const char *st_ms_strerror(int rc);
ST_HIDDEN uint64_t st_ms_check(lua_State *L, int arg, const char *fname);
ST_HIDDEN uint64_t st_ms_checkfield(lua_State *L, int arg, const char *fname,
                                    const char *field);

/* base.c */
ST_HIDDEN extern const char st_base_anchor_key;
ST_HIDDEN st_rt *st_base_rt(lua_State *L);
ST_HIDDEN int st_base_protect(st_rt *rt, lua_CFunction fn);
ST_HIDDEN int st_base_argerror(lua_State *L, int arg, const char *fname,
                              const char *msg);
ST_HIDDEN int st_base_typeerror(lua_State *L, int arg, const char *fname,
                               const char *tname);
ST_HIDDEN int st_base_finalized(lua_State *L, const char *fname,
                               const char *tname);
ST_HIDDEN void *st_base_checkud(lua_State *L, int arg, const char *mt,
                               const char *fname);
ST_HIDDEN st_task *st_base_fiber(lua_State *L, st_rt *rt,
                                const char *fname);
ST_HIDDEN void st_base_push_anchor(lua_State *L);
ST_HIDDEN st_rt *st_base_find_rt(lua_State *L);
ST_HIDDEN int st_base_pcall(lua_State *L, lua_CFunction fn, void *ud);
ST_HIDDEN void st_base_checkopts(lua_State *L, int arg, const char *fname,
                                const char *const *known);
ST_HIDDEN extern const char *const st_base_spawn_opts[];
ST_HIDDEN void st_base_push_name(lua_State *L, int rec);
ST_HIDDEN const char *st_base_task_name(st_task *t);
ST_HIDDEN const char *st_base_task_name_len(st_task *t, size_t *len);

/* User values of the runtime's anchor userdata. */
#define ST_AV_MODULE  1      /* the std.task table */
#define ST_AV_ERROR   2      /* the main chunk's error value */
#define ST_AV_TB      3      /* its traceback */
#define ST_AV_FAILED  4      /* weak-keyed: failed task record -> traceback,
                                for unjoined-failure reports */
#define ST_AV_NAMES   5      /* weak-keyed: task record -> its name */
#define ST_AV_THREADS 6      /* weak-keyed: thread handed out by
                                coroutine.running -> its task record */
#define ST_AV_N       6

/* wait.c */
ST_HIDDEN void st_wait_leave(st_task *t);

/* runtime.c */
ST_HIDDEN void st_runtime_set_ops(st_rt *rt);

/* cancel.c */
ST_HIDDEN st_token *st_cancel_new(st_rt *rt, st_token *parent);
ST_HIDDEN void st_cancel_ref(st_token *tok);
ST_HIDDEN void st_cancel_unref(st_token *tok);
ST_HIDDEN void st_cancel_fire(st_token *tok);
ST_HIDDEN st_token *st_cancel_effective(st_task *t);
ST_HIDDEN int st_cancel_is_error(lua_State *L, int idx);
ST_HIDDEN int st_cancel_raise(lua_State *L, st_task *t);
ST_HIDDEN void st_cancel_check(lua_State *L, st_task *t);
ST_HIDDEN void st_cancel_check_suspend(lua_State *L, st_task *t);
ST_HIDDEN void st_cancel_push_token(lua_State *L, st_token *tok);
ST_HIDDEN void st_cancel_wait(st_task *t);
ST_HIDDEN void st_cancel_unwait(st_task *t);
ST_HIDDEN void st_cancel_sleep(lua_State *L, st_task *t, uint64_t ms);
ST_HIDDEN void st_cancel_open(lua_State *L);
ST_HIDDEN int st_cancel_token_new(lua_State *L);
ST_HIDDEN int st_cancel_checkpoint(lua_State *L);

/* scope.c */
ST_HIDDEN st_scope *st_scope_new(lua_State *L, st_rt *rt, st_token *parent,
                                 int name_idx);
ST_HIDDEN void st_scope_close(st_scope *s);
ST_HIDDEN st_task *st_scope_abort_pick(st_scope *s);
ST_HIDDEN void st_scope_abort_members(st_scope *s);
ST_HIDDEN void st_scope_member_done(st_scope *s);
ST_HIDDEN void st_scope_on_timer(st_task *waiter);
ST_HIDDEN st_scope *st_scope_current(st_task *t);
ST_HIDDEN void st_scope_open(lua_State *L);
ST_HIDDEN int st_scope_scope(lua_State *L);
ST_HIDDEN int st_scope_with_timeout(lua_State *L);

/* abort.c */
ST_HIDDEN void st_abort_task(st_task *t);
ST_HIDDEN void st_abort_now(st_task *t);
ST_HIDDEN int st_abort_running_under(st_task *t);
ST_HIDDEN int st_abort_abortable(st_task *t);
ST_HIDDEN void st_abort_flush(st_rt *rt);
ST_HIDDEN void st_abort_scopes(st_task *t);
ST_HIDDEN void st_abort_close_thread(st_task *t);

/* task.c */
ST_HIDDEN void st_task_finish(st_task *t);
ST_HIDDEN st_task *st_task_new(lua_State *L, st_rt *rt, int kind,
                                 int driver, st_scope *base, int name);
ST_HIDDEN void st_task_link(st_task *t, st_scope *s);
ST_HIDDEN int st_task_push_values(lua_State *L, st_task *t, int rec);
ST_HIDDEN void st_task_spawn(lua_State *L, st_rt *rt, st_scope *s,
                               int fn, int opts, const char *fname);
ST_HIDDEN void st_task_resume(st_task *t);
ST_HIDDEN void st_task_release(st_task *t);
ST_HIDDEN void st_task_drain_pool(st_rt *rt);
ST_HIDDEN int st_task_parse_driver(lua_State *L, int idx, const char *fname,
                              int arg);
ST_HIDDEN const char *st_task_driver_name(int driver);

/* coro.c */
ST_HIDDEN void st_coro_open(lua_State *L, st_rt *rt, int idx);
ST_HIDDEN int st_coro_yield(lua_State *L);

/* handle.c */
ST_HIDDEN int st_handle_push_outcome(lua_State *L, st_task *t, int rec);
ST_HIDDEN void st_handle_report(lua_State *L, st_rt *rt, st_task *t,
                                int rec);
ST_HIDDEN void st_handle_report_all(st_rt *rt);
ST_HIDDEN void st_handle_open(lua_State *L);

/* sched.c */
ST_HIDDEN int st_sched_foreign(lua_State *L, st_rt *rt, st_task *t);
ST_HIDDEN int st_sched_init(st_rt *rt, uv_loop_t *loop);
ST_HIDDEN void st_sched_close(st_rt *rt);
ST_HIDDEN void st_sched_orphan(st_rt *rt);
ST_HIDDEN void st_sched_enqueue(st_task *t);
ST_HIDDEN void st_sched_enqueue_next(st_task *t);
ST_HIDDEN void st_sched_dequeue(st_task *t);
ST_HIDDEN void st_sched_wake(st_task *t);
ST_HIDDEN void st_sched_unwait(st_task *t);
ST_HIDDEN void st_sched_timer_add(lua_State *L, st_task *t, uint64_t ms);
ST_HIDDEN int st_sched_timer_try(st_task *t, uint64_t ms);
ST_HIDDEN void st_sched_timer_remove(st_task *t);
ST_HIDDEN uint64_t st_sched_now(st_rt *rt);
ST_HIDDEN uint64_t st_sched_ns(st_rt *rt);
ST_HIDDEN uint64_t st_sched_stamp(st_rt *rt);
ST_HIDDEN double st_sched_stamp_ms(st_rt *rt, uint64_t d);
ST_HIDDEN void st_sched_check_done(st_rt *rt);
ST_HIDDEN void st_sched_run(st_rt *rt);

/* timer.c */
ST_HIDDEN int st_timer_add(st_task *t, uint64_t deadline);
ST_HIDDEN void st_timer_remove(st_task *t);
ST_HIDDEN int st_timer_next(st_rt *rt, uint64_t *deadline);
ST_HIDDEN st_task *st_timer_pop(st_rt *rt, uint64_t now);
ST_HIDDEN void st_timer_free_all(st_rt *rt);

/* trace.c */
ST_HIDDEN void st_trace_emit(st_task *t, stdtask_event ev, const char *detail);
ST_HIDDEN void st_trace_scope(st_scope *s, stdtask_event ev,
                              const char *detail);

/* Near-zero cost without a hook: one test. */
#define st_trace(t, ev, detail) \
  do { if ((t)->rt && (t)->rt->trace) st_trace_emit((t), (ev), (detail)); } \
  while (0)
#define st_trace_s(s, ev, detail) \
  do { if ((s)->rt && (s)->rt->trace) st_trace_scope((s), (ev), (detail)); } \
  while (0)

#endif /* STDTASK_INT_H */
