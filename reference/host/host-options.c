/*
 * host-options.c -- stdtask-lua's options (see usage below) and the
 * STDTASK_TRACE and STDTASK_TRACE_FORMAT variables, read into a
 * host_options before the host sets anything up.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <uv.h>

#include "stdtask.h"
#include "host-options.h"

#define OPT_NOT_MINE (-2)  /* an option parser's result: not its option */

static const char *progname = HOST_PROGNAME;


static void usage(FILE *f) {
  fprintf(f,
    "usage: %s [options] [SCRIPT [ARG...]]\n"
    "Run a Lua 5.4 script with std.task on a libuv loop.\n\n"
    "  -e CODE                 run CODE before the script (repeatable)\n"
    "  --grace-ms=N            default with_timeout grace window (1000)\n"
    "  --driver=NAME           default driver: async_fn or coroutine\n"
    "  --clock=real|virtual    virtual: time jumps to the next deadline\n"
    "                          whenever no task is ready\n"
    "  --trace=FILE            write every task event to FILE (- : stderr)\n"
    "  --trace-format=FMT      json (one object per line, default), text or\n"
    "                          chrome (Trace Event Format, for Perfetto)\n"
    "  --warn-drain-ms=N       print the task tree when a scope has been\n"
    "                          draining for N ms (also on SIGQUIT, SIGUSR1)\n"
    "  --features              print the optional features claimed\n"
    "  --version               print version information\n"
    "  --help                  print this help\n"
    "  --                      stop handling options\n"
    "  -                       run standard input as the script\n",
    progname);
}


static int parse_uint(const char *s, unsigned int *out) {
  char *end;
  unsigned long v;

  if (*s < '0' || *s > '9')
    return -1;
  v = strtoul(s, &end, 10);
  if (*end != '\0' || v > 0xFFFFFFFFul)
    return -1;
  *out = (unsigned int)v;
  return 0;
}


/* An option with a value none of the branches before took: say which
 * values it takes. */
static int bad_value(const char *arg, const char *opt, const char *values) {
  size_t n = strlen(opt);

  if (strncmp(arg, opt, n) != 0)
    return 0;
  fprintf(stderr, "%s: bad %.*s value '%s' (expected %s)\n", progname,
          (int)(n - 1), opt, arg + n, values);
  return 1;
}


/* --trace=FILE (-: stderr).  A second one replaces the first, which is
 * left empty, as it was before it was closed here. */
static int open_trace(host_options *o, const char *file) {
  host_trace_close(&o->trace);
  o->trace.f = strcmp(file, "-") == 0 ? stderr : fopen(file, "w");
  if (o->trace.f != NULL)
    return HOST_GO_ON;
  fprintf(stderr, "%s: cannot open '%s' for the trace: %s\n", progname, file,
          strerror(errno));
  return 1;
}


/* The options with a value: HOST_GO_ON, 1 for a bad value, or
 * OPT_NOT_MINE. */
static int value_option(host_options *o, const char *a) {
  if (strncmp(a, "--grace-ms=", 11) == 0) {
    if (parse_uint(a + 11, &o->cfg.default_grace_ms) == 0)
      return HOST_GO_ON;
    fprintf(stderr, "%s: bad --grace-ms value '%s'\n", progname, a + 11);
    return 1;
  } else if (strncmp(a, "--warn-drain-ms=", 16) == 0) {
    if (parse_uint(a + 16, &o->warn_drain_ms) == 0 && o->warn_drain_ms > 0)
      return HOST_GO_ON;
    fprintf(stderr, "%s: bad --warn-drain-ms value '%s'\n", progname, a + 16);
    return 1;
  } else if (strncmp(a, "--trace=", 8) == 0) {
    return open_trace(o, a + 8);
  } else if (strcmp(a, "--driver=async_fn") == 0) {
    o->cfg.default_driver = STDTASK_DRIVER_ASYNC_FN;
  } else if (strcmp(a, "--driver=coroutine") == 0) {
    o->cfg.default_driver = STDTASK_DRIVER_COROUTINE;
  } else if (strcmp(a, "--clock=real") == 0) {
    o->cfg.clock = STDTASK_CLOCK_REAL;
  } else if (strcmp(a, "--clock=virtual") == 0) {
    o->cfg.clock = STDTASK_CLOCK_VIRTUAL;
  } else if (strncmp(a, "--trace-format=", 15) == 0
             && host_trace_parse_format(a + 15, &o->trace.format) == 0) {
    o->trace_format_given = 1;
  } else if (bad_value(a, "--trace-format=", "json, text or chrome")
             || bad_value(a, "--driver=", "async_fn or coroutine")
             || bad_value(a, "--clock=", "real or virtual")) {
    return 1;
  } else {
    return OPT_NOT_MINE;
  }
  return HOST_GO_ON;
}


/* The options that print and exit: 0, or OPT_NOT_MINE. */
static int info_option(const char *a) {
  if (strcmp(a, "--features") == 0) {
    puts("trace");          /* STDTASK_TRACE=FILE, or --trace=FILE */
    puts("virtual-clock");  /* with --clock=virtual */
    puts("host-waits");     /* std.testhost */
  } else if (strcmp(a, "--version") == 0) {
    printf("%s %s (%s, libuv %s)\n", progname, stdtask_version(),
           LUA_RELEASE, uv_version_string());
  } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
    usage(stdout);
  } else {
    return OPT_NOT_MINE;
  }
  return 0;
}


/* Options up to the script ("-" is standard input) or "--"; the -e
 * chunks are only counted: the host finds them again before optend. */
int host_options_collect(host_options *o, int argc, char **argv) {
  int i, st;

  memset(o, 0, sizeof *o);
  stdtask_config_init(&o->cfg);
  o->argc = argc;
  o->argv = argv;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "-") == 0 || a[0] != '-')
      break;
    if (strcmp(a, "-e") == 0) {
      if (++i >= argc) {
        fprintf(stderr, "%s: '-e' needs an argument\n", progname);
        return 1;
      }
      o->nchunks++;
      continue;
    }
    if ((st = value_option(o, a)) == OPT_NOT_MINE
        && (st = info_option(a)) == OPT_NOT_MINE) {
      fprintf(stderr, "%s: unknown option '%s'\n", progname, a);
      usage(stderr);
      return 1;
    }
    if (st != HOST_GO_ON)
      return st;
  }
  o->optend = i;
  o->script = i < argc ? i : 0;
  if (o->script == 0 && o->nchunks == 0) {
    usage(stderr);
    return 1;
  }
  return HOST_GO_ON;
}


/* A Trace Event Format document cannot be appended to: that file is
 * truncated. */
int host_options_from_env(host_options *o) {
  host_trace *tr = &o->trace;
  const char *file = getenv("STDTASK_TRACE");
  const char *fmt = getenv("STDTASK_TRACE_FORMAT");

  if (!o->trace_format_given && fmt != NULL && *fmt != '\0'
      && host_trace_parse_format(fmt, &tr->format) != 0) {
    fprintf(stderr, "%s: bad STDTASK_TRACE_FORMAT value '%s'"
            " (expected json, text or chrome)\n", progname, fmt);
    return 1;
  }
  if (tr->f == NULL && file != NULL && *file != '\0') {  /* `trace` */
    tr->f = fopen(file, tr->format == HOST_TRACE_CHROME ? "w" : "a");
    if (tr->f == NULL)
      fprintf(stderr, "%s: cannot open STDTASK_TRACE '%s'\n", progname,
              file);
  }
  return 0;
}
