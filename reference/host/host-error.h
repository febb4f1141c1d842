/*
 * host-error.h -- the wording of an error value in the reference host's
 * and the module's reports (main chunk failures, unjoined failures).
 */
#ifndef STDTASK_HOST_ERROR_H
#define STDTASK_HOST_ERROR_H

#include <lua.h>

/* Push the report of the error value at v, with its traceback at tb (a
 * string, or nil), and return it: what lua5.4 prints for the same value
 * (the text of a string or number, a string from __tostring without a
 * traceback, else "(error object is a T value)"). Runs __tostring
 * protected; a failing one counts as absent. */
const char *host_error_push(lua_State *L, int v, int tb);

#endif
