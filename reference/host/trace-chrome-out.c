/*
 * trace-chrome-out.c -- the Trace Event Format writer's hash map and
 * output: event heads, labels, metadata, flows, slices, and the scopes'
 * own records (see trace-chrome.c).
 */
#include <stdlib.h>
#include <string.h>

#include "trace-chrome.h"


/* ---- a small chained hash map on (k1, k2) ---- */

static size_t map_slot(const ct_map *m, unsigned long long k1,
                       unsigned long long k2) {
  unsigned long long h = k1 * 0x9E3779B97F4A7C15ull ^ k2 * 0xC2B2AE3D27D4EB4Full;
  return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}


ct_node *ct_map_get(const ct_map *m, unsigned long long k1,
                        unsigned long long k2) {
  ct_node *n;

  if (m->cap == 0)
    return NULL;
  for (n = m->b[map_slot(m, k1, k2)]; n != NULL; n = n->next)
    if (n->k1 == k1 && n->k2 == k2)
      return n;
  return NULL;
}


int ct_map_put(ct_map *m, ct_node *n) {
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


void ct_map_del(ct_map *m, ct_node *n) {
  ct_node **p = &m->b[map_slot(m, n->k1, n->k2)];

  while (*p != NULL && *p != n)
    p = &(*p)->next;
  if (*p != NULL) {
    *p = n->next;
    m->n--;
  }
}


void ct_map_free(ct_map *m) {
  free(m->b);
  m->b = NULL;
  m->cap = m->n = 0;
}


/* ---- output ---- */

static void put_ts(trace_chrome *c, unsigned long long ns) {
  fprintf(c->f, "%llu.%03llu", ns / 1000, ns % 1000);
}


/* `{"ph":P,"pid":..,"tid":..,"ts":..` after the separator; the caller
 * writes the rest and the closing brace. */
void ct_head(trace_chrome *c, char ph, unsigned int pid, unsigned int tid,
             unsigned long long ns) {
  fputs(c->nevents++ ? ",\n" : "\n", c->f);
  fprintf(c->f, "{\"ph\":\"%c\",\"pid\":%u,\"tid\":%u,\"ts\":", ph, pid, tid);
  put_ts(c, ns);
}


/* "task #3 (name)" (escaped), "task #3" or "main chunk", plus suffix;
 * e may be NULL (teardown: no name at hand). */
void ct_label(trace_chrome *c, unsigned long long id,
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
void ct_meta(trace_chrome *c, const char *what, unsigned int pid,
                 unsigned int tid, const char *name, long idx) {
  ct_head(c, 'M', pid, tid, c->last_ns);
  fprintf(c->f, ",\"name\":\"%s\",\"args\":{", what);
  if (name != NULL)
    fprintf(c->f, "\"name\":\"%s\"}}", name);
  else
    fprintf(c->f, "\"sort_index\":%ld}}", idx);
}


void ct_flow(trace_chrome *c, const ct_track *t, char ph,
                 const char *name, unsigned long long id,
                 unsigned long long ns) {
  ct_head(c, ph, t->pid, t->tid, ns);
  fprintf(c->f, ",\"cat\":\"flow\",\"name\":\"%s\",\"id\":%llu}", name, id);
}


/* The head of a B event on t; an arrow waiting to end on t's next slice
 * ends here first.  The caller writes the name and the brace. */
void ct_slice_b(trace_chrome *c, ct_track *t, unsigned long long ns) {
  if (t->flow_in != 0) {
    ct_flow(c, t, 'f', t->flow_join ? "join" : "spawn", t->flow_in, ns);
    t->flow_in = 0;
  }
  ct_head(c, 'B', t->pid, t->tid, ns);
  fputs(",\"cat\":\"task\",\"name\":", c->f);
}


/* The name of t's life slice: the thread's name says whose it is. */
static void life_name(trace_chrome *c, const ct_track *t) {
  if (t->id == 0)
    fprintf(c->f, "\"main chunk%s\"", t->body ? " with_timeout body" : "");
  else
    fprintf(c->f, "\"task #%llu%s\"", t->id,
            t->body ? " with_timeout body" : "");
}


/* An E repeats its B's category and name (NULL: the life slice), as
 * some readers match them. */
void ct_slice_e(trace_chrome *c, const ct_track *t, unsigned long long ns,
                const char *name, const char *outcome) {
  ct_head(c, 'E', t->pid, t->tid, ns);
  fputs(",\"cat\":\"task\",\"name\":", c->f);
  if (name != NULL)
    host_trace_json_string(c->f, name, strlen(name));
  else
    life_name(c, t);
  if (outcome != NULL)
    fprintf(c->f, ",\"args\":{\"outcome\":\"%s\"}", outcome);
  putc('}', c->f);
}


/* The slice of t's whole life, from its start (or its abort, or its end,
 * for a task that never ran) to its finish. */
void ct_life_open(trace_chrome *c, ct_track *t, unsigned long long ns) {
  ct_slice_b(c, t, ns);
  life_name(c, t);
  putc('}', c->f);
  t->life = 1;
}


/* ---- scopes ---- */

/* The scope's record, made on first sight (named at once unless it is
 * opening: scope_begin names it then). */
ct_scope *ct_scope_get(trace_chrome *c, unsigned long long id,
                           int opening) {
  ct_node *n = ct_map_get(&c->scopes, id, 0);
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
  if (ct_map_put(&c->scopes, &s->node) != 0) {
    free(s);
    return NULL;
  }
  snprintf(name, sizeof name, "%sscope #%llu", id == 1 ? "root " : "", id);
  if (!opening)
    ct_meta(c, "process_name", s->pid, s->tid, name, 0);
  ct_meta(c, "process_sort_index", s->pid, s->tid, NULL, (long)(id % 0x7FFFFFFF));
  snprintf(name, sizeof name, "scope #%llu", id);
  ct_meta(c, "thread_name", s->pid, s->tid, name, 0);
  ct_meta(c, "thread_sort_index", s->pid, s->tid, NULL, 0);
  return s;
}


/* Name s's process ("scope #3 pair (in #2)") and open its lifetime slice
 * at the time it opened; kind: "scope" or "with_timeout". */
void ct_scope_begin(trace_chrome *c, ct_scope *s, const char *kind,
                    const stdtask_trace_event *e) {
  FILE *f = c->f;

  ct_head(c, 'M', s->pid, s->tid, s->open_ns);
  fprintf(f, ",\"name\":\"process_name\",\"args\":{\"name\":\"%s #%llu", kind,
          s->node.k1);
  if (e != NULL && e->detail != NULL) {
    putc(' ', f);
    host_trace_json_chars(f, e->detail, e->detail_len);
  }
  if (s->parent != 0)
    fprintf(f, " (in #%llu)", s->parent);
  fputs("\"}}", f);
  ct_head(c, 'B', s->pid, s->tid, s->open_ns);
  s->timeout = strcmp(kind, "with_timeout") == 0;
  fprintf(f, ",\"cat\":\"scope\",\"name\":\"%s #%llu\"}", kind,
          s->node.k1);
  s->open = 1;
}


/* An unnamed scope waits for the next event: a with_timeout's is its
 * caller suspending on "timeout" (nothing comes between). */
void ct_resolve_pending(trace_chrome *c, const stdtask_trace_event *e) {
  ct_scope *s = c->pending;

  c->pending = NULL;
  ct_scope_begin(c, s, e != NULL && e->event == STDTASK_EV_SUSPEND
                    && e->detail != NULL && strcmp(e->detail, "timeout") == 0
                    ? "with_timeout" : "scope", NULL);
}


/* An instant on the scope's own thread: cancel, abort, a timeout stage. */
void ct_instant(trace_chrome *c, const stdtask_trace_event *e,
                    const char *what, unsigned long long ns) {
  ct_scope *s = ct_scope_get(c, e->scope, 0);

  if (s == NULL)
    return;
  ct_head(c, 'i', s->pid, s->tid, ns);
  fprintf(c->f, ",\"s\":\"t\",\"cat\":\"scope\",\"name\":\"%s", what);
  if (e->event == STDTASK_EV_TIMEOUT_STAGE && e->detail != NULL)
    fprintf(c->f, " %s", e->detail);
  fputs("\",\"args\":{\"task\":", c->f);
  ct_label(c, e->id, e, "");
  fputs("}}", c->f);
}
