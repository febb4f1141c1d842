/* net.h -- TCP for the example embedder (net.c). */
#ifndef EMBED_NET_H
#define EMBED_NET_H

#include <lua.h>
#include <uv.h>

/* Set the global `net` in L; its sockets live on *loop. */
int net_open(lua_State *L, uv_loop_t *loop);

#endif
