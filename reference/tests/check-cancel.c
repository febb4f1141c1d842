/*
 * check-cancel.c -- cancellation tokens (cancel.c, spec part 2): the token
 * tree and its reference counts, st_cancel_is_error, and CancelToken as
 * Lua sees it.
 *
 * Every C-level test releases each reference it takes, so that a run
 * under valgrind (CK_FORK=no) reports no leak.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "stdtask-int.h"
#include "support.h"


static unsigned int nchildren(const st_token *tok) {
  const st_link *l;
  unsigned int n = 0;

  for (l = tok->children.next; l != &tok->children; l = l->next)
    n++;
  return n;
}


/* Tree. */

START_TEST(test_cancel_new_token_is_active) {
  st_token *tok = st_cancel_new(NULL, NULL);

  ck_assert_ptr_nonnull(tok);
  ck_assert_uint_eq(tok->refs, 1);
  ck_assert_int_eq(tok->cancelled, 0);
  ck_assert_ptr_null(tok->parent);
  ck_assert(st_link_empty(&tok->children));
  ck_assert(st_link_empty(&tok->waiters));
  st_cancel_unref(tok);
}
END_TEST


START_TEST(test_cancel_child_links_to_parent) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c = st_cancel_new(NULL, p);

  ck_assert_ptr_eq(c->parent, p);
  ck_assert_uint_eq(p->refs, 2);  /* the child holds one */
  ck_assert_uint_eq(c->refs, 1);
  ck_assert_uint_eq(nchildren(p), 1);
  ck_assert_int_eq(c->cancelled, 0);
  st_cancel_unref(c);
  st_cancel_unref(p);
}
END_TEST


START_TEST(test_cancel_child_of_cancelled_parent_born_cancelled) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c, *g;

  st_cancel_fire(p);
  c = st_cancel_new(NULL, p);
  g = st_cancel_new(NULL, c);
  ck_assert_int_eq(c->cancelled, 1);
  ck_assert_int_eq(g->cancelled, 1);
  st_cancel_unref(g);
  st_cancel_unref(c);
  st_cancel_unref(p);
}
END_TEST


START_TEST(test_cancel_parent_cancels_descendants) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c1 = st_cancel_new(NULL, p);
  st_token *c2 = st_cancel_new(NULL, p);
  st_token *g1 = st_cancel_new(NULL, c1);
  st_token *g2 = st_cancel_new(NULL, c2);
  st_token *gg = st_cancel_new(NULL, g2);

  st_cancel_fire(p);
  ck_assert_int_eq(p->cancelled, 1);
  ck_assert_int_eq(c1->cancelled, 1);
  ck_assert_int_eq(c2->cancelled, 1);
  ck_assert_int_eq(g1->cancelled, 1);
  ck_assert_int_eq(g2->cancelled, 1);
  ck_assert_int_eq(gg->cancelled, 1);
  st_cancel_unref(gg);
  st_cancel_unref(g2);
  st_cancel_unref(g1);
  st_cancel_unref(c2);
  st_cancel_unref(c1);
  st_cancel_unref(p);
}
END_TEST


START_TEST(test_cancel_child_never_cancels_parent) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c1 = st_cancel_new(NULL, p);
  st_token *c2 = st_cancel_new(NULL, p);
  st_token *g1 = st_cancel_new(NULL, c1);

  st_cancel_fire(c1);
  ck_assert_int_eq(c1->cancelled, 1);
  ck_assert_int_eq(g1->cancelled, 1);
  ck_assert_int_eq(p->cancelled, 0);   /* never an ancestor */
  ck_assert_int_eq(c2->cancelled, 0);  /* nor a sibling */
  st_cancel_unref(g1);
  st_cancel_unref(c2);
  st_cancel_unref(c1);
  st_cancel_unref(p);
}
END_TEST


START_TEST(test_cancel_fire_idempotent) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c = st_cancel_new(NULL, p);

  st_cancel_fire(p);
  st_cancel_fire(p);
  st_cancel_fire(c);
  ck_assert_int_eq(p->cancelled, 1);
  ck_assert_int_eq(c->cancelled, 1);
  ck_assert_uint_eq(p->refs, 2);  /* firing takes and drops nothing */
  ck_assert_uint_eq(c->refs, 1);
  ck_assert_uint_eq(nchildren(p), 1);
  st_cancel_unref(c);
  st_cancel_unref(p);
}
END_TEST


/* Reference counts. */

START_TEST(test_cancel_unref_child_unlinks_it) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c = st_cancel_new(NULL, p);

  st_cancel_ref(c);
  ck_assert_uint_eq(c->refs, 2);
  st_cancel_unref(c);
  ck_assert_uint_eq(nchildren(p), 1);  /* one reference left: alive */
  st_cancel_unref(c);                  /* the last one frees it */
  ck_assert_uint_eq(nchildren(p), 0);
  ck_assert_uint_eq(p->refs, 1);       /* and drops its hold on p */
  st_cancel_unref(p);
}
END_TEST


START_TEST(test_cancel_child_keeps_parent_alive) {
  st_token *p = st_cancel_new(NULL, NULL);
  st_token *c = st_cancel_new(NULL, p);

  st_cancel_unref(p);  /* the creator lets go first */
  ck_assert_ptr_eq(c->parent, p);
  ck_assert_uint_eq(c->parent->refs, 1);
  ck_assert_uint_eq(nchildren(c->parent), 1);
  st_cancel_fire(c->parent);  /* still usable through the child */
  ck_assert_int_eq(c->cancelled, 1);
  st_cancel_unref(c);  /* frees c, then p (valgrind: no leak) */
}
END_TEST


START_TEST(test_cancel_unref_frees_long_chain) {
  enum { DEPTH = 10000 };
  st_token *root = st_cancel_new(NULL, NULL);
  st_token *first = NULL, *t = root;
  int i;

  for (i = 0; i < DEPTH; i++) {
    st_token *c = st_cancel_new(NULL, t);
    if (t != root)
      st_cancel_unref(t);  /* only the child holds it now */
    else
      first = c;
    t = c;
  }
  ck_assert_uint_eq(root->refs, 2);
  ck_assert_uint_eq(first->refs, 1);
  st_cancel_fire(first);
  ck_assert_int_eq(t->cancelled, 1);
  ck_assert_int_eq(root->cancelled, 0);
  st_cancel_unref(t);  /* the whole chain goes, iteratively */
  ck_assert_uint_eq(root->refs, 1);
  ck_assert_uint_eq(nchildren(root), 0);
  st_cancel_unref(root);
}
END_TEST


/* Waiters: a cancel wakes a task in a cancel-aware wait on the token or
 * on any descendant, and unlinks it. */
START_TEST(test_cancel_fire_wakes_waiters_of_descendants) {
  lua_State *L = st_test_state_new();
  st_test_env env;
  st_rt *rt;
  st_token *p, *c;
  st_task *w[2];
  int i;

  st_test_env_open(&env, L);
  rt = (st_rt *)env.rt;
  p = st_cancel_new(rt, NULL);
  c = st_cancel_new(rt, p);
  for (i = 0; i < 2; i++) {
    w[i] = calloc(1, sizeof *w[i]);
    ck_assert_ptr_nonnull(w[i]);
    w[i]->rt = rt;
    w[i]->state = ST_WAITING;
    w[i]->wait = ST_W_SLEEP;
    w[i]->ref = LUA_NOREF;
    st_link_init(&w[i]->qlink);
    st_link_insert_tail(&(i == 0 ? p : c)->waiters, &w[i]->tok_link);
  }
  st_cancel_fire(p);
  for (i = 0; i < 2; i++) {
    ck_assert_int_eq(w[i]->state, ST_READY);
    ck_assert_int_eq(w[i]->wait, ST_W_NONE);
    ck_assert(st_link_empty(&w[i]->tok_link));
    ck_assert(w[i]->flags & ST_F_QUEUED);
  }
  ck_assert(st_link_empty(&p->waiters));
  ck_assert(st_link_empty(&c->waiters));
  /* Queued in order: p's waiter first, then its child's. */
  ck_assert_ptr_eq(rt->queue.next, &w[0]->qlink);
  ck_assert_ptr_eq(rt->queue.next->next, &w[1]->qlink);
  for (i = 0; i < 2; i++) {
    st_sched_dequeue(w[i]);  /* before the loop could resume them */
    free(w[i]);
  }
  st_cancel_unref(c);
  st_cancel_unref(p);
  st_test_env_close(&env);
  lua_close(L);
}
END_TEST


/* The cancellation error. */

START_TEST(test_cancel_is_error_exact_string_only) {
  lua_State *L = st_test_state_new();

  lua_pushliteral(L, "task cancelled");
  ck_assert(st_cancel_is_error(L, -1));
  ck_assert(st_cancel_is_error(L, 1));  /* absolute index too */
  lua_settop(L, 0);
  lua_pushliteral(L, "task cancelled ");
  lua_pushliteral(L, "task cancelle");
  lua_pushliteral(L, "Task cancelled");
  lua_pushliteral(L, "main:1: task cancelled");
  lua_pushlstring(L, "task cancelled\0x", 16);
  lua_pushliteral(L, "");
  lua_pushnil(L);
  lua_pushinteger(L, 1);
  lua_newtable(L);
  lua_pushboolean(L, 1);
  {
    int i;
    for (i = 1; i <= lua_gettop(L); i++)
      ck_assert_msg(!st_cancel_is_error(L, i), "value %d taken for it", i);
  }
  ck_assert(!st_cancel_is_error(L, 99));  /* none */
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_is_error_ignores_tostring) {
  lua_State *L = st_test_state_new();

  /* A table whose __tostring says it is not the error either. */
  st_test_dostring(L,
    "v = setmetatable({}, {__tostring = function() "
    "return 'task cancelled' end})\n");
  lua_getglobal(L, "v");
  ck_assert(!st_cancel_is_error(L, -1));
  ck_assert_int_eq(lua_type(L, -1), LUA_TTABLE);  /* left as it was */
  lua_close(L);
}
END_TEST


/* CancelToken from Lua. */

START_TEST(test_cancel_token_check_raises_exact_message) {
  lua_State *L = st_test_state_new();

  st_test_dostring(L,
    "local tok = std.task.cancel_token()\n"
    "ok0 = pcall(tok.check, tok)\n"
    "tok:cancel()\n"
    "ok1, e1 = pcall(tok.check, tok)\n"
    "ok2, e2 = pcall(function() tok:check() end)\n"
    "t2 = type(e2)\n");
  ck_assert(st_test_gbool(L, "ok0"));
  ck_assert(!st_test_gbool(L, "ok1"));
  ck_assert_str_eq(st_test_gstr(L, "e1"), "task cancelled");
  ck_assert(!st_test_gbool(L, "ok2"));
  ck_assert_str_eq(st_test_gstr(L, "t2"), "string");
  ck_assert_str_eq(st_test_gstr(L, "e2"), "task cancelled");  /* no pos */
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_token_level_triggered) {
  lua_State *L = st_test_state_new();

  st_test_dostring(L,
    "local tok = std.task.cancel_token()\n"
    "tok:cancel()\n"
    "_, e1 = pcall(tok.check, tok)\n"
    "_, e2 = pcall(tok.check, tok)\n"
    "tok:cancel()\n"
    "still = tok:is_cancelled()\n");
  ck_assert_str_eq(st_test_gstr(L, "e1"), "task cancelled");
  ck_assert_str_eq(st_test_gstr(L, "e2"), "task cancelled");
  ck_assert(st_test_gbool(L, "still"));
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_token_is_cancelled) {
  lua_State *L = st_test_state_new();

  st_test_dostring(L,
    "local a, b = std.task.cancel_token(), std.task.cancel_token()\n"
    "before = a:is_cancelled()\n"
    "a:cancel()\n"
    "after = a:is_cancelled()\n"
    "other = b:is_cancelled()\n"
    "ta = type(after)\n");
  ck_assert(!st_test_gbool(L, "before"));
  ck_assert(st_test_gbool(L, "after"));
  ck_assert(!st_test_gbool(L, "other"));  /* standalone: linked to none */
  ck_assert_str_eq(st_test_gstr(L, "ta"), "boolean");
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_token_tostring) {
  lua_State *L = st_test_state_new();

  st_test_dostring(L,
    "local tok = std.task.cancel_token()\n"
    "s1 = tostring(tok)\n"
    "tok:cancel()\n"
    "s2 = tostring(tok)\n"
    "mt = getmetatable(tok)\n");
  ck_assert(st_test_contains(st_test_gstr(L, "s1"), "std.task.CancelToken"));
  ck_assert(st_test_contains(st_test_gstr(L, "s2"), "std.task.CancelToken"));
  ck_assert_str_ne(st_test_gstr(L, "s1"), st_test_gstr(L, "s2"));
  ck_assert_str_eq(st_test_gstr(L, "mt"), "locked");
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_token_wrong_self) {
  lua_State *L = st_test_state_new();

  st_test_dostring(L,
    "local tok = std.task.cancel_token()\n"
    "_, e_check = pcall(tok.check, 42)\n"
    "_, e_cancel = pcall(tok.cancel, {})\n"
    "_, e_is = pcall(tok.is_cancelled)\n"
    "_, e_file = pcall(tok.check, io.stdout)\n"
    "_, e_meth = pcall(function() local t = {check = tok.check}\n"
    "  return t:check() end)\n");
  ck_assert_str_eq(st_test_gstr(L, "e_check"),
                   "bad argument #1 to 'check' "
                   "(std.task.CancelToken expected, got number)");
  ck_assert(st_test_contains(st_test_gstr(L, "e_cancel"),
                             "std.task.CancelToken expected"));
  ck_assert(st_test_contains(st_test_gstr(L, "e_cancel"), "'cancel'"));
  ck_assert(st_test_contains(st_test_gstr(L, "e_is"),
                             "std.task.CancelToken expected, got no value"));
  ck_assert(st_test_contains(st_test_gstr(L, "e_file"),
                             "std.task.CancelToken expected, got FILE*"));
  ck_assert(st_test_contains(st_test_gstr(L, "e_meth"),
                             "std.task.CancelToken expected, got table"));
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_standalone_token_cancels_nothing) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "local tok = std.task.cancel_token()\n"
    "tok:cancel()\n"
    "std.task.checkpoint()\n"
    "std.task.yield()\n"
    "local h = std.task.spawn(function() std.task.sleep(1); return 7 end)\n"
    "got = h:join()\n");
  ck_assert_int_eq(st_test_gint(L, "got"), 7);
  lua_close(L);
}
END_TEST


/* Tokens in scopes (the tree from Lua). */

START_TEST(test_cancel_scope_token_cached_and_live) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "std.task.scope(function(s)\n"
    "  local t = s:token()\n"
    "  same = rawequal(t, s:token())\n"
    "  before = t:is_cancelled()\n"
    "  s:cancel()\n"
    "  after = t:is_cancelled()\n"
    "  _, e = pcall(t.check, t)\n"
    "  kept = t\n"
    "end)\n"
    "later = kept:is_cancelled()\n");
  ck_assert(st_test_gbool(L, "same"));
  ck_assert(!st_test_gbool(L, "before"));
  ck_assert(st_test_gbool(L, "after"));
  ck_assert_str_eq(st_test_gstr(L, "e"), "task cancelled");
  ck_assert(st_test_gbool(L, "later"));  /* outlives its scope */
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_outer_scope_cancels_inner_tasks) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "log = {}\n"
    "std.task.scope(function(outer)\n"
    "  outer:spawn(function()\n"
    "    std.task.scope(function(inner)\n"
    "      inner_tok = inner:token()\n"
    "      local h = inner:spawn(function()\n"
    "        local ok, e = pcall(std.task.sleep, 100000)\n"
    "        log[#log + 1] = e\n"
    "        error(e, 0)\n"
    "      end)\n"
    "      elapsed_h = h\n"
    "    end)\n"
    "  end)\n"
    "  std.task.sleep(1)\n"
    "  outer:cancel()\n"
    "end)\n"
    "inner_cancelled = inner_tok:is_cancelled()\n"
    "ms = elapsed_h:elapsed()\n");
  ck_assert_str_eq(st_test_glog(L, "log"), "task cancelled");
  ck_assert(st_test_gbool(L, "inner_cancelled"));
  lua_getglobal(L, "ms");
  ck_assert_msg(lua_tonumber(L, -1) < 5000.0,
                "the cancel did not wake the sleeper (%g ms)",
                (double)lua_tonumber(L, -1));
  lua_close(L);
}
END_TEST


START_TEST(test_cancel_inner_scope_leaves_outer) {
  lua_State *L = st_test_state_new();

  st_test_run_ok(L,
    "std.task.scope(function(outer)\n"
    "  outer_tok = outer:token()\n"
    "  local sib = outer:spawn(function()\n"
    "    std.task.sleep(5); return 'done' end)\n"
    "  std.task.scope(function(inner)\n"
    "    inner:cancel()\n"
    "    inner_c = inner:token():is_cancelled()\n"
    "  end)\n"
    "  sib_result = sib:join()\n"
    "end)\n"
    "outer_c = outer_tok:is_cancelled()\n");
  ck_assert(st_test_gbool(L, "inner_c"));
  ck_assert(!st_test_gbool(L, "outer_c"));
  ck_assert_str_eq(st_test_gstr(L, "sib_result"), "done");
  lua_close(L);
}
END_TEST


static Suite *cancel_suite(void) {
  Suite *s = suite_create("cancel");
  TCase *tc;

  tc = tcase_create("tree");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_cancel_new_token_is_active);
  tcase_add_test(tc, test_cancel_child_links_to_parent);
  tcase_add_test(tc, test_cancel_child_of_cancelled_parent_born_cancelled);
  tcase_add_test(tc, test_cancel_parent_cancels_descendants);
  tcase_add_test(tc, test_cancel_child_never_cancels_parent);
  tcase_add_test(tc, test_cancel_fire_idempotent);
  tcase_add_test(tc, test_cancel_fire_wakes_waiters_of_descendants);
  suite_add_tcase(s, tc);

  tc = tcase_create("refcount");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_cancel_unref_child_unlinks_it);
  tcase_add_test(tc, test_cancel_child_keeps_parent_alive);
  tcase_add_test(tc, test_cancel_unref_frees_long_chain);
  suite_add_tcase(s, tc);

  tc = tcase_create("error");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_cancel_is_error_exact_string_only);
  tcase_add_test(tc, test_cancel_is_error_ignores_tostring);
  suite_add_tcase(s, tc);

  tc = tcase_create("token");
  tcase_set_timeout(tc, 5);
  tcase_add_test(tc, test_cancel_token_check_raises_exact_message);
  tcase_add_test(tc, test_cancel_token_level_triggered);
  tcase_add_test(tc, test_cancel_token_is_cancelled);
  tcase_add_test(tc, test_cancel_token_tostring);
  tcase_add_test(tc, test_cancel_token_wrong_self);
  tcase_add_test(tc, test_cancel_standalone_token_cancels_nothing);
  suite_add_tcase(s, tc);

  tc = tcase_create("scope");
  tcase_set_timeout(tc, 10);
  tcase_add_test(tc, test_cancel_scope_token_cached_and_live);
  tcase_add_test(tc, test_cancel_outer_scope_cancels_inner_tasks);
  tcase_add_test(tc, test_cancel_inner_scope_leaves_outer);
  suite_add_tcase(s, tc);
  return s;
}


int main(void) {
  return st_test_main(cancel_suite());
}
