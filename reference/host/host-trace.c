/*
 * host-trace.c -- writes trace events as JSON lines (one object per line;
 * field names documented in stdtask-lua(1)) or as a readable log.
 */
#include "host-trace.h"

static const char *const event_names[] = {
  "spawn", "start", "suspend", "resume", "finish", "cancel", "abort",
  "scope_open", "scope_drain", "scope_close", "timeout_stage"
};


static const char *event_name(stdtask_event ev) {
  unsigned int i = (unsigned int)ev;
  return i < sizeof event_names / sizeof event_names[0] ? event_names[i]
                                                        : "unknown";
}


/* A JSON string; control characters escaped, UTF-8 passed through. */
static void json_string(FILE *f, const char *s) {
  putc('"', f);
  for (; *s != '\0'; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      putc(c, f);
  }
  putc('"', f);
}


void host_trace_event(void *ud, const stdtask_trace_event *e) {
  host_trace *tr = ud;
  FILE *f = tr->f;
  const char *driver = e->driver == STDTASK_DRIVER_COROUTINE ? "coroutine"
                                                             : "async_fn";

  if (tr->text) {
    fprintf(f, "%12.3f ms  ", (double)e->time_ns / 1e6);
    if (e->id == 0)
      fputs("main", f);
    else
      fprintf(f, "task #%llu", e->id);
    if (e->name != NULL)
      fprintf(f, " (%s)", e->name);
    fprintf(f, "  %s", event_name(e->event));
    if (e->detail != NULL)
      fprintf(f, " %s", e->detail);
    fprintf(f, "  [scope #%llu", e->scope);
    if (e->parent != 0)
      fprintf(f, " in #%llu", e->parent);
    fputs("]\n", f);
    return;
  }
  fprintf(f, "{\"t_ms\":%.3f,\"event\":\"%s\",\"id\":%llu,\"name\":",
          (double)e->time_ns / 1e6, event_name(e->event), e->id);
  if (e->name != NULL)
    json_string(f, e->name);
  else
    fputs("null", f);
  fprintf(f, ",\"driver\":\"%s\",\"scope\":%llu,\"parent\":%llu,\"detail\":",
          driver, e->scope, e->parent);
  if (e->detail != NULL)
    json_string(f, e->detail);
  else
    fputs("null", f);
  fputs("}\n", f);
}
