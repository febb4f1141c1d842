## The reference host: stdtask-lua [options] SCRIPT [ARG...]
## It sees only the public header, like any other embedder.

bin_PROGRAMS += %D%/stdtask-lua
%C%_stdtask_lua_SOURCES = %D%/stdtask-lua.c %D%/host-trace.c %D%/host-trace.h \
	%D%/host-error.c %D%/host-error.h \
	%D%/host-options.c %D%/host-options.h \
	%D%/testhost.c %D%/testhost.h \
	%D%/trace-chrome.c %D%/trace-chrome-out.c %D%/trace-chrome.h
%C%_stdtask_lua_CPPFLAGS = \
	-I$(top_srcdir)/reference/include $(LUA_CFLAGS) $(UV_CFLAGS)
%C%_stdtask_lua_LDADD = reference/libstdtask.la $(LUA_LIBS) $(UV_LIBS)
## configure: where the installed library is, relative to the host.
%C%_stdtask_lua_LDFLAGS = $(HOST_RPATH_LDFLAGS)
