/*
 * net.c -- TCP for Lua scripts run by std.task, on the host's libuv loop,
 * through host-defined waits (stdtask_wait_*): accept, connect, read and
 * write suspend the calling task until libuv completes them, and a cancel,
 * a with_timeout or an abort of the task stops what libuv was doing.
 *
 *   net.listen(port) -> server       127.0.0.1; port 0: any free port
 *   server:port() -> integer
 *   server:accept() -> conn          suspends until a client connects
 *   net.connect(ip, port) -> conn    suspends until connected
 *   conn:read() -> string | nil      suspends until data (nil: EOF)
 *   conn:write(s)                    suspends until written
 *   conn:close(), server:close()
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "net.h"
#include "stdtask.h"

#define SOCK_MT "embed.socket"

typedef struct sock sock;
typedef struct op op;

struct sock {
  uv_tcp_t tcp;                 /* data = the sock */
  sock **owner;                 /* the userdata's slot, while it exists */
  int closing;
  int backlog;                  /* connections not accepted yet */
  op *waiting;                  /* the one pending accept or read */
};

struct op {
  stdtask_wait w;               /* first: the wait is the request */
  sock *s;
  union { uv_write_t wr; uv_connect_t cr; } req;
  int ref;                      /* connect: the new socket's userdata */
  int ended;                    /* the runtime let go: free when libuv is done */
  char *buf;
};

static lua_State *mainL;        /* the registry, from libuv callbacks */
static uv_loop_t *loop;


static void on_sock_closed(uv_handle_t *h) {
  sock *s = h->data;

  if (s->owner != NULL)
    *s->owner = NULL;  /* the userdata now reads as closed */
  free(s);
}


static void sock_close(sock *s) {
  if (s != NULL && !s->closing) {
    s->closing = 1;
    uv_close((uv_handle_t *)&s->tcp, on_sock_closed);
  }
}


/* [-0, +1] a new socket userdata on L (a pointer: the memory outlives
 * the userdata until libuv closed the handle). */
static sock *sock_push(lua_State *L) {
  sock **u = lua_newuserdatauv(L, sizeof *u, 0);
  sock *s = calloc(1, sizeof *s);

  if (s == NULL)
    luaL_error(L, "net: not enough memory");
  *u = s;
  s->owner = u;
  uv_tcp_init(loop, &s->tcp);
  s->tcp.data = s;
  luaL_setmetatable(L, SOCK_MT);
  return s;
}


static sock *sock_check(lua_State *L) {
  sock *s = *(sock **)luaL_checkudata(L, 1, SOCK_MT);

  if (s == NULL || s->closing)
    luaL_error(L, "net: socket is closed");
  return s;
}


static op *op_new(lua_State *L, sock *s) {
  op *o = calloc(1, sizeof *o);

  if (o == NULL)
    luaL_error(L, "net: not enough memory");
  o->s = s;
  o->ref = LUA_NOREF;
  return o;
}


static void op_free(op *o) {
  luaL_unref(mainL, LUA_REGISTRYINDEX, o->ref);
  free(o->buf);
  free(o);
}


/* Reject w with libuv's message for status. */
static void reject(op *o, int status) {
  lua_State *co = stdtask_wait_thread(&o->w);

  if (co != NULL) {
    lua_pushstring(co, uv_strerror(status));
    stdtask_wait_reject(&o->w);
  }
}


/* read and accept: one wait on the socket at a time; cancel = forget it */
static void waiting_cancel(stdtask_wait *w) {
  op *o = (op *)w;

  if (o->s->waiting == o) {
    o->s->waiting = NULL;
    uv_read_stop((uv_stream_t *)&o->s->tcp);  /* no-op for a server */
  }
  op_free(o);
}


static void on_alloc(uv_handle_t *h, size_t size, uv_buf_t *buf) {
  (void)h;
  buf->base = malloc(size);
  buf->len = buf->base != NULL ? size : 0;
}


static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
  sock *s = st->data;
  op *o = s->waiting;

  if (n == 0 || o == NULL) {  /* nothing yet, or nobody reads any more */
    free(buf->base);
    return;
  }
  s->waiting = NULL;
  uv_read_stop(st);
  if (n > 0) {
    lua_State *co = stdtask_wait_thread(&o->w);
    lua_pushlstring(co, buf->base, (size_t)n);
    stdtask_wait_resolve(&o->w, 1);
  } else if (n == UV_EOF) {
    lua_pushnil(stdtask_wait_thread(&o->w));
    stdtask_wait_resolve(&o->w, 1);
  } else {
    reject(o, (int)n);
  }
  free(buf->base);
  op_free(o);
}


static int conn_read(lua_State *L) {
  sock *s = sock_check(L);
  op *o;
  int rc;

  if (s->waiting != NULL)
    return luaL_error(L, "read: another read is pending");
  o = op_new(L, s);
  rc = uv_read_start((uv_stream_t *)&s->tcp, on_alloc, on_read);
  if (rc != 0) {
    op_free(o);
    return luaL_error(L, "read: %s", uv_strerror(rc));
  }
  s->waiting = o;
  return stdtask_wait_suspend(L, &o->w, "net.read", waiting_cancel);
}


/* write and connect: libuv cannot take them back; the op lives until its
 * callback, which only frees it when the runtime let go first. */
static void ended_cancel(stdtask_wait *w) {
  ((op *)w)->ended = 1;
}


static void on_write(uv_write_t *req, int status) {
  op *o = req->data;

  if (!o->ended) {
    if (status < 0)
      reject(o, status);
    else
      stdtask_wait_resolve(&o->w, 0);
  }
  op_free(o);
}


static int conn_write(lua_State *L) {
  sock *s = sock_check(L);
  size_t len;
  const char *data = luaL_checklstring(L, 2, &len);
  op *o = op_new(L, s);
  uv_buf_t b;
  int rc;

  o->buf = malloc(len > 0 ? len : 1);
  if (o->buf == NULL) {
    op_free(o);
    return luaL_error(L, "write: not enough memory");
  }
  memcpy(o->buf, data, len);
  b = uv_buf_init(o->buf, (unsigned int)len);
  o->req.wr.data = o;
  rc = uv_write(&o->req.wr, (uv_stream_t *)&s->tcp, &b, 1, on_write);
  if (rc != 0) {
    op_free(o);
    return luaL_error(L, "write: %s", uv_strerror(rc));
  }
  return stdtask_wait_suspend(L, &o->w, "net.write", ended_cancel);
}


static void on_connect(uv_connect_t *req, int status) {
  op *o = req->data;

  if (!o->ended) {
    lua_State *co = stdtask_wait_thread(&o->w);
    if (status < 0) {
      reject(o, status);
    } else {
      lua_rawgeti(mainL, LUA_REGISTRYINDEX, o->ref);
      lua_xmove(mainL, co, 1);
      stdtask_wait_resolve(&o->w, 1);
    }
  }
  op_free(o);
}


/* Cancelled while connecting: closing the socket makes libuv call
 * on_connect with UV_ECANCELED. */
static void connect_cancel(stdtask_wait *w) {
  op *o = (op *)w;

  o->ended = 1;
  sock_close(o->s);
}


static int net_connect(lua_State *L) {
  const char *ip = luaL_checkstring(L, 1);
  int port = (int)luaL_checkinteger(L, 2);
  struct sockaddr_in addr;
  sock *s;
  op *o;
  int rc;

  if (uv_ip4_addr(ip, port, &addr) != 0)
    return luaL_error(L, "connect: bad address '%s'", ip);
  s = sock_push(L);
  o = op_new(L, s);
  lua_pushvalue(L, -1);
  o->ref = luaL_ref(L, LUA_REGISTRYINDEX);
  o->req.cr.data = o;
  rc = uv_tcp_connect(&o->req.cr, &s->tcp, (const struct sockaddr *)&addr,
                      on_connect);
  if (rc != 0) {
    op_free(o);
    return luaL_error(L, "connect: %s", uv_strerror(rc));
  }
  return stdtask_wait_suspend(L, &o->w, "net.connect", connect_cancel);
}


/* Accept one pending connection into a new socket on co. */
static int accept_into(lua_State *co, sock *server) {
  sock *c = sock_push(co);
  int rc = uv_accept((uv_stream_t *)&server->tcp, (uv_stream_t *)&c->tcp);

  if (rc == 0)
    server->backlog--;
  return rc;
}


static void on_connection(uv_stream_t *st, int status) {
  sock *server = st->data;
  op *o = server->waiting;

  if (status < 0)
    return;
  server->backlog++;
  if (o == NULL)
    return;
  server->waiting = NULL;
  if (accept_into(stdtask_wait_thread(&o->w), server) == 0)
    stdtask_wait_resolve(&o->w, 1);
  else
    reject(o, UV_ECONNABORTED);
  op_free(o);
}


static int server_accept(lua_State *L) {
  sock *s = sock_check(L);
  op *o;

  if (s->waiting != NULL)
    return luaL_error(L, "accept: another accept is pending");
  if (s->backlog > 0) {  /* one is there: no need to wait */
    int rc = accept_into(L, s);
    if (rc != 0)
      return luaL_error(L, "accept: %s", uv_strerror(rc));
    return 1;
  }
  o = op_new(L, s);
  s->waiting = o;
  return stdtask_wait_suspend(L, &o->w, "net.accept", waiting_cancel);
}


static int net_listen(lua_State *L) {
  int port = (int)luaL_checkinteger(L, 1);
  struct sockaddr_in addr;
  sock *s = sock_push(L);
  int rc;

  uv_ip4_addr("127.0.0.1", port, &addr);
  rc = uv_tcp_bind(&s->tcp, (const struct sockaddr *)&addr, 0);
  if (rc == 0)
    rc = uv_listen((uv_stream_t *)&s->tcp, 16, on_connection);
  if (rc != 0)
    return luaL_error(L, "listen: %s", uv_strerror(rc));
  return 1;
}


static int server_port(lua_State *L) {
  sock *s = sock_check(L);
  struct sockaddr_in addr;
  int len = sizeof addr;

  uv_tcp_getsockname(&s->tcp, (struct sockaddr *)&addr, &len);
  lua_pushinteger(L, ntohs(addr.sin_port));
  return 1;
}


static int sock_close_l(lua_State *L) {
  sock *s = *(sock **)luaL_checkudata(L, 1, SOCK_MT);

  if (s != NULL && s->waiting != NULL)
    return luaL_error(L, "close: a read or accept is pending on it");
  sock_close(s);
  return 0;
}


static int sock_gc(lua_State *L) {
  sock **u = luaL_checkudata(L, 1, SOCK_MT);

  if (*u != NULL) {
    (*u)->owner = NULL;  /* the slot goes with the userdata */
    sock_close(*u);
  }
  *u = NULL;
  return 0;
}


int net_open(lua_State *L, uv_loop_t *l) {
  static const luaL_Reg methods[] = {
    {"read", conn_read}, {"write", conn_write}, {"accept", server_accept},
    {"port", server_port}, {"close", sock_close_l}, {NULL, NULL}
  };
  static const luaL_Reg funcs[] = {
    {"listen", net_listen}, {"connect", net_connect}, {NULL, NULL}
  };

  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
  mainL = lua_tothread(L, -1);
  lua_pop(L, 1);
  loop = l;
  luaL_newmetatable(L, SOCK_MT);
  luaL_newlib(L, methods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, sock_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newlib(L, funcs);
  lua_setglobal(L, "net");
  return 0;
}
