/*
 * timer.c -- the tasks waiting on a deadline: a binary min-heap of
 * buckets, one bucket per deadline, each a FIFO of the tasks that began
 * waiting for it (spec part 1: equal deadlines wake in start order).
 *
 * Sleepers mostly share a few deadlines (10^6 tasks sleeping 10 ms fall in
 * a handful of milliseconds), so adding and waking are O(1) in the common
 * case and the heap stays small; a cancelled waiter leaves its bucket in
 * O(1).  No libuv call here: sched.c arms the one uv timer.
 */
#include <stdlib.h>

#include "stdtask-int.h"


/* Bucket order: deadline, then creation (two buckets may share one
 * deadline when waits for it interleaved with others: the older first). */
static int before(const st_bucket *a, const st_bucket *b) {
  return a->deadline < b->deadline
         || (a->deadline == b->deadline && a->seq < b->seq);
}


static void heap_set(st_rt *rt, size_t i, st_bucket *b) {
  rt->heap[i] = b;
  b->idx = i;
}


static void heap_up(st_rt *rt, size_t i) {
  st_bucket *b = rt->heap[i];

  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!before(b, rt->heap[p]))
      break;
    heap_set(rt, i, rt->heap[p]);
    i = p;
  }
  heap_set(rt, i, b);
}


static void heap_down(st_rt *rt, size_t i) {
  st_bucket *b = rt->heap[i];

  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= rt->heap_len)
      break;
    if (c + 1 < rt->heap_len && before(rt->heap[c + 1], rt->heap[c]))
      c++;
    if (!before(rt->heap[c], b))
      break;
    heap_set(rt, i, rt->heap[c]);
    i = c;
  }
  heap_set(rt, i, b);
}


/* Take bucket b out of the heap and recycle it. */
static void bucket_drop(st_rt *rt, st_bucket *b) {
  size_t i = b->idx;

  if (--rt->heap_len != i) {
    heap_set(rt, i, rt->heap[rt->heap_len]);
    if (i > 0 && before(rt->heap[i], rt->heap[(i - 1) / 2]))
      heap_up(rt, i);
    else
      heap_down(rt, i);
  }
  if (rt->last == b)
    rt->last = NULL;
  if (rt->nspare < ST_SPARE_BUCKETS)
    rt->spare[rt->nspare++] = b;
  else
    free(b);
}


/* Make t wait for `deadline`; STDTASK_ENOMEM if no memory (t unchanged). */
int st_timer_add(st_task *t, uint64_t deadline) {
  st_rt *rt = t->rt;
  st_bucket *b = rt->last;

  if (b == NULL || b->deadline != deadline) {
    if (rt->heap_len == rt->heap_cap) {
      size_t cap = rt->heap_cap ? rt->heap_cap * 2 : 64;
      st_bucket **h = realloc(rt->heap, cap * sizeof *h);
      if (h == NULL)
        return STDTASK_ENOMEM;
      rt->heap = h;
      rt->heap_cap = cap;
    }
    b = rt->nspare > 0 ? rt->spare[--rt->nspare] : malloc(sizeof *b);
    if (b == NULL)
      return STDTASK_ENOMEM;
    b->deadline = deadline;
    b->seq = rt->next_seq++;
    st_link_init(&b->tasks);
    heap_set(rt, rt->heap_len++, b);
    heap_up(rt, b->idx);
    rt->last = b;
  }
  t->bucket = b;
  st_link_insert_tail(&b->tasks, &t->qlink);
  return 0;
}


void st_timer_remove(st_task *t) {
  st_bucket *b = t->bucket;

  if (b == NULL)
    return;
  st_link_remove(&t->qlink);
  t->bucket = NULL;
  if (st_link_empty(&b->tasks))
    bucket_drop(t->rt, b);
}


/* The earliest deadline waited for, if any. */
int st_timer_next(st_rt *rt, uint64_t *deadline) {
  if (rt->heap_len == 0)
    return 0;
  *deadline = rt->heap[0]->deadline;
  return 1;
}


/* The next task whose deadline is at or before now, taken out of the
 * timers, in deadline then start order; NULL when none is due. */
st_task *st_timer_pop(st_rt *rt, uint64_t now) {
  st_task *t;

  if (rt->heap_len == 0 || rt->heap[0]->deadline > now)
    return NULL;
  t = st_container(rt->heap[0]->tasks.next, st_task, qlink);
  st_timer_remove(t);  /* drops the bucket with its last task */
  return t;
}


/* Release the heap and the spare buckets (runtime teardown; the tasks
 * were aborted, so every bucket is gone already). */
void st_timer_free_all(st_rt *rt) {
  while (rt->heap_len > 0)
    bucket_drop(rt, rt->heap[0]);
  while (rt->nspare > 0)
    free(rt->spare[--rt->nspare]);
  free(rt->heap);
  rt->heap = NULL;
  rt->heap_cap = 0;
  rt->last = NULL;
}
