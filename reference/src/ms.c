/*
 * ms.c -- the one conversion of a Lua number of milliseconds (spec part 8).
 *
 * Every duration argument (sleep, with_timeout, grace_ms, the coroutine
 * driver's coroutine.yield(ms)) goes through here: non-numbers, NaN,
 * infinities, negatives and values past ST_MS_MAX are rejected, never
 * clamped; fractions round up so a sleep never ends early; -0.0 is 0.
 */
#include <math.h>
#include <stdio.h>

#include "stdtask-int.h"

enum { MS_OK = 0, MS_NAN, MS_INF, MS_NEG, MS_RANGE };


int st_ms_convert(lua_Number v, uint64_t *out) {
  if (isnan(v))
    return MS_NAN;
  if (isinf(v))
    return MS_INF;
  if (v < 0)
    return MS_NEG;
  if (v > ST_MS_MAX)
    return MS_RANGE;
  *out = (uint64_t)ceil(v);
  return MS_OK;
}


const char *st_ms_strerror(int rc) {
  switch (rc) {
    case MS_NAN: return "milliseconds must not be NaN";
    case MS_INF: return "milliseconds must be finite";
    case MS_NEG: return "milliseconds must not be negative";
    case MS_RANGE: return "milliseconds out of range";
    default: return "invalid milliseconds";
  }
}


/* Validate argument `arg` of `fname` as milliseconds. */
uint64_t st_ms_check(lua_State *L, int arg, const char *fname) {
  uint64_t ms = 0;
  int rc;

  if (lua_type(L, arg) != LUA_TNUMBER)
    st_base_typeerror(L, arg, fname, "number");
  if (lua_isinteger(L, arg)) {
    lua_Integer i = lua_tointeger(L, arg);
    if (i < 0)
      st_base_argerror(L, arg, fname, st_ms_strerror(MS_NEG));
    if (i > (lua_Integer)ST_MS_MAX)  /* before the double rounds it down */
      st_base_argerror(L, arg, fname, st_ms_strerror(MS_RANGE));
    rc = st_ms_convert((lua_Number)i, &ms);
  } else {
    rc = st_ms_convert(lua_tonumber(L, arg), &ms);
  }
  if (rc != MS_OK)
    st_base_argerror(L, arg, fname, st_ms_strerror(rc));
  return ms;
}


/* Validate field `field` of the options table at `arg`, already pushed on
 * top of the stack, as milliseconds; pops it. */
uint64_t st_ms_checkfield(lua_State *L, int arg, const char *fname,
                          const char *field) {
  uint64_t ms = 0;
  int rc;
  char buf[96];

  if (lua_type(L, -1) != LUA_TNUMBER) {
    snprintf(buf, sizeof buf, "'%s' must be a number, got %s", field,
             luaL_typename(L, -1));
    st_base_argerror(L, arg, fname, buf);
  }
  rc = st_ms_convert(lua_tonumber(L, -1), &ms);
  if (rc != MS_OK) {
    snprintf(buf, sizeof buf, "'%s': %s", field, st_ms_strerror(rc));
    st_base_argerror(L, arg, fname, buf);
  }
  lua_pop(L, 1);
  return ms;
}
