/*
 * sched.c -- the run queue and the timers: the library's uv_* calls live
 * here only.
 *
 * One uv_idle_t keeps the loop from blocking while tasks are ready; one
 * uv_timer_t is armed for the earliest deadline waited for (timer.c keeps
 * them: equal deadlines wake in the order the waits began, spec part 1).
 *
 * A pass runs the tasks that were ready when it began (a round), then, if
 * more became ready, fires due timers and runs another round, up to
 * ST_PASS_ROUNDS before returning to the loop: yield() keeps FIFO fairness
 * and never starves timers or I/O, and a spawn+join chain does not pay a
 * poll per switch.
 */
#include <stdlib.h>

#include "stdtask-int.h"

static void on_idle(uv_idle_t *h);
static int stuck(lua_State *L);
static void on_timer(uv_timer_t *h);


/* Now, in ms: the loop's clock, or the virtual one. */
uint64_t st_sched_now(st_rt *rt) {
  if (rt->virtual_clock)
    return rt->vnow;
  uv_update_time(rt->loop);
  return uv_now(rt->loop);
}


/* Now, in ns, for traces: the same clock as the timers.  Virtual time
 * past 2^64 ns (about 1.8e13 ms) saturates; durations use the stamps. */
uint64_t st_sched_ns(st_rt *rt) {
  if (rt->virtual_clock)
    return rt->vnow > UINT64_MAX / 1000000u ? UINT64_MAX
                                             : rt->vnow * 1000000u;
  return uv_hrtime();
}


/* Now, for Handle:elapsed(), in the clock's own unit: ns of uv_hrtime(),
 * or whole ms of the virtual clock, so that virtual time stays exact over
 * the whole range of durations (up to 2^53 ms, and sums of them). */
uint64_t st_sched_stamp(st_rt *rt) {
  return rt->virtual_clock ? rt->vnow : uv_hrtime();
}


/* A difference of two stamps, in ms. */
double st_sched_stamp_ms(st_rt *rt, uint64_t d) {
  return rt->virtual_clock ? (double)d : (double)d / 1e6;
}


/* In the continuation of a std.task suspension of t (NULL: unknown): was
 * the thread resumed by a stock coroutine.resume instead of the scheduler
 * (RUNTIME-2)?  Then t is marked and the caller yields straight back, so
 * the task stays where the scheduler left it; when the scheduler resumes
 * it, it fails with a clear error. */
int st_sched_foreign(lua_State *L, st_rt *rt, st_task *t) {
  st_task *cur = rt != NULL ? rt->current : NULL;

  if (cur != NULL && cur->co == L && (t == NULL || t == cur)) {
    if (cur->flags & ST_F_DISOWNED)
      luaL_error(L, ST_MSG_FOREIGN);
    return 0;
  }
  if (t != NULL)
    t->flags |= ST_F_DISOWNED;
  return 1;
}


/* Run queue. */

void st_sched_enqueue(st_task *t) {
  st_rt *rt = t->rt;

  if (t->flags & ST_F_QUEUED)
    return;
  t->flags |= ST_F_QUEUED;
  if (t->state != ST_NEW)
    t->state = ST_READY;
  t->gen = rt->gen;
  /* The idle handle is active whenever the queue is not empty. */
  if (st_link_empty(&rt->queue) && !rt->closing
      && !uv_is_active((uv_handle_t *)&rt->uv->idle))
    uv_idle_start(&rt->uv->idle, on_idle);
  st_link_insert_tail(&rt->queue, &t->qlink);
}


/* Queue t to run right after the running task stops, before the rest of
 * the queue (a with_timeout body starts at once, spec part 4). */
void st_sched_enqueue_next(st_task *t) {
  st_sched_dequeue(t);
  st_sched_enqueue(t);
  st_link_remove(&t->qlink);
  st_link_insert_tail(t->rt->queue.next, &t->qlink);  /* before the head */
  t->gen = t->rt->gen - 1;  /* of the current round, not the next one */
}


void st_sched_dequeue(st_task *t) {
  if (t->flags & ST_F_QUEUED) {
    st_link_remove(&t->qlink);
    t->flags &= (unsigned short)~ST_F_QUEUED;
  }
}


/* Timers: the heap of deadlines is timer.c's; the one uv timer is armed
 * for its earliest. */

static void arm(st_rt *rt) {
  uint64_t now, due;

  if (rt->closing)
    return;
  /* The loop's cached time is stale after the CPU work tasks did since
   * it was read: the poll's timeout, and any timeout counted from it,
   * would end that much late.  Even when the uv timer stays as it is:
   * a deadline armed before a task ran 150 ms of CPU work fired 150 ms
   * late (TIMEOUT-15). */
  if (!rt->virtual_clock)
    uv_update_time(rt->loop);
  if (!st_timer_next(rt, &due))
    return;
  if (rt->virtual_clock) {  /* on_idle jumps to the deadline */
    if (!uv_is_active((uv_handle_t *)&rt->uv->idle))
      uv_idle_start(&rt->uv->idle, on_idle);
    return;
  }
  if (uv_is_active((uv_handle_t *)&rt->uv->timer) && rt->armed <= due)
    return;  /* already armed early enough; a spurious fire re-arms */
  now = uv_now(rt->loop);
  rt->armed = due;
  uv_timer_start(&rt->uv->timer, on_timer, due > now ? due - now : 0, 0);
}


/* Make t wait until `ms` from now (raising on L if out of memory).  The
 * deadline counts from the precise clock (Handle:elapsed()'s), rounded up;
 * libuv's loop clock, which fires it, is truncated and may be the coarse
 * one, so it never reads later than the precise clock: no wait can end
 * early (the virtual clock is exact). */
void st_sched_timer_add(lua_State *L, st_task *t, uint64_t ms) {
  if (st_sched_timer_try(t, ms) != 0)
    luaL_error(L, ST_MSG_NOMEM);
}


/* The same, returning STDTASK_ENOMEM instead of raising. */
int st_sched_timer_try(st_task *t, uint64_t ms) {
  st_rt *rt = t->rt;
  uint64_t now = rt->virtual_clock ? rt->vnow
                 : (uv_hrtime() + 999999u) / 1000000u;
  /* Saturated: the virtual clock can run far enough for now + ms to
   * wrap, which would put a long wait before a short one. */
  int rc = st_timer_add(t, ms > UINT64_MAX - now ? UINT64_MAX : now + ms);

  if (rc == 0)
    arm(rt);
  return rc;
}


void st_sched_timer_remove(st_task *t) {
  st_timer_remove(t);
}


/* Leave whatever wait t is in, without queueing it. */
void st_sched_unwait(st_task *t) {
  void (*leave)(st_task *) = t->rt->ops.leave[t->wait];

  if (leave != NULL)
    leave(t);  /* its owner lets go (a host's wait: its cancel callback) */
  st_sched_timer_remove(t);
  st_link_remove(&t->tok_link);  /* a cancel-aware wait: no-op otherwise */
  if (t->target != NULL) {
    st_link_remove(&t->qlink);
    t->target = NULL;
  }
  t->wait = ST_W_NONE;
}


/* Make a waiting task ready: it resumes in its continuation, which finds
 * out why (deadline, cancel, join target finished, drain complete). */
void st_sched_wake(st_task *t) {
  if (t->state != ST_WAITING)
    return;
  st_sched_unwait(t);
  st_sched_enqueue(t);
}


/* Pop and handle every timer due at `now`. */
static void fire_due(st_rt *rt, uint64_t now) {
  st_task *t;

  while ((t = st_timer_pop(rt, now)) != NULL) {
    void (*due)(st_task *) = rt->ops.due[t->wait];
    if (due != NULL)
      due(t);  /* its owner decides (with_timeout: its next stage) */
    else
      st_sched_wake(t);
  }
}


/* Virtual clock: time stands still while a fiber is ready, but not for
 * ever.  After ST_SPIN_ROUNDS rounds with a fiber always ready (a loop
 * that swallows its cancellation with pcall, say), it moves on to the
 * earliest deadline, so that deadlines and grace periods still end. */
static void spin_round(st_rt *rt) {
  uint64_t due;

  if (!rt->virtual_clock || ++rt->spin < ST_SPIN_ROUNDS)
    return;
  rt->spin = 0;
  if (st_timer_next(rt, &due) && due > rt->vnow)
    rt->vnow = due;
}


static int pass(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);
  unsigned int rounds = 0;
  unsigned int gen = ++rt->gen;

  spin_round(rt);
  while (!st_link_empty(&rt->queue)) {
    st_task *t = st_container(rt->queue.next, st_task, qlink);
    if (t->gen == gen) {  /* queued during this round: a new round */
      if (++rounds >= ST_PASS_ROUNDS)
        break;
      spin_round(rt);
      if (rt->heap_len > 0)
        fire_due(rt, st_sched_now(rt));
      gen = ++rt->gen;
      continue;
    }
    st_sched_dequeue(t);
    rt->ops.resume(t);
  }
  return 0;
}


/* Virtual clock: nothing is ready, so jump to the next deadline. */
static int jump(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);
  uint64_t due;

  rt->spin = 0;
  if (st_timer_next(rt, &due) && due > rt->vnow)
    rt->vnow = due;
  fire_due(rt, rt->vnow);
  rt->ops.settle(rt);
  return 0;
}


static void on_idle(uv_idle_t *h) {
  st_rt *rt = h->data;

  if (rt == NULL)  /* orphaned: its Lua state is gone */
    return;
  st_base_protect(rt, pass);
  if (rt->virtual_clock && st_link_empty(&rt->queue) && rt->heap_len > 0)
    st_base_protect(rt, jump);
  if (st_link_empty(&rt->queue) && (!rt->virtual_clock || rt->heap_len == 0))
    uv_idle_stop(&rt->uv->idle);
  arm(rt);
}


static int timer_fired(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  fire_due(rt, uv_now(rt->loop));
  rt->ops.settle(rt);
  return 0;
}


static void on_timer(uv_timer_t *h) {
  st_rt *rt = h->data;

  if (rt == NULL)
    return;
  st_base_protect(rt, timer_fired);
  arm(rt);
}


int st_sched_init(st_rt *rt, uv_loop_t *loop) {
  struct st_uv *uv = calloc(1, sizeof *uv);
  int rc;

  if (uv == NULL)
    return STDTASK_ENOMEM;
  rc = uv_idle_init(loop, &uv->idle);
  if (rc == 0)
    rc = uv_timer_init(loop, &uv->timer);
  if (rc != 0) {
    free(uv);  /* neither init can fail on a live loop; nothing to close */
    return rc;
  }
  uv->idle.data = rt;
  uv->timer.data = rt;
  uv->nopen = 2;
  rt->uv = uv;
  rt->loop = loop;
  rt->closing = 0;
  rt->virtual_clock = rt->cfg.clock == STDTASK_CLOCK_VIRTUAL;
  rt->vnow = 0;
  rt->t0 = st_sched_ns(rt);
  return 0;
}


static void on_close(uv_handle_t *h) {
  struct st_uv *uv = h->data;

  if (--uv->nopen == 0)
    free(uv);
}


/* Close the handles; they free themselves from their close callbacks. */
void st_sched_close(st_rt *rt) {
  struct st_uv *uv = rt->uv;

  rt->closing = 1;
  st_timer_free_all(rt);
  if (uv == NULL)
    return;
  uv->idle.data = uv;
  uv->timer.data = uv;
  uv_close((uv_handle_t *)&uv->idle, on_close);
  uv_close((uv_handle_t *)&uv->timer, on_close);
  rt->uv = NULL;
  rt->loop = NULL;
}


/* lua_close() of a state whose runtime was never freed (against the host
 * contract): stop the handles and make them forget the record, which goes
 * with the state.  They cannot be closed safely here (the loop may be
 * gone), so their small block is leaked, never a dangling pointer. */
void st_sched_orphan(st_rt *rt) {
  struct st_uv *uv = rt->uv;

  rt->closing = 1;
  if (uv != NULL) {
    uv_idle_stop(&uv->idle);
    uv_timer_stop(&uv->timer);
    uv->idle.data = NULL;
    uv->timer.data = NULL;
  }
  rt->uv = NULL;
  rt->loop = NULL;
}


/* The run may end (the main chunk ended, the root scope drained): stop
 * the loop, if it runs. */
void st_sched_check_done(st_rt *rt) {
  if (rt->running && rt->ops.done(rt))
    uv_stop(rt->loop);
}


/* Run the loop until ops.done; if nothing is ready and no deadline is
 * waited for before that, nothing can ever wake: ops.stuck aborts what is
 * left (under a protected call), and one more turn of the loop runs the
 * close callbacks. */
void st_sched_run(st_rt *rt) {
  rt->running = 1;
  for (;;) {
    /* Test, never uv_stop() here: a stop outside uv_run() would linger
     * and cut the host's next uv_run() short. */
    if (rt->ops.done(rt))
      break;
    uv_run(rt->loop, UV_RUN_DEFAULT);
    if (rt->ops.done(rt))
      break;
    if (!st_link_empty(&rt->queue) || rt->heap_len > 0)
      continue;  /* the host stopped the loop: go on */
    st_base_protect(rt, stuck);
    uv_run(rt->loop, UV_RUN_NOWAIT);
    break;
  }
  rt->running = 0;
}


static int stuck(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  rt->ops.stuck(rt);
  return 0;
}
