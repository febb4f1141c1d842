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

#include "host-trace.h"

enum { T_NEW, T_IDLE, T_RUN, T_CLOSING, T_DONE };

typedef struct ct_node {
  struct ct_node *next;
  unsigned long long k1, k2;
} ct_node;

typedef struct ct_map {
  ct_node **b;
  size_t cap, n;
} ct_map;

typedef struct ct_track ct_track;

typedef struct ct_scope {
  ct_node node;              /* k1: the scope id */
  unsigned int pid, tid;     /* its process, its own thread */
  int open, drain;           /* its lifetime and drain slices are open */
  unsigned long long open_ns, parent;
  ct_track *body;            /* its with_timeout body's track */
} ct_scope;

struct ct_track {
  ct_node node;              /* k1: scope id, k2: task id */
  ct_node byid;              /* tasks and the main chunk: k1 = id */
  unsigned long long id, run_ns, spawn_ns, flow_in;
  unsigned long long sp_first, sp_last;  /* spawned in this stretch */
  unsigned int pid, tid, spawner;        /* spawner: its tid until the
                                            flow start is written */
  int state, life, body, in_byid, flow_join;
  ct_track *outer;           /* the track that ran before this one */
  ct_track *joined;          /* the task it waits to join */
  ct_track *joiners, *jnext; /* tracks waiting to join this one */
};

struct trace_chrome {
  FILE *f;
  ct_map tracks, byid, scopes;
  ct_track *cur;             /* the fiber running now, if any */
  ct_scope *pending;         /* opened unnamed: scope or with_timeout? */
  unsigned long long last_ns, nflow;
  unsigned int next_num;     /* pids and tids: one sequence, so no tid
                                is ever a pid */
  int nevents, ending;
};

#define TRACK_OF(n) ((ct_track *)((char *)(n) - offsetof(ct_track, node)))
#define TRACK_BYID(n) ((ct_track *)((char *)(n) - offsetof(ct_track, byid)))


/* ---- a small chained hash map on (k1, k2) ---- */

static size_t map_slot(const ct_map *m, unsigned long long k1,
                       unsigned long long k2) {
  unsigned long long h = k1 * 0x9E3779B97F4A7C15ull ^ k2 * 0xC2B2AE3D27D4EB4Full;
  return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}


static ct_node *map_get(const ct_map *m, unsigned long long k1,
                        unsigned long long k2) {
  ct_node *n;

  if (m->cap == 0)
    return NULL;
  for (n = m->b[map_slot(m, k1, k2)]; n != NULL; n = n->next)
    if (n->k1 == k1 && n->k2 == k2)
      return n;
  return NULL;
}


static int map_put(ct_map *m, ct_node *n) {
  size_t i;

  if (m->n >= m->cap / 2) {  /* grow: rehash into twice the buckets */
    ct_map g;
    g.cap = m->cap ? m->cap * 2 : 64;
    g.n = 0;
    g.b = calloc(g.cap, sizeof *g.b);
    if (g.b == NULL)
      return -1;
    for (i = 0; i < m->cap; i++)
      while (m->b[i] != NULL) {
        ct_node *x = m->b[i];
        size_t j = map_slot(&g, x->k1, x->k2);
        m->b[i] = x->next;
        x->next = g.b[j];
        g.b[j] = x;
      }
    free(m->b);
    g.n = m->n;
    *m = g;
  }
  i = map_slot(m, n->k1, n->k2);
  n->next = m->b[i];
  m->b[i] = n;
  m->n++;
  return 0;
}


static void map_del(ct_map *m, ct_node *n) {
  ct_node **p = &m->b[map_slot(m, n->k1, n->k2)];

  while (*p != NULL && *p != n)
    p = &(*p)->next;
  if (*p != NULL) {
    *p = n->next;
    m->n--;
  }
}


/* ---- output ---- */

static void put_ts(trace_chrome *c, unsigned long long ns) {
  fprintf(c->f, "%llu.%03llu", ns / 1000, ns % 1000);
}


/* `{"ph":P,"pid":..,"tid":..,"ts":..` after the separator; the caller
 * writes the rest and the closing brace. */
static void head(trace_chrome *c, char ph, unsigned int pid, unsigned int tid,
                 unsigned long long ns) {
  fputs(c->nevents++ ? ",\n" : "\n", c->f);
  fprintf(c->f, "{\"ph\":\"%c\",\"pid\":%u,\"tid\":%u,\"ts\":", ph, pid, tid);
  put_ts(c, ns);
}


/* "task #3 (name)" (escaped), "task #3" or "main chunk", plus suffix;
 * e may be NULL (teardown: no name at hand). */
static void put_label(trace_chrome *c, unsigned long long id,
                      const stdtask_trace_event *e, const char *suffix) {
  FILE *f = c->f;

  if (id == 0)
    fprintf(f, "\"main chunk%s\"", suffix);
  else if (e == NULL || e->name == NULL)
    fprintf(f, "\"task #%llu%s\"", id, suffix);
  else {
    fprintf(f, "\"task #%llu (", id);
    host_trace_json_chars(f, e->name, e->name_len);
    fprintf(f, ")%s\"", suffix);
  }
}


/* A metadata event naming (what = "process_name", "thread_name") or
 * ordering ("..._sort_index", when name is NULL) a process or thread. */
static void meta(trace_chrome *c, const char *what, unsigned int pid,
                 unsigned int tid, const char *name, long idx) {
  head(c, 'M', pid, tid, c->last_ns);
  fprintf(c->f, ",\"name\":\"%s\",\"args\":{", what);
  if (name != NULL)
    fprintf(c->f, "\"name\":\"%s\"}}", name);
  else
    fprintf(c->f, "\"sort_index\":%ld}}", idx);
}


static void flow(trace_chrome *c, const ct_track *t, char ph,
                 const char *name, unsigned long long id,
                 unsigned long long ns) {
  head(c, ph, t->pid, t->tid, ns);
  fprintf(c->f, ",\"cat\":\"flow\",\"name\":\"%s\",\"id\":%llu}", name, id);
}


/* The head of a B event on t; an arrow waiting to end on t's next slice
 * ends here first.  The caller writes the name and the brace. */
static void slice_b(trace_chrome *c, ct_track *t, unsigned long long ns) {
  if (t->flow_in != 0) {
    flow(c, t, 'f', t->flow_join ? "join" : "spawn", t->flow_in, ns);
    t->flow_in = 0;
  }
  head(c, 'B', t->pid, t->tid, ns);
  fputs(",\"cat\":\"task\",\"name\":", c->f);
}


static void slice_e(trace_chrome *c, const ct_track *t, unsigned long long ns,
                    const char *outcome) {
  head(c, 'E', t->pid, t->tid, ns);
  if (outcome != NULL)
    fprintf(c->f, ",\"args\":{\"outcome\":\"%s\"}", outcome);
  putc('}', c->f);
}


/* The slice of t's whole life, from its start (or its abort, or its end,
 * for a task that never ran) to its finish. */
static void life_open(trace_chrome *c, ct_track *t,
                      const stdtask_trace_event *e, unsigned long long ns) {
  slice_b(c, t, ns);
  put_label(c, t->id, e, t->body ? " with_timeout body" : "");
  putc('}', c->f);
  t->life = 1;
}


/* ---- scopes ---- */

/* The scope's record, made on first sight (named at once unless it is
 * opening: scope_begin names it then). */
static ct_scope *scope_get(trace_chrome *c, unsigned long long id,
                           int opening) {
  ct_node *n = map_get(&c->scopes, id, 0);
  ct_scope *s;
  char name[64];

  if (n != NULL)
    return (ct_scope *)n;
  s = calloc(1, sizeof *s);
  if (s == NULL)
    return NULL;
  s->node.k1 = id;
  s->pid = ++c->next_num;
  s->tid = ++c->next_num;
  if (map_put(&c->scopes, &s->node) != 0) {
    free(s);
    return NULL;
  }
  snprintf(name, sizeof name, "%sscope #%llu", id == 1 ? "root " : "", id);
  if (!opening)
    meta(c, "process_name", s->pid, s->tid, name, 0);
  meta(c, "process_sort_index", s->pid, s->tid, NULL, (long)(id % 0x7FFFFFFF));
  snprintf(name, sizeof name, "scope #%llu", id);
  meta(c, "thread_name", s->pid, s->tid, name, 0);
  meta(c, "thread_sort_index", s->pid, s->tid, NULL, 0);
  return s;
}


/* Name s's process ("scope #3 pair (in #2)") and open its lifetime slice
 * at the time it opened; kind: "scope" or "with_timeout". */
static void scope_begin(trace_chrome *c, ct_scope *s, const char *kind,
                        const stdtask_trace_event *e) {
  FILE *f = c->f;

  head(c, 'M', s->pid, s->tid, s->open_ns);
  fprintf(f, ",\"name\":\"process_name\",\"args\":{\"name\":\"%s #%llu", kind,
          s->node.k1);
  if (e != NULL && e->detail != NULL) {
    putc(' ', f);
    host_trace_json_chars(f, e->detail, e->detail_len);
  }
  if (s->parent != 0)
    fprintf(f, " (in #%llu)", s->parent);
  fputs("\"}}", f);
  head(c, 'B', s->pid, s->tid, s->open_ns);
  fputs(",\"cat\":\"scope\",\"name\":", f);
  if (e != NULL && e->detail != NULL)
    host_trace_json_string(f, e->detail, e->detail_len);
  else
    fprintf(f, "\"%s\"", kind);
  putc('}', f);
  s->open = 1;
}


/* An unnamed scope waits for the next event: a with_timeout's is its
 * caller suspending on "timeout" (nothing comes between). */
static void resolve_pending(trace_chrome *c, const stdtask_trace_event *e) {
  ct_scope *s = c->pending;

  c->pending = NULL;
  scope_begin(c, s, e != NULL && e->event == STDTASK_EV_SUSPEND
                    && e->detail != NULL && strcmp(e->detail, "timeout") == 0
                    ? "with_timeout" : "scope", NULL);
}


/* An instant on the scope's own thread: cancel, abort, a timeout stage. */
static void instant(trace_chrome *c, const stdtask_trace_event *e,
                    const char *what, unsigned long long ns) {
  ct_scope *s = scope_get(c, e->scope, 0);

  if (s == NULL)
    return;
  head(c, 'i', s->pid, s->tid, ns);
  fprintf(c->f, ",\"s\":\"t\",\"cat\":\"scope\",\"name\":\"%s", what);
  if (e->event == STDTASK_EV_TIMEOUT_STAGE && e->detail != NULL)
    fprintf(c->f, " %s", e->detail);
  fputs("\",\"args\":{\"task\":", c->f);
  put_label(c, e->id, e, "");
  fputs("}}", c->f);
}


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
  map_del(&c->tracks, &t->node);
  if (t->in_byid)
    map_del(&c->byid, &t->byid);
  free(t);
}


static ct_track *track_new(trace_chrome *c, const stdtask_trace_event *e,
                           int body) {
  ct_scope *s = scope_get(c, e->scope, 0);
  ct_track *t;

  if (s == NULL || (t = calloc(1, sizeof *t)) == NULL)
    return NULL;
  t->node.k1 = e->scope;
  t->node.k2 = t->byid.k1 = t->id = e->id;
  t->pid = s->pid;
  t->tid = ++c->next_num;
  t->body = body;
  if (map_put(&c->tracks, &t->node) != 0) {
    free(t);
    return NULL;
  }
  if (!body && map_put(&c->byid, &t->byid) == 0)
    t->in_byid = 1;
  if (body)
    s->body = t;
  head(c, 'M', t->pid, t->tid, c->last_ns);
  fputs(",\"name\":\"thread_name\",\"args\":{\"name\":", c->f);
  put_label(c, t->id, e, body ? " with_timeout body" : "");
  fputs("}}", c->f);
  meta(c, "thread_sort_index", t->pid, t->tid, NULL, (long)t->tid);
  return t;
}


/* The track of e's fiber: a task's is made at its spawn, the main
 * chunk's at its start, a body's at its first resume. */
static ct_track *track_of(trace_chrome *c, const stdtask_trace_event *e) {
  ct_node *n = map_get(&c->tracks, e->scope, e->id);

  if (n != NULL)
    return TRACK_OF(n);
  return track_new(c, e, map_get(&c->byid, e->id, 0) != NULL);
}


/* Write the running stretch of t that ends now, named `name`, and the
 * flow starts of the tasks it spawned; the caller writes its E. */
static void stretch_b(trace_chrome *c, ct_track *t, const char *name) {
  unsigned long long id;

  slice_b(c, t, t->run_ns);
  host_trace_json_string(c->f, name, strlen(name));
  putc('}', c->f);
  for (id = t->sp_first; id != 0 && id <= t->sp_last; id++) {
    ct_node *n = map_get(&c->byid, id, 0);
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
      flow(c, t, 's', "spawn", x->flow_in, x->spawn_ns);
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
    flow(c, cur, 's', "spawn", t->flow_in, ns);
  }
}


static void on_run(trace_chrome *c, ct_track *t, const stdtask_trace_event *e,
                   unsigned long long ns) {
  if (t->state == T_RUN || t->state == T_DONE)
    return;
  unjoin(t);  /* woken by a cancellation, not by the task's end */
  if (!t->life)
    life_open(c, t, e, ns);
  t->state = T_RUN;
  t->run_ns = ns;
  t->outer = c->cur;
  c->cur = t;
}


static void on_suspend(trace_chrome *c, ct_track *t,
                       const stdtask_trace_event *e, unsigned long long ns) {
  ct_node *n;

  if (t->state != T_RUN)
    return;
  stretch_b(c, t, e->detail != NULL ? e->detail : "suspend");
  slice_e(c, t, ns, NULL);
  run_end(c, t);
  if (e->target != 0 && (n = map_get(&c->byid, e->target, 0)) != NULL
      && TRACK_BYID(n)->state != T_DONE) {
    t->joined = TRACK_BYID(n);
    t->jnext = t->joined->joiners;
    t->joined->joiners = t;
  }
}


static void on_abort(trace_chrome *c, ct_track *t,
                     const stdtask_trace_event *e, unsigned long long ns) {
  instant(c, e, "abort", ns);
  if (t->state == T_RUN || t->state == T_CLOSING || t->state == T_DONE)
    return;
  if (!t->life)
    life_open(c, t, e, ns);
  slice_b(c, t, ns);  /* its <close> handlers run now */
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
    life_open(c, t, e, ns);  /* never ran */
  for (j = t->joiners; j != NULL; j = j->jnext) {
    j->joined = NULL;
    j->flow_in = ++c->nflow;
    j->flow_join = 1;
    flow(c, t, 's', "join", j->flow_in, ns);
  }
  t->joiners = NULL;
  if (slice) {
    slice_e(c, t, ns, outcome);
    run_end(c, t);
  }
  slice_e(c, t, ns, outcome);
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
    slice_e(c, b, ns, NULL);
    run_end(c, b);
  } else if (b->state == T_CLOSING) {
    slice_e(c, b, ns, NULL);
    run_end(c, b);
  }
  if (b->life)
    slice_e(c, b, ns, NULL);
  track_free(c, b);
}


static void scope_end(trace_chrome *c, ct_scope *s, unsigned long long ns) {
  for (; s->drain + s->open > 0; s->drain ? s->drain-- : s->open--) {
    head(c, 'E', s->pid, s->tid, ns);
    putc('}', c->f);
  }
}


static void on_scope(trace_chrome *c, const stdtask_trace_event *e,
                     unsigned long long ns) {
  ct_scope *s = scope_get(c, e->scope,
                          e->event == STDTASK_EV_SCOPE_OPEN);

  if (s == NULL)
    return;
  switch (e->event) {
    case STDTASK_EV_SCOPE_OPEN:
      s->parent = e->parent;
      s->open_ns = ns;
      if (e->detail != NULL)
        scope_begin(c, s, "scope", e);
      else
        c->pending = s;
      break;
    case STDTASK_EV_SCOPE_DRAIN:
      if (s->drain)
        break;
      head(c, 'B', s->pid, s->tid, ns);
      fprintf(c->f, ",\"cat\":\"scope\",\"name\":\"drain\","
              "\"args\":{\"body\":\"%s\"}}", e->detail ? e->detail : "");
      s->drain = 1;
      break;
    case STDTASK_EV_SCOPE_CLOSE:
      if (s->body != NULL)
        body_end(c, s->body, ns);
      scope_end(c, s, ns);
      map_del(&c->scopes, &s->node);
      free(s);
      break;
    default:  /* STDTASK_EV_TIMEOUT_STAGE */
      instant(c, e, "timeout:", ns);
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
    resolve_pending(c, e);
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
    case STDTASK_EV_RESUME: on_run(c, t, e, ns); break;
    case STDTASK_EV_SUSPEND: on_suspend(c, t, e, ns); break;
    case STDTASK_EV_FINISH: on_finish(c, t, e, ns); break;
    case STDTASK_EV_ABORT: on_abort(c, t, e, ns); break;
    default: instant(c, e, "cancel", ns); break;  /* STDTASK_EV_CANCEL */
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


static void free_map(ct_map *m) {
  free(m->b);
  m->b = NULL;
  m->cap = m->n = 0;
}


/* Close what the run left open, in two passes: ending a running stretch
 * may give a task that never started its spawn arrow. */
void trace_chrome_end(trace_chrome *c) {
  unsigned long long ns = c->last_ns;
  size_t i;
  ct_node *n;

  c->ending = 1;
  if (c->pending != NULL)
    resolve_pending(c, NULL);
  for (i = 0; i < c->tracks.cap; i++)
    for (n = c->tracks.b[i]; n != NULL; n = n->next)
      if (TRACK_OF(n)->state == T_RUN) {
        stretch_b(c, TRACK_OF(n), "exit");
        slice_e(c, TRACK_OF(n), ns, NULL);
      }
  for (i = 0; i < c->tracks.cap; i++)
    for (n = c->tracks.b[i]; n != NULL; n = n->next) {
      ct_track *t = TRACK_OF(n);
      if (t->state == T_CLOSING)
        slice_e(c, t, ns, NULL);
      if (t->flow_in != 0 && !t->life)
        life_open(c, t, NULL, ns);
      if (t->life)
        slice_e(c, t, ns, NULL);
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
  free_map(&c->tracks);
  free_map(&c->byid);
  free_map(&c->scopes);
  free(c);
}
