/*
 * benchutil.c -- the Lua module `benchutil`: the clocks and the memory
 * figures every Lua workload of the benchmark reads, so that the reference
 * (under stdtask-lua) and the peers (under the stock lua5.4) measure with
 * the same instruments as bench/floor.c.
 *
 *   benchutil.now()  -> integer nanoseconds, CLOCK_MONOTONIC
 *   benchutil.cpu()  -> integer nanoseconds of process CPU time
 *   benchutil.rss()  -> current RSS, peak RSS (VmHWM), in bytes
 */
#include <lua.h>
#include <lauxlib.h>

#include "bench-common.h"

int luaopen_benchutil(lua_State *L);


static int bu_now(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)bench_now_ns());
  return 1;
}


static int bu_cpu(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)bench_cpu_ns());
  return 1;
}


static int bu_rss(lua_State *L) {
  long long rss, hwm;

  bench_rss(&rss, &hwm);
  lua_pushinteger(L, (lua_Integer)rss);
  lua_pushinteger(L, (lua_Integer)hwm);
  return 2;
}


static const luaL_Reg bu_funcs[] = {
  {"now", bu_now},
  {"cpu", bu_cpu},
  {"rss", bu_rss},
  {NULL, NULL}
};


__attribute__((visibility("default")))
int luaopen_benchutil(lua_State *L) {
  luaL_newlib(L, bu_funcs);
  return 1;
}
