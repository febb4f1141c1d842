/*
 * stdtask-lua -- the reference host: runs a Lua 5.4 script with std.task
 * on a libuv loop, following docs/host-contract.md.
 *
 *   stdtask-lua [options] SCRIPT [ARG...]
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <uv.h>

#include "stdtask.h"
#include "host-error.h"
#include "host-trace.h"

#define EXIT_INTERRUPTED 130

static const char *progname = "stdtask-lua";
static host_reporter reporter = { "stdtask-lua", "main chunk" };
static host_trace *exit_trace;  /* ended at exit() if still open */

/* Runs the -e chunks, then the script, in the main chunk (a Lua function
 * so that every chunk may suspend). */
static const char main_src[] =
  "local chunks, n = ...\n"
  "local last = #chunks\n"
  "if n.script then last = last - 1 end\n"
  "for i = 1, last do chunks[i]() end\n"
  "if n.script then chunks[#chunks](table.unpack(n, 1, n.n)) end\n";

typedef struct host {
  lua_State *L;
  uv_loop_t loop;
  uv_signal_t sigint;
  uv_signal_t sigquit, sigusr1;  /* print the task tree */
  uv_timer_t drain_timer;        /* --warn-drain-ms */
  unsigned int warn_drain_ms;
  host_trace trace;
  stdtask_runtime *rt;
  int signals;
} host;


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


static const char *errmsg(lua_State *L, int idx) {
  const char *msg = lua_tostring(L, idx);

  if (msg == NULL)
    msg = lua_pushfstring(L, "(error object is a %s value)",
                          luaL_typename(L, idx));
  return msg;
}


static void on_dump_signal(uv_signal_t *h, int signum) {
  host *hs = h->data;

  (void)signum;
  stdtask_runtime_dump(hs->rt, stderr);
}


static void on_drain_timer(uv_timer_t *h) {
  host *hs = h->data;

  stdtask_runtime_check_drains(hs->rt, hs->warn_drain_ms, stderr);
}


static void on_sigint(uv_signal_t *h, int signum) {
  host *hs = h->data;

  (void)signum;
  if (hs->signals++ == 0) {
    fprintf(stderr, "%s: interrupted: cancelling (again to abort)\n",
            progname);
    stdtask_runtime_cancel(hs->rt);
  } else {
    fprintf(stderr, "%s: interrupted: aborting\n", progname);
    stdtask_runtime_abort(hs->rt);
  }
}


/* Build `arg` as lua.c does: script at 0, its arguments after, the
 * interpreter and options at negative indices. */
static void create_arg(lua_State *L, char **argv, int argc, int script) {
  int i;

  lua_createtable(L, argc - script, script + 1);
  for (i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}


/* os.exit() leaves main without closing the trace: end it (the chrome
 * format's document) so that the file stays complete. */
static void close_trace_at_exit(void) {
  if (exit_trace != NULL)
    host_trace_close(exit_trace);
}


/* STDTASK_TRACE (when --trace is not given), STDTASK_TRACE_FORMAT (when
 * --trace-format is not): a Trace Event Format document cannot be
 * appended to, so that file is truncated.  -1 for a bad format. */
static int trace_from_env(host_trace *tr, int format_given) {
  const char *file = getenv("STDTASK_TRACE");
  const char *fmt = getenv("STDTASK_TRACE_FORMAT");

  if (!format_given && fmt != NULL && *fmt != '\0'
      && host_trace_parse_format(fmt, &tr->format) != 0) {
    fprintf(stderr, "%s: bad STDTASK_TRACE_FORMAT value '%s'"
            " (expected json, text or chrome)\n", progname, fmt);
    return -1;
  }
  if (tr->f == NULL && file != NULL && *file != '\0') {  /* `trace` */
    tr->f = fopen(file, tr->format == HOST_TRACE_CHROME ? "w" : "a");
    if (tr->f == NULL)
      fprintf(stderr, "%s: cannot open STDTASK_TRACE '%s'\n", progname,
              file);
  }
  return 0;
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


int main(int argc, char **argv) {
  host hs;
  stdtask_config cfg;
  int i, script = 0, nchunks = 0, nargs, status = 0, rc, trace_fmt = 0;
  int *echunks = calloc((size_t)argc + 1, sizeof *echunks);

  if (echunks == NULL)
    return 1;
  memset(&hs, 0, sizeof hs);
  stdtask_config_init(&cfg);
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (strcmp(a, "-") == 0 || a[0] != '-') {
      break;
    } else if (strcmp(a, "-e") == 0) {
      if (++i >= argc) {
        fprintf(stderr, "%s: '-e' needs an argument\n", progname);
        free(echunks);
        return 1;
      }
      echunks[nchunks++] = i;
    } else if (strncmp(a, "--grace-ms=", 11) == 0) {
      if (parse_uint(a + 11, &cfg.default_grace_ms) != 0) {
        fprintf(stderr, "%s: bad --grace-ms value '%s'\n", progname, a + 11);
        free(echunks);
        return 1;
      }
    } else if (strcmp(a, "--driver=async_fn") == 0) {
      cfg.default_driver = STDTASK_DRIVER_ASYNC_FN;
    } else if (strcmp(a, "--driver=coroutine") == 0) {
      cfg.default_driver = STDTASK_DRIVER_COROUTINE;
    } else if (strcmp(a, "--clock=real") == 0) {
      cfg.clock = STDTASK_CLOCK_REAL;
    } else if (strcmp(a, "--clock=virtual") == 0) {
      cfg.clock = STDTASK_CLOCK_VIRTUAL;
    } else if (strncmp(a, "--trace=", 8) == 0) {
      hs.trace.f = strcmp(a + 8, "-") == 0 ? stderr : fopen(a + 8, "w");
      if (hs.trace.f == NULL) {
        fprintf(stderr, "%s: cannot open '%s' for the trace: %s\n",
                progname, a + 8, strerror(errno));
        free(echunks);
        return 1;
      }
    } else if (strncmp(a, "--trace-format=", 15) == 0
               && host_trace_parse_format(a + 15, &hs.trace.format) == 0) {
      trace_fmt = 1;
    } else if (bad_value(a, "--trace-format=", "json, text or chrome")
               || bad_value(a, "--driver=", "async_fn or coroutine")
               || bad_value(a, "--clock=", "real or virtual")) {
      free(echunks);
      return 1;
    } else if (strncmp(a, "--warn-drain-ms=", 16) == 0) {
      if (parse_uint(a + 16, &hs.warn_drain_ms) != 0 || hs.warn_drain_ms == 0) {
        fprintf(stderr, "%s: bad --warn-drain-ms value '%s'\n", progname,
                a + 16);
        free(echunks);
        return 1;
      }
    } else if (strcmp(a, "--features") == 0) {
      puts("trace");          /* STDTASK_TRACE=FILE, or --trace=FILE */
      puts("virtual-clock");  /* with --clock=virtual */
      free(echunks);
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("%s %s (%s, libuv %s)\n", progname, stdtask_version(),
             LUA_RELEASE, uv_version_string());
      free(echunks);
      return 0;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      free(echunks);
      return 0;
    } else {
      fprintf(stderr, "%s: unknown option '%s'\n", progname, a);
      usage(stderr);
      free(echunks);
      return 1;
    }
  }
  script = i < argc ? i : 0;
  if (script == 0 && nchunks == 0) {
    usage(stderr);
    free(echunks);
    return 1;
  }

  hs.L = luaL_newstate();
  if (hs.L == NULL) {
    fprintf(stderr, "%s: cannot create state: not enough memory\n", progname);
    return 1;
  }
  luaL_openlibs(hs.L);
  lua_newtable(hs.L);
  lua_setglobal(hs.L, "std");
  rc = stdtask_register_with(hs.L, &cfg);
  if (rc != 0) {
    fprintf(stderr, "%s: %s\n", progname, stdtask_strerror(rc));
    lua_close(hs.L);
    return 1;
  }
  create_arg(hs.L, argv, argc, script ? script : argc - 1);

  /* The main chunk: the script itself, called with its arguments; with
   * -e chunks, main_src(chunks, args) runs them all in one main chunk. */
  if (nchunks > 0
      && luaL_loadbuffer(hs.L, main_src, sizeof main_src - 1, "=(host)") != 0)
    goto load_error;
  if (nchunks > 0)
    lua_createtable(hs.L, nchunks + 1, 0);
  for (i = 0; i < nchunks; i++) {
    if (luaL_loadbuffer(hs.L, argv[echunks[i]], strlen(argv[echunks[i]]),
                        "=(command line)") != LUA_OK)
      goto load_error;
    lua_rawseti(hs.L, -2, i + 1);
  }
  if (script != 0) {
    const char *path = strcmp(argv[script], "-") == 0 ? NULL : argv[script];
    if (luaL_loadfile(hs.L, path) != LUA_OK)
      goto load_error;
    if (nchunks > 0)
      lua_rawseti(hs.L, -2, nchunks + 1);
  }
  nargs = script ? argc - script - 1 : 0;
  if (nchunks > 0) {
    lua_createtable(hs.L, nargs, 1);
    for (i = 1; i <= nargs; i++) {
      lua_pushstring(hs.L, argv[script + i]);
      lua_rawseti(hs.L, -2, i);
    }
    lua_pushinteger(hs.L, nargs);
    lua_setfield(hs.L, -2, "n");
    lua_pushboolean(hs.L, script != 0);
    lua_setfield(hs.L, -2, "script");
    nargs = 2;
  } else {
    luaL_checkstack(hs.L, nargs, "too many arguments to script");
    for (i = 1; i <= nargs; i++)
      lua_pushstring(hs.L, argv[script + i]);
  }
  free(echunks);
  echunks = NULL;

  if (uv_loop_init(&hs.loop) != 0
      || stdtask_runtime_new(hs.L, &hs.loop, &hs.rt) != 0) {
    fprintf(stderr, "%s: cannot start the runtime\n", progname);
    return 1;
  }
  host_report_set_hooks(hs.rt, &reporter);
  uv_signal_init(&hs.loop, &hs.sigint);
  hs.sigint.data = &hs;
  uv_signal_start(&hs.sigint, on_sigint, SIGINT);
  uv_unref((uv_handle_t *)&hs.sigint);  /* never keeps the loop alive */
  uv_signal_init(&hs.loop, &hs.sigquit);
  uv_signal_init(&hs.loop, &hs.sigusr1);
  hs.sigquit.data = hs.sigusr1.data = &hs;
  uv_signal_start(&hs.sigquit, on_dump_signal, SIGQUIT);
  uv_signal_start(&hs.sigusr1, on_dump_signal, SIGUSR1);
  uv_unref((uv_handle_t *)&hs.sigquit);
  uv_unref((uv_handle_t *)&hs.sigusr1);
  uv_timer_init(&hs.loop, &hs.drain_timer);
  hs.drain_timer.data = &hs;
  if (hs.warn_drain_ms > 0) {
    unsigned int every = hs.warn_drain_ms / 4 > 10 ? hs.warn_drain_ms / 4 : 10;
    uv_timer_start(&hs.drain_timer, on_drain_timer, every, every);
    uv_unref((uv_handle_t *)&hs.drain_timer);
  }
  if (trace_from_env(&hs.trace, trace_fmt) != 0)
    return 1;
  if (hs.trace.f != NULL && host_trace_open(&hs.trace) != 0) {
    fprintf(stderr, "%s: cannot start the trace: not enough memory\n",
            progname);
    return 1;
  }
  if (hs.trace.f != NULL) {
    exit_trace = &hs.trace;
    atexit(close_trace_at_exit);
    stdtask_trace_set_hook(hs.rt, host_trace_event, &hs.trace);
  }

  rc = stdtask_runtime_start(hs.rt, nargs);
  if (rc == 0)
    rc = stdtask_runtime_run(hs.rt);
  if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(hs.rt);
    /* After SIGINT the main chunk ending with the cancellation error is
     * the expected outcome, not worth a report. */
    if (hs.signals == 0 || !lua_isstring(hs.L, -2)
        || strcmp(lua_tostring(hs.L, -2), "task cancelled") != 0)
      fprintf(stderr, "%s: %s\n", progname, host_error_push(hs.L, -2, -1));
    lua_settop(hs.L, 0);
    status = hs.signals > 0 ? EXIT_INTERRUPTED : 1;
  } else if (rc == STDTASK_EDEADLOCK) {
    fprintf(stderr, "%s: deadlock: tasks were aborted\n", progname);
    status = 1;
  } else if (rc == STDTASK_EINTR || hs.signals > 0) {
    status = EXIT_INTERRUPTED;
  } else if (rc != 0) {
    fprintf(stderr, "%s: %s\n", progname, stdtask_strerror(rc));
    status = 1;
  }
  fflush(stdout);
  stdtask_runtime_free(hs.rt);
  uv_close((uv_handle_t *)&hs.sigint, NULL);
  uv_close((uv_handle_t *)&hs.sigquit, NULL);
  uv_close((uv_handle_t *)&hs.sigusr1, NULL);
  uv_close((uv_handle_t *)&hs.drain_timer, NULL);
  host_trace_close(&hs.trace);  /* after the runtime's last events */
  exit_trace = NULL;
  uv_run(&hs.loop, UV_RUN_DEFAULT);
  if (uv_loop_close(&hs.loop) != 0)
    fprintf(stderr, "%s: loop not closed cleanly\n", progname);
  lua_close(hs.L);
  return status;

load_error:
  fprintf(stderr, "%s: %s\n", progname, errmsg(hs.L, -1));
  lua_close(hs.L);
  free(echunks);
  return 1;
}
