/*
 * host-error.h -- the reports of the reference host and of the module
 * (unjoined failures, deadlocks), and the wording of an error value in
 * them and in a main chunk's failure.
 */
#ifndef STDTASK_HOST_ERROR_H
#define STDTASK_HOST_ERROR_H

#include <lua.h>

#include "stdtask.h"

/* Who reports, on standard error: each line starts with "PROG: "; a
 * deadlock names the main chunk as "the MAIN_NAME". */
typedef struct host_reporter {
  const char *prog;       /* "stdtask-lua", or "stdtask" for the module */
  const char *main_name;  /* "main chunk", or "main function" */
} host_reporter;

/* Install r's reports as rt's unjoined-failure and stuck hooks (r must
 * outlive rt):
 *   PROG: task #ID (NAME) failed and was never joined: ERROR
 *   PROG: deadlock: task #ID (NAME) waits on WHAT
 *   PROG: deadlock: the MAIN_NAME waits on WHAT
 * " (NAME)" only for a named task; ERROR as host_error_push words it. */
void host_report_set_hooks(stdtask_runtime *rt, host_reporter *r);

/* Push the report of the error value at v, with its traceback at tb (a
 * string, or nil), and return it: what lua5.4 prints for the same value
 * (the text of a string or number, a string from __tostring without a
 * traceback, else "(error object is a T value)"). Runs __tostring
 * protected; a failing one counts as absent. */
const char *host_error_push(lua_State *L, int v, int tb);

#endif
