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
static void on_timer(uv_timer_t *h);


/* Every entry from libuv into Lua runs under lua_pcall so an allocation
 * failure in the scheduler raises instead of panicking. */
static int protected(st_rt *rt, lua_CFunction fn) {
  lua_State *L = rt->L;
  int rc;

  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, rt);
  rc = lua_pcall(L, 1, 0, 0);
  if (rc != LUA_OK)
    lua_pop(L, 1);  /* out of memory in the scheduler: nothing to report to */
  return rc;
}


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

  if (rt->closing || !st_timer_next(rt, &due))
    return;
  if (rt->virtual_clock) {  /* on_idle jumps to the deadline */
    if (!uv_is_active((uv_handle_t *)&rt->uv->idle))
      uv_idle_start(&rt->uv->idle, on_idle);
    return;
  }
  /* The loop's cached time is stale after CPU work since the last poll:
   * a timeout counted from it would fire that much late, and so would the
   * poll, whose wait libuv counts from it for a timer armed already. */
  uv_update_time(rt->loop);
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
    luaL_error(L, "not enough memory");
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


/* Suspend t for ms: a cancel-aware wait on a timer. */
void st_sched_sleep(lua_State *L, st_task *t, uint64_t ms) {
  st_sched_timer_add(L, t, ms);
  t->state = ST_WAITING;
  t->wait = ST_W_SLEEP;
  st_cancel_wait(t);
}


/* Leave whatever wait t is in, without queueing it. */
void st_sched_unwait(st_task *t) {
  st_sched_timer_remove(t);
  st_cancel_unwait(t);
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
    if (t->wait == ST_W_TIMEOUT)
      st_scope_on_timer(t);  /* with_timeout's deadline or grace end */
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
    st_driver_resume(t);
    while (rt->handoff != NULL) {  /* with_timeout body starts at once */
      st_task *h = rt->handoff;
      rt->handoff = NULL;
      st_sched_dequeue(h);
      st_driver_resume(h);
    }
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
  st_driver_flush(rt);
  return 0;
}


static void on_idle(uv_idle_t *h) {
  st_rt *rt = h->data;

  if (rt == NULL)  /* orphaned: its Lua state is gone */
    return;
  protected(rt, pass);
  if (rt->virtual_clock && st_link_empty(&rt->queue) && rt->heap_len > 0)
    protected(rt, jump);
  if (st_link_empty(&rt->queue) && (!rt->virtual_clock || rt->heap_len == 0))
    uv_idle_stop(&rt->uv->idle);
  arm(rt);
}


static int timer_fired(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);

  fire_due(rt, uv_now(rt->loop));
  st_driver_flush(rt);
  return 0;
}


static void on_timer(uv_timer_t *h) {
  st_rt *rt = h->data;

  if (rt == NULL)
    return;
  protected(rt, timer_fired);
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


/* The run is over once the main chunk ended and the root scope drained. */
void st_sched_check_done(st_rt *rt) {
  if (rt->running && rt->main == NULL && rt->root->nmembers == 0)
    uv_stop(rt->loop);
}


static const char *wait_name(const st_task *t) {
  switch (t->wait) {
    case ST_W_JOIN: return "join";
    case ST_W_DRAIN: return "scope drain";
    case ST_W_TIMEOUT: return "with_timeout";
    case ST_W_SLEEP: return "sleep";
    default: return "nothing";
  }
}


static int abort_stuck(lua_State *L) {
  st_rt *rt = lua_touserdata(L, 1);
  st_link *l;

  if (rt->stuck != NULL) {
    for (l = rt->tasks.next; l != &rt->tasks; l = l->next) {
      st_task *t = st_container(l, st_task, all);
      const char *name = NULL;
      if (t->state == ST_DONE || t->kind == ST_K_BODY)
        continue;
      name = st_handle_task_name(t);
      rt->stuck(rt->stuck_ud, t->id, name, wait_name(t));
    }
  }
  if (rt->main_status == 0)
    rt->main_status = STDTASK_EDEADLOCK;
  if (rt->main != NULL)
    st_driver_abort(rt->main);
  st_scope_abort_members(rt->root);
  st_driver_flush(rt);
  return 0;
}


static int main_cancelled(st_rt *rt) {
  int yes;

  st_api_push_anchor(rt->L);
  lua_getiuservalue(rt->L, -1, ST_AV_ERROR);
  yes = st_cancel_is_error(rt->L, -1);
  lua_pop(rt->L, 2);
  return yes;
}


/* Run the loop until the main chunk ended and the root scope drained. */
int st_sched_run(st_rt *rt) {
  int rc;

  /* Room on the main thread's stack for finishing and aborting tasks,
   * which run outside any protected call (see driver.c). */
  if (!lua_checkstack(rt->L, 8))
    return STDTASK_ENOMEM;
  rt->running = 1;
  for (;;) {
    /* Test, never uv_stop() here: a stop outside uv_run() would linger
     * and cut the host's next uv_run() short. */
    if (rt->main == NULL && rt->root->nmembers == 0)
      break;
    uv_run(rt->loop, UV_RUN_DEFAULT);
    if (rt->main == NULL && rt->root->nmembers == 0)
      break;
    if (!st_link_empty(&rt->queue) || rt->heap_len > 0)
      continue;  /* the host stopped the loop: go on */
    /* Nothing ready, no timer: whatever is left can never wake. */
    protected(rt, abort_stuck);
    uv_run(rt->loop, UV_RUN_NOWAIT);
    break;
  }
  rt->running = 0;
  rc = rt->main_status;
  if (rt->interrupted && (rc == 0 || (rc == STDTASK_EMAIN && main_cancelled(rt))))
    rc = STDTASK_EINTR;  /* the host's cancel, seen by the main chunk */
  return rc;
}
