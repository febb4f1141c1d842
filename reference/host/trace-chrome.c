/*
 * trace-chrome.c -- the trace as a Trace Event Format document (the JSON
 * object whose "traceEvents" array Perfetto's UI and chrome://tracing
 * open), drawn from the same hook events as the JSON lines.
 *
 * Each scope is a process and each fiber (a task, the main chunk, a
 * with_timeout body) a thread of the process of the scope it runs in; a
 * scope's own first thread carries its lifetime, its drain and the cancel,
 * abort and with_timeout stage instants.  stdtask-lua(1) says why.
 *
 * A running stretch is named by the suspension that ends it, unknown when
 * it begins, so it is written when it ends.  The flow starts of the tasks
 * it spawned go inside it then: only one fiber runs at a time, so the ids
 * spawned during a stretch are consecutive and a range remembers them.
 * Times are the hook's, in microseconds, never decreasing (an event
 * stamped 0 at teardown is moved to the latest time seen).
 */
#include <stdlib.h>
#include <string.h>

#include "trace-chrome.h"


/* ---- tracks ---- */

static void unjoin(ct_track *t) {
  ct_track **p;

  if (t->joined == NULL)
    return;
  for (p = &t->joined->joiners; *p != NULL; p = &(*p)->jnext)
    if (*p == t) {
      *p = t->jnext;
      break;
    }
  t->joined = NULL;
}


static void track_free(trace_chrome *c, ct_track *t) {
  ct_track *j;

  unjoin(t);
  for (j = t->joiners; j != NULL; j = j->jnext)
    j->joined = NULL;
  ct_map_del(&c->tracks, &t->node);
  if (t->in_byid)
    ct_map_del(&c->byid, &t->byid);
  free(t);
}


static ct_track *track_new(trace_chrome *c, const stdtask_trace_event *e,
                           int body) {
  ct_scope *s = ct_scope_get(c, e->scope, 0);
  ct_track *t;

  if (s == NULL || (t = calloc(1, sizeof *t)) == NULL)
    return NULL;
  t->node.k1 = e->scope;
  t->node.k2 = t->byid.k1 = t->id = e->id;
  t->pid = s->pid;
  t->tid = ++c->next_num;
  t->body = body;
  /* node opens the track: the map holds the track itself (said so, the
   * address of t, for gcc -fanalyzer, which loses a field's address) */
  if (ct_map_put(&c->tracks, (ct_node *)(void *)t) != 0) {
    free(t);
    return NULL;
  }
  if (!body && ct_map_put(&c->byid, &t->byid) == 0)
    t->in_byid = 1;
  if (body)
    s->body = t;
  ct_head(c, 'M', t->pid, t->tid, c->last_ns);
  fputs(",\"name\":\"thread_name\",\"args\":{\"name\":", c->f);
  ct_label(c, t->id, e, body ? " with_timeout body" : "");
  fputs("}}", c->f);
  ct_meta(c, "thread_sort_index", t->pid, t->tid, NULL, (long)t->tid);
  return t;
}


/* The track of e's fiber: a task's is made at its spawn, the main
 * chunk's at its start, a body's at its first resume. */
static ct_track *track_of(trace_chrome *c, const stdtask_trace_event *e) {
  ct_node *n = ct_map_get(&c->tracks, e->scope, e->id);

  if (n != NULL)
    return TRACK_OF(n);
  return track_new(c, e, ct_map_get(&c->byid, e->id, 0) != NULL);
}


/* Write the running stretch of t that ends now, named `name`, and the
 * flow starts of the tasks it spawned; the caller writes its E. */
static void stretch_b(trace_chrome *c, ct_track *t, const char *name) {
  unsigned long long id;

  ct_slice_b(c, t, t->run_ns);
  host_trace_json_string(c->f, name, strlen(name));
  putc('}', c->f);
  for (id = t->sp_first; id != 0 && id <= t->sp_last; id++) {
    ct_node *n = ct_map_get(&c->byid, id, 0);
    ct_track *x = n != NULL ? TRACK_BYID(n) : NULL;
    if (x == NULL || x->spawner != t->tid)
      continue;
    x->spawner = 0;
    if (x->state == T_DONE) {  /* aborted before it could start */
      if (!c->ending)  /* else trace_chrome_end walks the map: it frees */
        track_free(c, x);
    } else if (x->state == T_NEW) {
      x->flow_in = ++c->nflow;
      x->flow_join = 0;
      ct_flow(c, t, 's', "spawn", x->flow_in, x->spawn_ns);
    }
  }
  t->sp_first = t->sp_last = 0;
}


static void run_end(trace_chrome *c, ct_track *t) {
  t->state = T_IDLE;
  if (c->cur == t)
    c->cur = t->outer;
}


/* ---- events ---- */

static void on_spawn(trace_chrome *c, const stdtask_trace_event *e,
                     unsigned long long ns) {
  ct_track *t = track_new(c, e, 0), *cur = c->cur;

  if (t == NULL || cur == NULL)
    return;
  t->spawn_ns = ns;
  if (cur->state == T_RUN) {  /* its flow starts when the stretch ends */
    t->spawner = cur->tid;
    if (cur->sp_first == 0)
      cur->sp_first = e->id;
    cur->sp_last = e->id;
  } else {  /* spawned by a <close> handler: its slice is open */
    t->flow_in = ++c->nflow;
    ct_flow(c, cur, 's', "spawn", t->flow_in, ns);
  }
}


static void on_run(trace_chrome *c, ct_track *t, unsigned long long ns) {
  if (t->state == T_RUN || t->state == T_DONE)
    return;
  unjoin(t);  /* woken by a cancellation, not by the task's end */
  if (!t->life)
    ct_life_open(c, t, ns);
  t->state = T_RUN;
  t->run_ns = ns;
  t->outer = c->cur;
  c->cur = t;
}


static void on_suspend(trace_chrome *c, ct_track *t,
                       const stdtask_trace_event *e, unsigned long long ns) {
  ct_node *n;
  const char *name = e->detail != NULL ? e->detail : "suspend";

  if (t->state != T_RUN)
    return;
  stretch_b(c, t, name);
  ct_slice_e(c, t, ns, name, NULL);
  run_end(c, t);
  if (e->target != 0 && (n = ct_map_get(&c->byid, e->target, 0)) != NULL
      && TRACK_BYID(n)->state != T_DONE) {
    t->joined = TRACK_BYID(n);
    t->jnext = t->joined->joiners;
    t->joined->joiners = t;
  }
}


static void on_abort(trace_chrome *c, ct_track *t,
                     const stdtask_trace_event *e, unsigned long long ns) {
  ct_instant(c, e, "abort", ns);
  if (t->state == T_RUN || t->state == T_CLOSING || t->state == T_DONE)
    return;
  if (!t->life)
    ct_life_open(c, t, ns);
  ct_slice_b(c, t, ns);  /* its <close> handlers run now */
  fputs("\"abort\"}", c->f);
  t->state = T_CLOSING;
  t->outer = c->cur;
  c->cur = t;
}


/* The task ends: close what is open on its track, with an arrow to each
 * task its end wakes from a join. */
static void on_finish(trace_chrome *c, ct_track *t,
                      const stdtask_trace_event *e, unsigned long long ns) {
  const char *outcome = e->detail != NULL ? e->detail : "unknown";
  int slice = t->state == T_RUN || t->state == T_CLOSING;
  ct_track *j;

  if (t->state == T_DONE)
    return;
  if (t->state == T_RUN)
    stretch_b(c, t, "finish");
  else if (!t->life)
    ct_life_open(c, t, ns);  /* never ran */
  for (j = t->joiners; j != NULL; j = j->jnext) {
    j->joined = NULL;
    j->flow_in = ++c->nflow;
    j->flow_join = 1;
    ct_flow(c, t, 's', "join", j->flow_in, ns);
  }
  t->joiners = NULL;
  if (slice) {
    ct_slice_e(c, t, ns, t->state == T_RUN ? "finish" : "abort", outcome);
    run_end(c, t);
  }
  ct_slice_e(c, t, ns, NULL, outcome);
  t->life = 0;
  t->state = T_DONE;
  unjoin(t);
  if (t->spawner == 0)  /* else its spawner's stretch still names it */
    track_free(c, t);
}


/* End what is open on a with_timeout body's track: it has no finish
 * event (its task runs on), so its scope's close ends it. */
static void body_end(trace_chrome *c, ct_track *b, unsigned long long ns) {
  if (b->state == T_RUN) {
    stretch_b(c, b, "drain");
    ct_slice_e(c, b, ns, "drain", NULL);
    run_end(c, b);
  } else if (b->state == T_CLOSING) {
    ct_slice_e(c, b, ns, "abort", NULL);
    run_end(c, b);
  }
  if (b->life)
    ct_slice_e(c, b, ns, NULL, NULL);
  track_free(c, b);
}


static void scope_end(trace_chrome *c, ct_scope *s, unsigned long long ns) {
  if (s->drain) {
    ct_head(c, 'E', s->pid, s->tid, ns);
    fputs(",\"cat\":\"scope\",\"name\":\"drain\"}", c->f);
  }
  if (s->open) {
    ct_head(c, 'E', s->pid, s->tid, ns);
    fprintf(c->f, ",\"cat\":\"scope\",\"name\":\"%s #%llu\"}",
            s->timeout ? "with_timeout" : "scope", s->node.k1);
  }
  s->drain = s->open = 0;
}


static void on_scope(trace_chrome *c, const stdtask_trace_event *e,
                     unsigned long long ns) {
  ct_scope *s = ct_scope_get(c, e->scope,
                          e->event == STDTASK_EV_SCOPE_OPEN);

  if (s == NULL)
    return;
  switch (e->event) {
    case STDTASK_EV_SCOPE_OPEN:
      s->parent = e->parent;
      s->open_ns = ns;
      if (e->detail != NULL)
        ct_scope_begin(c, s, "scope", e);
      else
        c->pending = s;
      break;
    case STDTASK_EV_SCOPE_DRAIN:
      if (s->drain)
        break;
      ct_head(c, 'B', s->pid, s->tid, ns);
      fprintf(c->f, ",\"cat\":\"scope\",\"name\":\"drain\","
              "\"args\":{\"body\":\"%s\"}}", e->detail ? e->detail : "");
      s->drain = 1;
      break;
    case STDTASK_EV_SCOPE_CLOSE:
      if (s->body != NULL)
        body_end(c, s->body, ns);
      scope_end(c, s, ns);
      ct_map_del(&c->scopes, &s->node);
      free(s);
      break;
    default:  /* STDTASK_EV_TIMEOUT_STAGE */
      ct_instant(c, e, "timeout:", ns);
      break;
  }
}


void trace_chrome_event(trace_chrome *c, const stdtask_trace_event *e) {
  unsigned long long ns;
  ct_track *t;

  if (c == NULL)
    return;
  ns = e->time_ns > c->last_ns ? e->time_ns : c->last_ns;
  c->last_ns = ns;
  if (c->pending != NULL)
    ct_resolve_pending(c, e);
  if (e->event >= STDTASK_EV_SCOPE_OPEN) {
    on_scope(c, e, ns);
    return;
  }
  if (e->event == STDTASK_EV_SPAWN) {
    on_spawn(c, e, ns);
    return;
  }
  if ((t = track_of(c, e)) == NULL)
    return;
  switch (e->event) {
    case STDTASK_EV_START:
    case STDTASK_EV_RESUME: on_run(c, t, ns); break;
    case STDTASK_EV_SUSPEND: on_suspend(c, t, e, ns); break;
    case STDTASK_EV_FINISH: on_finish(c, t, e, ns); break;
    case STDTASK_EV_ABORT: on_abort(c, t, e, ns); break;
    default: ct_instant(c, e, "cancel", ns); break;  /* STDTASK_EV_CANCEL */
  }
}


trace_chrome *trace_chrome_new(FILE *f) {
  trace_chrome *c = calloc(1, sizeof *c);

  if (c == NULL)
    return NULL;
  c->f = f;
  fputs("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"producer\":"
        "\"stdtask-lua\"},\"traceEvents\":[", f);
  return c;
}


/* Close what the run left open, in two passes: ending a running stretch
 * may give a task that never started its spawn arrow. */
void trace_chrome_end(trace_chrome *c) {
  unsigned long long ns = c->last_ns;
  size_t i;
  ct_node *n;

  c->ending = 1;
  if (c->pending != NULL)
    ct_resolve_pending(c, NULL);
  for (i = 0; i < c->tracks.cap; i++)
    for (n = c->tracks.b[i]; n != NULL; n = n->next)
      if (TRACK_OF(n)->state == T_RUN) {
        stretch_b(c, TRACK_OF(n), "exit");
        ct_slice_e(c, TRACK_OF(n), ns, "exit", NULL);
      }
  for (i = 0; i < c->tracks.cap; i++)
    for (n = c->tracks.b[i]; n != NULL; n = n->next) {
      ct_track *t = TRACK_OF(n);
      if (t->state == T_CLOSING)
        ct_slice_e(c, t, ns, "abort", NULL);
      if (t->flow_in != 0 && !t->life)
        ct_life_open(c, t, ns);
      if (t->life)
        ct_slice_e(c, t, ns, NULL, NULL);
    }
  for (i = 0; i < c->scopes.cap; i++)
    for (n = c->scopes.b[i]; n != NULL; n = n->next)
      scope_end(c, (ct_scope *)n, ns);
  fputs("\n]}\n", c->f);
  fflush(c->f);
  for (i = 0; i < c->tracks.cap; i++)
    while ((n = c->tracks.b[i]) != NULL) {
      c->tracks.b[i] = n->next;
      free(TRACK_OF(n));
    }
  for (i = 0; i < c->scopes.cap; i++)
    while ((n = c->scopes.b[i]) != NULL) {
      c->scopes.b[i] = n->next;
      free(n);
    }
  ct_map_free(&c->tracks);
  ct_map_free(&c->byid);
  ct_map_free(&c->scopes);
  free(c);
}
