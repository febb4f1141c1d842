/*
 * host-trace.h -- the reference host's trace writer (--trace=FILE).
 */
#ifndef STDTASK_HOST_TRACE_H
#define STDTASK_HOST_TRACE_H

#include <stdio.h>

#include "stdtask.h"

typedef struct host_trace {
  FILE *f;      /* owned unless it is stderr */
  int text;     /* 0: JSON lines, 1: human-readable */
} host_trace;

/* A stdtask_trace_fn; ud is a host_trace. */
void host_trace_event(void *ud, const stdtask_trace_event *ev);

#endif
