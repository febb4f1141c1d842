/*
 * dump.c -- the live tree of scopes and tasks, for "my scope never
 * returns" (libuv's uv_print_all_handles is the model: the host picks the
 * stream and the moment, e.g. on SIGQUIT).
 */
#include <string.h>

#include "stdtask-int.h"

#define MAX_DEPTH 64  /* deeper levels print without more indentation */
#define MAX_LEVELS 256  /* deeper scopes are summed up in one line: the
                           dump recurses, on any thread's stack */


static const char *ref_name(st_rt *rt, int ref) {
  const char *name = NULL;

  if (ref != LUA_NOREF) {
    lua_rawgeti(rt->L, LUA_REGISTRYINDEX, ref);
    name = lua_tostring(rt->L, -1);  /* the registry keeps it alive */
    lua_pop(rt->L, 1);
  }
  return name;
}


static void indent(FILE *f, int depth) {
  fprintf(f, "%*s", 2 * (depth < MAX_DEPTH ? depth : MAX_DEPTH), "");
}


static void dump_scope(FILE *f, st_scope *s, int depth, uint64_t now);


static void task_state(FILE *f, st_task *t, uint64_t now) {
  switch (t->state) {
    case ST_NEW: fputs("not started", f); break;
    case ST_READY: fputs("ready", f); break;
    case ST_RUNNING: fputs("running", f); break;
    case ST_DONE: fputs("finished", f); break;
    default:
      switch (t->wait) {
        case ST_W_SLEEP: {
          uint64_t due = t->bucket != NULL ? t->bucket->deadline : now;
          fprintf(f, "sleeping, wakes in %llu ms",
                  (unsigned long long)(due > now ? due - now : 0));
          break;
        }
        case ST_W_JOIN:
          fprintf(f, "joining task #%llu", t->target ? t->target->id : 0);
          break;
        case ST_W_DRAIN:
          fprintf(f, "draining scope #%llu", t->top ? t->top->id : 0);
          break;
        case ST_W_TIMEOUT:
          fprintf(f, "in with_timeout (scope #%llu)", t->top ? t->top->id : 0);
          break;
        case ST_W_HOST:
          fprintf(f, "waiting on %s", t->hw != NULL ? t->hw->name_ : "the host");
          break;
        default: fputs("waiting", f); break;
      }
  }
  {
    st_token *tok = st_cancel_effective(t);
    if (tok != NULL && tok->cancelled)
      fputs(", cancelled", f);
  }
}


static void dump_task(FILE *f, st_task *t, int depth, uint64_t now) {
  st_rt *rt = t->rt;
  st_scope *stack[MAX_DEPTH];
  st_scope *s;
  const char *name;
  int n = 0;

  indent(f, depth);
  if (t->kind == ST_K_MAIN)
    fputs("main chunk", f);
  else if (t->kind == ST_K_BODY)
    fprintf(f, "with_timeout body of %s",
            t->ident ? "task" : "the main chunk");
  else
    fprintf(f, "task #%llu", t->id);
  if (t->kind == ST_K_BODY && t->ident != NULL)
    fprintf(f, " #%llu", t->ident->id);
  name = st_base_task_name(t->kind == ST_K_BODY ? t->ident : t);
  if (name != NULL)
    fprintf(f, " \"%s\"", name);
  fputs(" [", f);
  task_state(f, t, now);
  fprintf(f, "] age %.1f ms, %s\n",
          st_sched_stamp_ms(rt, st_sched_stamp(rt) - t->stamp),
          st_task_driver_name(t->driver));
  for (s = t->top; s != NULL && n < MAX_DEPTH; s = s->outer)
    stack[n++] = s;
  while (n-- > 0)  /* outermost first, each inside the previous */
    dump_scope(f, stack[n], ++depth, now);
}


static void dump_scope(FILE *f, st_scope *s, int depth, uint64_t now) {
  const char *name = ref_name(s->rt, s->name_ref);
  st_link *l;

  indent(f, depth);
  fprintf(f, "%s #%llu", s->is_timeout ? "with_timeout scope" : "scope",
          s->id);
  if (s == s->rt->root)
    fputs(" (root)", f);
  if (name != NULL)
    fprintf(f, " \"%s\"", name);
  fprintf(f, " [%u task%s", s->nmembers, s->nmembers == 1 ? "" : "s");
  if (s->drain_start != 0)
    fprintf(f, ", draining for %llu ms",
            (unsigned long long)(now - (s->drain_start & ~(uint64_t)1)));
  if (s->token != NULL && s->token->cancelled)
    fputs(", cancelled", f);
  if (s->timed_out)
    fputs(", timed out", f);
  fputs("]\n", f);
  if (depth >= 2 * MAX_LEVELS && s->nmembers > 0) {
    indent(f, depth + 1);
    fprintf(f, "... deeper than %d levels: its tasks not shown\n",
            MAX_LEVELS);
    return;
  }
  for (l = s->members.next; l != &s->members; l = l->next)
    dump_task(f, st_container(l, st_task, member), depth + 1, now);
}


int stdtask_runtime_dump(stdtask_runtime *srt, FILE *f) {
  st_rt *rt = (st_rt *)srt;
  uint64_t now;

  if (rt == NULL || f == NULL || rt->loop == NULL || rt->root == NULL)
    return STDTASK_EINVAL;
  now = st_sched_now(rt);
  fprintf(f, "std.task tree (%s clock, now %llu ms):\n",
          rt->virtual_clock ? "virtual" : "real", (unsigned long long)now);
  dump_scope(f, rt->root, 1, now);
  fflush(f);
  return 0;
}


/* The first scope opened by a member of s from `from` on, or NULL. */
static st_scope *first_inner(st_scope *s, st_link *from) {
  st_link *l;

  for (l = from; l != &s->members; l = l->next) {
    st_task *t = st_container(l, st_task, member);
    if (t->top != NULL)
      return t->top;
  }
  return NULL;
}


/* The scope after s in a depth-first walk of the tree under root, or
 * NULL: iterative, for a tree of any depth. */
static st_scope *next_scope(st_scope *root, st_scope *s) {
  st_scope *in = first_inner(s, s->members.next);

  if (in != NULL)
    return in;
  while (s != root) {
    st_task *o = s->owner;
    if (s->outer != NULL)
      return s->outer;  /* the next scope out in the same task */
    if (o == NULL || o->base == NULL)
      return NULL;
    s = o->base;
    in = first_inner(s, o->member.next);
    if (in != NULL)
      return in;
  }
  return NULL;
}


/* Report scopes draining for at least ms, depth first. */
static int find_stalled(FILE *f, st_scope *root, uint64_t now, uint64_t ms) {
  st_scope *s;
  int found = 0;

  for (s = root; s != NULL; s = next_scope(root, s)) {
    const char *name;
    if (s->drain_start == 0 || s->drain_reported
        || now - (s->drain_start & ~(uint64_t)1) < ms)
      continue;
    name = ref_name(s->rt, s->name_ref);
    s->drain_reported = 1;
    fprintf(f, "std.task: warning: scope #%llu%s%s%s has been draining for "
            "%llu ms, waiting on %u task%s\n", s->id, name ? " \"" : "",
            name ? name : "", name ? "\"" : "",
            (unsigned long long)(now - (s->drain_start & ~(uint64_t)1)),
            s->nmembers, s->nmembers == 1 ? "" : "s");
    found++;
  }
  return found;
}


int stdtask_runtime_check_drains(stdtask_runtime *srt, unsigned int ms,
                                 FILE *f) {
  st_rt *rt = (st_rt *)srt;
  int n;

  if (rt == NULL || f == NULL || rt->loop == NULL || rt->root == NULL)
    return STDTASK_EINVAL;
  n = find_stalled(f, rt->root, st_sched_now(rt), ms);
  if (n > 0)
    stdtask_runtime_dump(srt, f);
  return n;
}
