/*
 * compat.h -- differences between Lua 5.4.x releases, nothing else.
 */
#ifndef STDTASK_COMPAT_H
#define STDTASK_COMPAT_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <lua.h>

/* Close a dead or suspended thread: runs its pending to-be-closed
 * variables (with the thread's error object if it died with one) and
 * resets its stack.  5.4.6 renamed lua_resetthread to lua_closethread and
 * gave it the `from` argument used to count C calls. */
#if defined(HAVE_LUA_CLOSETHREAD) && HAVE_LUA_CLOSETHREAD
# define st_closethread(co, from) lua_closethread((co), (from))
#elif LUA_VERSION_RELEASE_NUM >= 50406
# define st_closethread(co, from) lua_closethread((co), (from))
#else
# define st_closethread(co, from) ((void)(from), lua_resetthread(co))
#endif

#endif /* STDTASK_COMPAT_H */
