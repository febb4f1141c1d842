/*
 * host-trace.h -- the reference host's trace writers (--trace=FILE): JSON
 * lines, a text log, and the Trace Event Format (trace-chrome.c), all fed
 * by the one trace hook.
 */
#ifndef STDTASK_HOST_TRACE_H
#define STDTASK_HOST_TRACE_H

#include <stdio.h>

#include "stdtask.h"

typedef enum host_trace_format {
  HOST_TRACE_JSON,    /* one JSON object per line (the default) */
  HOST_TRACE_TEXT,    /* an aligned log for people */
  HOST_TRACE_CHROME   /* Trace Event Format: Perfetto, chrome://tracing */
} host_trace_format;

typedef struct trace_chrome trace_chrome;

typedef struct host_trace {
  FILE *f;                   /* owned unless it is stderr */
  host_trace_format format;
  trace_chrome *chrome;      /* owned: the chrome writer, while open */
} host_trace;

/* "json", "text" or "chrome" into *out; -1 for anything else. */
int host_trace_parse_format(const char *s, host_trace_format *out);

/* Start writing to tr->f (the chrome format's header); -1 without
 * memory.  host_trace_close ends the document, so that the file is
 * complete even when the run ended by an error, a deadlock or SIGINT,
 * and closes tr->f; it may be called again (atexit), doing nothing. */
int host_trace_open(host_trace *tr);
void host_trace_close(host_trace *tr);

/* A stdtask_trace_fn; ud is a host_trace. */
void host_trace_event(void *ud, const stdtask_trace_event *ev);

/* Shared by the writers. */
const char *host_trace_event_name(stdtask_event ev);
/* s[0..len) as a JSON string: quotes, backslashes and control characters
 * escaped, valid UTF-8 kept, each byte of invalid UTF-8 as \u00XX. */
void host_trace_json_string(FILE *f, const char *s, size_t len);
/* The same without the quotes, to build a longer string. */
void host_trace_json_chars(FILE *f, const char *s, size_t len);

/* trace-chrome.c */
trace_chrome *trace_chrome_new(FILE *f);
void trace_chrome_event(trace_chrome *c, const stdtask_trace_event *ev);
void trace_chrome_end(trace_chrome *c);  /* frees c */

#endif
