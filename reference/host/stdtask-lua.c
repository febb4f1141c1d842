/*
 * stdtask-lua -- the reference host: runs a Lua 5.4 script with std.task
 * on a libuv loop, following docs/host-contract.md.
 *
 *   stdtask-lua [options] SCRIPT [ARG...]
 *
 * main() goes through phases, as lua.c does: collect the options, create
 * the state, load the chunks and push the arguments, set up the loop (the
 * runtime, signals, timer and trace), run and report.  Each phase returns
 * an exit status, or GO_ON; one teardown then releases whatever the phases
 * took, whichever way the run ended.
 */
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
#include "host-options.h"
#include "testhost.h"
#include "host-trace.h"

#define EXIT_INTERRUPTED 130
#define GO_ON HOST_GO_ON

static const char *progname = HOST_PROGNAME;
static host_reporter reporter = { HOST_PROGNAME, "main chunk" };
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
  host_options opt;
  int nargs;                     /* values pushed for the main chunk */
  lua_State *L;
  uv_loop_t loop;
  int loop_open;                 /* uv_loop_init succeeded */
  int handles_open;              /* the signals and the timer below */
  uv_signal_t sigint;
  uv_signal_t sigquit, sigusr1;  /* print the task tree */
  uv_timer_t drain_timer;        /* --warn-drain-ms */
  stdtask_runtime *rt;
  int signals;
} host;


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

  stdtask_runtime_check_drains(hs->rt, hs->opt.warn_drain_ms, stderr);
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


static int new_state(host *hs) {
  int rc;

  hs->L = luaL_newstate();
  if (hs->L == NULL) {
    fprintf(stderr, "%s: cannot create state: not enough memory\n", progname);
    return 1;
  }
  luaL_openlibs(hs->L);
  lua_newtable(hs->L);
  lua_setglobal(hs->L, "std");
  rc = stdtask_register_with(hs->L, &hs->opt.cfg);
  if (rc != 0) {
    fprintf(stderr, "%s: %s\n", progname, stdtask_strerror(rc));
    return 1;
  }
  testhost_open(hs->L);  /* std.testhost: feature host-waits */
  create_arg(hs->L, hs->opt.argv, hs->opt.argc,
             hs->opt.script ? hs->opt.script : hs->opt.argc - 1);
  return GO_ON;
}


/* Push the main chunk: the script itself; with -e chunks, main_src and a
 * table of the chunks, the script last (main_src(chunks, args)). */
static int load_chunks(host *hs) {
  const host_options *o = &hs->opt;
  lua_State *L = hs->L;
  int i, n = 0;

  if (o->nchunks > 0) {
    if (luaL_loadbuffer(L, main_src, sizeof main_src - 1, "=(host)") != 0)
      goto load_error;
    lua_createtable(L, o->nchunks + 1, 0);
  }
  for (i = 1; i < o->optend; i++) {  /* as host_options_collect read them */
    if (strcmp(o->argv[i], "-e") != 0)
      continue;
    i++;
    if (luaL_loadbuffer(L, o->argv[i], strlen(o->argv[i]), "=(command line)")
        != LUA_OK)
      goto load_error;
    lua_rawseti(L, -2, ++n);
  }
  if (o->script != 0) {
    const char *path = o->argv[o->script];
    if (luaL_loadfile(L, strcmp(path, "-") == 0 ? NULL : path) != LUA_OK)
      goto load_error;
    if (o->nchunks > 0)
      lua_rawseti(L, -2, o->nchunks + 1);
  }
  return GO_ON;

load_error:
  fprintf(stderr, "%s: %s\n", progname, errmsg(L, -1));
  return 1;
}


/* The script's arguments, after the main chunk: as they are, or with -e
 * chunks, main_src's `n` (the arguments, n and whether a script runs). */
static void push_args(host *hs) {
  const host_options *o = &hs->opt;
  lua_State *L = hs->L;
  char **args = o->argv + o->script;
  int i, nargs = o->script ? o->argc - o->script - 1 : 0;

  if (o->nchunks == 0) {
    luaL_checkstack(L, nargs, "too many arguments to script");
    for (i = 1; i <= nargs; i++)
      lua_pushstring(L, args[i]);
    hs->nargs = nargs;
    return;
  }
  lua_createtable(L, nargs, 1);
  for (i = 1; i <= nargs; i++) {
    lua_pushstring(L, args[i]);
    lua_rawseti(L, -2, i);
  }
  lua_pushinteger(L, nargs);
  lua_setfield(L, -2, "n");
  lua_pushboolean(L, o->script != 0);
  lua_setfield(L, -2, "script");
  hs->nargs = 2;
}


/* SIGINT cancels, then aborts; SIGQUIT and SIGUSR1 print the tree; the
 * drain timer runs with --warn-drain-ms.  None keeps the loop alive. */
static void start_handles(host *hs) {
  uv_signal_init(&hs->loop, &hs->sigint);
  uv_signal_init(&hs->loop, &hs->sigquit);
  uv_signal_init(&hs->loop, &hs->sigusr1);
  uv_timer_init(&hs->loop, &hs->drain_timer);
  hs->handles_open = 1;
  hs->sigint.data = hs->sigquit.data = hs->sigusr1.data = hs;
  hs->drain_timer.data = hs;
  uv_signal_start(&hs->sigint, on_sigint, SIGINT);
  uv_signal_start(&hs->sigquit, on_dump_signal, SIGQUIT);
  uv_signal_start(&hs->sigusr1, on_dump_signal, SIGUSR1);
  uv_unref((uv_handle_t *)&hs->sigint);
  uv_unref((uv_handle_t *)&hs->sigquit);
  uv_unref((uv_handle_t *)&hs->sigusr1);
  if (hs->opt.warn_drain_ms > 0) {
    unsigned int every = hs->opt.warn_drain_ms / 4;
    if (every < 10)
      every = 10;
    uv_timer_start(&hs->drain_timer, on_drain_timer, every, every);
    uv_unref((uv_handle_t *)&hs->drain_timer);
  }
}


static int start_runtime(host *hs) {
  stdtask_runtime *rt;

  if (uv_loop_init(&hs->loop) == 0)
    hs->loop_open = 1;
  if (!hs->loop_open || stdtask_runtime_new(hs->L, &hs->loop, &rt) != 0) {
    fprintf(stderr, "%s: cannot start the runtime\n", progname);
    return 1;
  }
  hs->rt = rt;
  host_report_set_hooks(rt, &reporter);
  start_handles(hs);
  return GO_ON;
}


/* The trace of --trace or STDTASK_TRACE, ended at exit() too. */
static int start_trace(host *hs) {
  if (host_options_from_env(&hs->opt) != 0)
    return 1;
  if (hs->opt.trace.f == NULL)
    return GO_ON;
  if (host_trace_open(&hs->opt.trace) != 0) {
    fprintf(stderr, "%s: cannot start the trace: not enough memory\n",
            progname);
    return 1;
  }
  exit_trace = &hs->opt.trace;
  atexit(close_trace_at_exit);
  stdtask_trace_set_hook(hs->rt, host_trace_event, &hs->opt.trace);
  return GO_ON;
}


/* Run the main chunk to the end of the root scope; the exit status. */
static int run(host *hs) {
  int rc = stdtask_runtime_start(hs->rt, hs->nargs);

  if (rc == 0)
    rc = stdtask_runtime_run(hs->rt);
  if (rc == STDTASK_EMAIN) {
    stdtask_runtime_push_error(hs->rt);
    /* After SIGINT the main chunk ending with the cancellation error is
     * the expected outcome, not worth a report. */
    if (hs->signals == 0 || !lua_isstring(hs->L, -2)
        || strcmp(lua_tostring(hs->L, -2), "task cancelled") != 0)
      fprintf(stderr, "%s: %s\n", progname, host_error_push(hs->L, -2, -1));
    lua_settop(hs->L, 0);
    return hs->signals > 0 ? EXIT_INTERRUPTED : 1;
  } else if (rc == STDTASK_EDEADLOCK) {
    fprintf(stderr, "%s: deadlock: tasks were aborted\n", progname);
    return 1;
  } else if (rc == STDTASK_EINTR || hs->signals > 0) {
    return EXIT_INTERRUPTED;
  } else if (rc != 0) {
    fprintf(stderr, "%s: %s\n", progname, stdtask_strerror(rc));
    return 1;
  }
  return 0;
}


/* Release what the phases took, in the order the API asks: the runtime
 * before the loop's last run, the trace after the runtime's last events,
 * the state last. */
static void teardown(host *hs) {
  fflush(stdout);
  if (hs->rt != NULL)
    stdtask_runtime_free(hs->rt);
  if (hs->handles_open) {
    uv_close((uv_handle_t *)&hs->sigint, NULL);
    uv_close((uv_handle_t *)&hs->sigquit, NULL);
    uv_close((uv_handle_t *)&hs->sigusr1, NULL);
    uv_close((uv_handle_t *)&hs->drain_timer, NULL);
  }
  host_trace_close(&hs->opt.trace);
  exit_trace = NULL;
  if (hs->loop_open) {
    uv_run(&hs->loop, UV_RUN_DEFAULT);
    if (uv_loop_close(&hs->loop) != 0)
      fprintf(stderr, "%s: loop not closed cleanly\n", progname);
  }
  if (hs->L != NULL)
    lua_close(hs->L);
}


int main(int argc, char **argv) {
  host hs;
  int status;

  memset(&hs, 0, sizeof hs);
  status = host_options_collect(&hs.opt, argc, argv);
  if (status == GO_ON)
    status = new_state(&hs);
  if (status == GO_ON)
    status = load_chunks(&hs);
  if (status == GO_ON) {
    push_args(&hs);
    status = start_runtime(&hs);
  }
  if (status == GO_ON)
    status = start_trace(&hs);
  if (status == GO_ON)
    status = run(&hs);
  teardown(&hs);
  return status;
}
