/*
 * testhost.h -- std.testhost, the test object of the host-waits feature
 * (spec part 10): waits completed by the host's own event source, as an
 * embedder's I/O would be, for the conformance catalogue to pin.
 */
#ifndef STDTASK_TESTHOST_H
#define STDTASK_TESTHOST_H

#include <lua.h>
#include <uv.h>

/* [-0, +1] Push the std.testhost table; its waits run on the loop of
 * the runtime that runs the calling task (stdtask_loop). */
int testhost_push(lua_State *L);

/* Set std.testhost in L (the global table std must exist).  Returns 0, or
 * -1 without a std table. */
int testhost_open(lua_State *L);

#endif
