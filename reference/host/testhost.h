/*
 * testhost.h -- std.testhost, the test object of the host-waits feature
 * (spec part 10): waits completed by the host's own event source, as an
 * embedder's I/O would be, for the conformance catalogue to pin.
 */
#ifndef STDTASK_TESTHOST_H
#define STDTASK_TESTHOST_H

#include <lua.h>
#include <uv.h>

/* Set std.testhost in L (the global table std must exist), its waits
 * timed on *loop (which need not be initialised yet).  Returns 0, or -1
 * without a std table. */
int testhost_open(lua_State *L, uv_loop_t *loop);

#endif
