## The example embedder (issue 14's real use): embed-tcp runs a Lua script
## with std.task and TCP whose accept, connect, read and write are
## host-defined waits.  Built with the rest (not installed); make check
## runs echo.lua with it (under valgrind when valgrind is there: no leak,
## no error).

noinst_PROGRAMS += %D%/embed-tcp
%C%_embed_tcp_SOURCES = %D%/main.c %D%/net.c %D%/net.h
%C%_embed_tcp_CPPFLAGS = \
	-I$(top_srcdir)/reference/include $(LUA_CFLAGS) $(UV_CFLAGS)
%C%_embed_tcp_LDADD = reference/libstdtask.la $(LUA_LIBS) $(UV_LIBS)

TESTS += %D%/test.sh
%D%/test.log: %D%/embed-tcp$(EXEEXT)
EXTRA_DIST += %D%/test.sh
