/*
 * host-options.h -- the reference host's command line and environment:
 * what stdtask-lua's options ask for, collected before anything is set up.
 */
#ifndef STDTASK_HOST_OPTIONS_H
#define STDTASK_HOST_OPTIONS_H

#include "stdtask.h"
#include "host-trace.h"

#define HOST_PROGNAME "stdtask-lua"
#define HOST_GO_ON (-1)  /* a phase's result: no exit status yet */

typedef struct host_options {
  int argc;
  char **argv;
  int optend;                  /* argv index after the options */
  int script;                  /* argv index of the script; 0: none */
  int nchunks;                 /* -e chunks: "-e" before optend, each
                                  followed by its chunk */
  stdtask_config cfg;          /* --grace-ms, --driver, --clock */
  unsigned int warn_drain_ms;  /* 0: no --warn-drain-ms */
  int trace_format_given;      /* --trace-format: the env's is unread */
  host_trace trace;            /* --trace's file, owned: host_trace_close */
} host_options;

/* Read argv's options into o (set up here): HOST_GO_ON, or the
 * exit status after a bad option (1, with its message) or an option that
 * prints and exits (0: --features, --version, --help).  o->trace may be
 * open either way. */
int host_options_collect(host_options *o, int argc, char **argv);

/* STDTASK_TRACE when --trace is not given, STDTASK_TRACE_FORMAT when
 * --trace-format is not: 0, or 1 for a bad format (with its message). */
int host_options_from_env(host_options *o);

#endif
