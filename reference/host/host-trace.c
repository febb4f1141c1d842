/*
 * host-trace.c -- writes trace events as JSON lines (one object per line;
 * field names documented in stdtask-lua(1)) or as a readable log, and
 * hands them to the Trace Event Format writer (trace-chrome.c).
 */
#include <string.h>

#include "host-trace.h"

static const char *const event_names[] = {
  "spawn", "start", "suspend", "resume", "finish", "cancel", "abort",
  "scope_open", "scope_drain", "scope_close", "timeout_stage"
};


const char *host_trace_event_name(stdtask_event ev) {
  unsigned int i = (unsigned int)ev;
  return i < sizeof event_names / sizeof event_names[0] ? event_names[i]
                                                        : "unknown";
}


int host_trace_parse_format(const char *s, host_trace_format *out) {
  if (strcmp(s, "json") == 0)
    *out = HOST_TRACE_JSON;
  else if (strcmp(s, "text") == 0)
    *out = HOST_TRACE_TEXT;
  else if (strcmp(s, "chrome") == 0)
    *out = HOST_TRACE_CHROME;
  else
    return -1;
  return 0;
}


/* Bytes in the well-formed UTF-8 sequence at s (n bytes left), or 0 (RFC
 * 3629: no overlong forms, no surrogates, nothing past U+10FFFF). */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0], lo = 0x80, hi = 0xBF;
  size_t len, i;

  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xED)
      hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
  } else {
    return 0;
  }
  if (n < len || s[1] < lo || s[1] > hi)
    return 0;
  for (i = 2; i < len; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  return len;
}


/* A byte of invalid UTF-8 becomes the code point of the same value
 * (\u00ff for 0xFF): the output stays valid JSON and nothing is lost, at
 * the price of reading like the Latin-1 character (stdtask-lua(1)). */
void host_trace_json_chars(FILE *f, const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, run = 0, n;

  while (i < len) {  /* bytes that need no escape go out in runs */
    unsigned char c = s[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      i++;
      continue;
    }
    n = c >= 0x80 ? utf8_len(s + i, len - i) : 0;
    if (n > 0) {
      i += n;
      continue;
    }
    fwrite(s + run, 1, i - run, f);
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", f);
    else if (c == '\t')
      fputs("\\t", f);
    else
      fprintf(f, "\\u%04x", (unsigned int)c);
    run = ++i;
  }
  fwrite(s + run, 1, i - run, f);
}


void host_trace_json_string(FILE *f, const char *s, size_t len) {
  putc('"', f);
  host_trace_json_chars(f, s, len);
  putc('"', f);
}


static void text_event(FILE *f, const stdtask_trace_event *e) {
  fprintf(f, "%12.3f ms  ", (double)e->time_ns / 1e6);
  if (e->id == 0)
    fputs("main", f);
  else
    fprintf(f, "task #%llu", e->id);
  if (e->name != NULL) {
    fputs(" (", f);
    fwrite(e->name, 1, e->name_len, f);
    putc(')', f);
  }
  fprintf(f, "  %s", host_trace_event_name(e->event));
  if (e->detail != NULL) {
    putc(' ', f);
    fwrite(e->detail, 1, e->detail_len, f);
  }
  fprintf(f, "  [scope #%llu", e->scope);
  if (e->parent != 0)
    fprintf(f, " in #%llu", e->parent);
  fputs("]\n", f);
}


static void json_event(FILE *f, const stdtask_trace_event *e) {
  const char *driver = e->driver == STDTASK_DRIVER_COROUTINE ? "coroutine"
                                                             : "async_fn";

  fprintf(f, "{\"t_ms\":%.3f,\"event\":\"%s\",\"id\":%llu,\"name\":",
          (double)e->time_ns / 1e6, host_trace_event_name(e->event), e->id);
  if (e->name != NULL)
    host_trace_json_string(f, e->name, e->name_len);
  else
    fputs("null", f);
  fprintf(f, ",\"driver\":\"%s\",\"scope\":%llu,\"parent\":%llu,\"detail\":",
          driver, e->scope, e->parent);
  if (e->detail != NULL)
    host_trace_json_string(f, e->detail, e->detail_len);
  else
    fputs("null", f);
  fputs("}\n", f);
}


void host_trace_event(void *ud, const stdtask_trace_event *e) {
  host_trace *tr = ud;

  if (tr->f == NULL)
    return;
  if (tr->format == HOST_TRACE_TEXT)
    text_event(tr->f, e);
  else if (tr->format == HOST_TRACE_CHROME)
    trace_chrome_event(tr->chrome, e);
  else
    json_event(tr->f, e);
}


int host_trace_open(host_trace *tr) {
  if (tr->format != HOST_TRACE_CHROME)
    return 0;
  tr->chrome = trace_chrome_new(tr->f);
  return tr->chrome != NULL ? 0 : -1;
}


void host_trace_close(host_trace *tr) {
  if (tr->f == NULL)
    return;
  if (tr->chrome != NULL)
    trace_chrome_end(tr->chrome);
  tr->chrome = NULL;
  if (tr->f != stderr)
    fclose(tr->f);
  else
    fflush(tr->f);
  tr->f = NULL;
}
