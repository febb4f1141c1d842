/*
 * trace-chrome.h -- the Trace Event Format writer's records, shared by
 * trace-chrome.c (what the events mean for the tracks) and
 * trace-chrome-out.c (its map and what it writes).  Internal to the host.
 */
#ifndef STDTASK_TRACE_CHROME_H
#define STDTASK_TRACE_CHROME_H

#include <stddef.h>

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
  int timeout;               /* a with_timeout's: its slice's name */
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


ct_node *ct_map_get(const ct_map *m, unsigned long long k1,
                    unsigned long long k2);
int ct_map_put(ct_map *m, ct_node *n);
void ct_map_del(ct_map *m, ct_node *n);
void ct_map_free(ct_map *m);

void ct_head(trace_chrome *c, char ph, unsigned int pid, unsigned int tid,
             unsigned long long ns);
void ct_label(trace_chrome *c, unsigned long long id,
              const stdtask_trace_event *e, const char *suffix);
void ct_meta(trace_chrome *c, const char *what, unsigned int pid,
             unsigned int tid, const char *name, long idx);
void ct_flow(trace_chrome *c, const ct_track *t, char ph, const char *name,
             unsigned long long id, unsigned long long ns);
void ct_slice_b(trace_chrome *c, ct_track *t, unsigned long long ns);
void ct_slice_e(trace_chrome *c, const ct_track *t, unsigned long long ns,
                const char *name, const char *outcome);
void ct_life_open(trace_chrome *c, ct_track *t, unsigned long long ns);

ct_scope *ct_scope_get(trace_chrome *c, unsigned long long id, int opening);
void ct_scope_begin(trace_chrome *c, ct_scope *s, const char *kind,
                    const stdtask_trace_event *e);
void ct_resolve_pending(trace_chrome *c, const stdtask_trace_event *e);
void ct_instant(trace_chrome *c, const stdtask_trace_event *e,
                const char *what, unsigned long long ns);

#endif
