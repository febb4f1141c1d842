/*
 * cancel.c -- CancelToken, the effective token, checkpoints.
 *
 * Cancellation is cooperative and level-triggered (spec part 2): a token
 * once cancelled stays cancelled, and every checkpoint consulting it
 * raises "task cancelled" again, so a pcall cannot swallow a cancel.
 */
#include <stdlib.h>
#include <string.h>

#include "stdtask-int.h"

typedef struct token_ud {
  st_token *tok;  /* owned reference: released in token__gc */
  st_token own;   /* cancel_token()'s: nothing else refers to it, and its
                     memory goes with the userdata even when Lua never runs
                     the finalizer (one made by a finalizer at lua_close) */
} token_ud;


/* Make a token; a child of a cancelled parent is born cancelled. */
st_token *st_cancel_new(st_rt *rt, st_token *parent) {
  st_token *tok = malloc(sizeof *tok);

  if (tok == NULL)
    return NULL;
  tok->refs = 1;
  tok->embedded = 0;
  tok->cancelled = 0;
  tok->parent = parent;
  tok->rt = rt;
  st_link_init(&tok->children);
  st_link_init(&tok->sibling);
  st_link_init(&tok->waiters);
  if (parent != NULL) {
    st_cancel_ref(parent);
    st_link_insert_tail(&parent->children, &tok->sibling);
    tok->cancelled = parent->cancelled;
  }
  return tok;
}


void st_cancel_ref(st_token *tok) {
  tok->refs++;
}


void st_cancel_unref(st_token *tok) {
  while (tok != NULL && --tok->refs == 0) {
    st_token *parent = tok->parent;
    st_link_remove(&tok->sibling);
    /* Children hold a reference, so none is left; waiters are tasks whose
     * scope holds one, so none is left either. */
    if (!tok->embedded)
      free(tok);
    tok = parent;
  }
}


/* The first child of `parent`, from link `l` on, not cancelled yet. */
static st_token *next_uncancelled(st_token *parent, st_link *l) {
  for (; l != &parent->children; l = l->next) {
    st_token *c = st_container(l, st_token, sibling);
    if (!c->cancelled)
      return c;
  }
  return NULL;
}


/* Cancel `tok` and its descendants, waking every task in a cancel-aware
 * wait on any of them so it raises at its checkpoint.  A pre-order walk
 * through the parent links, not recursion: a chain of nested scopes is
 * as deep as the script makes it.  A cancelled token's descendants are
 * cancelled already: the walk skips them. */
void st_cancel_fire(st_token *tok) {
  st_token *root = tok;

  if (tok->cancelled)
    return;
  for (;;) {
    st_token *next;

    tok->cancelled = 1;
    while (!st_link_empty(&tok->waiters)) {
      st_task *t = st_container(tok->waiters.next, st_task, tok_link);
      st_sched_wake(t);  /* unlinks it from the waiters */
    }
    next = next_uncancelled(tok, tok->children.next);
    while (next == NULL && tok != root) {
      next = next_uncancelled(tok->parent, tok->sibling.next);
      tok = tok->parent;
    }
    if (next == NULL)
      return;
    tok = next;
  }
}


/* The token a task observes: its innermost open scope's, else the one of
 * the scope it belongs to. */
st_token *st_cancel_effective(st_task *t) {
  if (t->top != NULL)
    return t->top->token;
  return t->base != NULL ? t->base->token : NULL;
}


/* Is the value at idx the cancellation error (exactly the spec string)? */
int st_cancel_is_error(lua_State *L, int idx) {
  size_t len;
  const char *s;

  if (lua_type(L, idx) != LUA_TSTRING)
    return 0;
  s = lua_tolstring(L, idx, &len);
  return len == sizeof ST_MSG_CANCELLED - 1
         && memcmp(s, ST_MSG_CANCELLED, len) == 0;
}


/* Raise the cancellation error: a plain string, no position prefix. */
int st_cancel_raise(lua_State *L, st_task *t) {
  if (t != NULL)
    st_trace(t, STDTASK_EV_CANCEL, NULL);
  lua_pushliteral(L, ST_MSG_CANCELLED);
  return lua_error(L);
}


/* A checkpoint: raise if t's effective token is cancelled. */
void st_cancel_check(lua_State *L, st_task *t) {
  st_token *tok = st_cancel_effective(t);

  if (tok != NULL && tok->cancelled)
    st_cancel_raise(L, t);
}


static int raise_k(lua_State *L, int status, lua_KContext ctx) {
  (void)status;
  if (st_sched_foreign(L, ((st_task *)ctx)->rt, (st_task *)ctx))
    return lua_yieldk(L, 0, ctx, raise_k);
  return st_cancel_raise(L, (st_task *)ctx);
}


/* The checkpoint at the entry of a suspending function (sleep, join,
 * scope, with_timeout, the coroutine driver's yield): if cancelled,
 * suspend for one turn, then raise.  Like Trio's checkpoints it stays a
 * schedule point when it raises, so a loop that swallows the error with
 * pcall still lets the loop run, and with_timeout can abort it. */
void st_cancel_check_suspend(lua_State *L, st_task *t) {
  st_token *tok = st_cancel_effective(t);

  if (tok != NULL && tok->cancelled) {
    lua_settop(L, 0);
    st_sched_enqueue(t);
    lua_yieldk(L, 0, (lua_KContext)t, raise_k);  /* throws: never returns */
  }
}


/* Enter a cancel-aware wait: a cancel of the effective token wakes t. */
void st_cancel_wait(st_task *t) {
  st_token *tok = st_cancel_effective(t);

  if (tok == NULL)
    return;
  st_link_insert_tail(&tok->waiters, &t->tok_link);
}


void st_cancel_unwait(st_task *t) {
  st_link_remove(&t->tok_link);  /* a no-op when not linked */
}


/* Suspend t for ms: a cancel-aware wait on a timer. */
void st_cancel_sleep(lua_State *L, st_task *t, uint64_t ms) {
  st_sched_timer_add(L, t, ms);
  t->state = ST_WAITING;
  t->wait = ST_W_SLEEP;
  st_cancel_wait(t);
}


/* [-0, +1] pushes a new CancelToken userdata holding a reference. */
void st_cancel_push_token(lua_State *L, st_token *tok) {
  token_ud *u = lua_newuserdatauv(L, sizeof *u, 0);

  u->tok = NULL;
  luaL_setmetatable(L, ST_TOKEN_MT);
  st_cancel_ref(tok);
  u->tok = tok;
}


/* The token of the CancelToken at 1; raises for one whose finalizer ran
 * (a resurrected object: its token is released). */
static st_token *check_token(lua_State *L, const char *fname) {
  token_ud *u = st_base_checkud(L, 1, ST_TOKEN_MT, fname);

  if (u->tok == NULL)
    st_base_finalized(L, fname, ST_TOKEN_MT);
  return u->tok;
}


/* std.task.cancel_token(): a standalone token, linked to nothing. */
int st_cancel_token_new(lua_State *L) {
  token_ud *u;

  u = lua_newuserdatauv(L, sizeof *u, 0);
  memset(u, 0, sizeof *u);
  u->own.refs = 1;
  u->own.embedded = 1;
  u->own.rt = st_base_rt(L)->gone ? NULL : st_base_rt(L);
  st_link_init(&u->own.children);
  st_link_init(&u->own.sibling);
  st_link_init(&u->own.waiters);
  luaL_setmetatable(L, ST_TOKEN_MT);
  u->tok = &u->own;
  return 1;
}


/* std.task.checkpoint(): observe cancellation without switching. */
int st_cancel_checkpoint(lua_State *L) {
  st_rt *rt = st_base_rt(L);

  if (rt != NULL && rt->current != NULL)
    st_cancel_check(L, rt->current);
  return 0;
}


static int token_cancel(lua_State *L) {
  st_cancel_fire(check_token(L, "cancel"));
  return 0;
}


static int token_is_cancelled(lua_State *L) {
  lua_pushboolean(L, check_token(L, "is_cancelled")->cancelled);
  return 1;
}


static int token_check(lua_State *L) {
  if (check_token(L, "check")->cancelled)
    return st_cancel_raise(L, NULL);
  return 0;
}


static int token__gc(lua_State *L) {
  token_ud *u = luaL_checkudata(L, 1, ST_TOKEN_MT);

  if (u->tok != NULL) {
    st_cancel_unref(u->tok);
    u->tok = NULL;
  }
  return 0;
}


static int token__tostring(lua_State *L) {
  token_ud *u = luaL_checkudata(L, 1, ST_TOKEN_MT);

  lua_pushfstring(L, "std.task.CancelToken (%s): %p",
                  u->tok == NULL ? "finalized"
                  : u->tok->cancelled ? "cancelled" : "active",
                  (void *)u);
  return 1;
}


static const luaL_Reg token_methods[] = {
  {"cancel", token_cancel},
  {"is_cancelled", token_is_cancelled},
  {"check", token_check},
  {NULL, NULL}
};

static const luaL_Reg token_metamethods[] = {
  {"__gc", token__gc},
  {"__tostring", token__tostring},
  {NULL, NULL}
};


/* Build the CancelToken metatable (complete before any token exists). */
void st_cancel_open(lua_State *L) {
  luaL_newmetatable(L, ST_TOKEN_MT);
  luaL_setfuncs(L, token_metamethods, 0);
  luaL_newlibtable(L, token_methods);
  lua_pushvalue(L, -2);
  luaL_setfuncs(L, token_methods, 1);  /* upvalue: the metatable */
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
}
