## std.task as a loadable module for the stock interpreter:
## lua5.4 -e 'local task = require "stdtask"; task.run(function() ... end)'
## Installed into $(luacmoddir) (configure --with-lua-cmod-dir; the default
## $(libdir)/lua/5.4 is on Debian's default package.cpath under /usr/local).

luacmod_LTLIBRARIES += %D%/stdtask.la
## host-error.c: the reports word error values as the host's do.
%C%_stdtask_la_SOURCES = %D%/module.c \
	reference/host/host-error.c reference/host/host-error.h
%C%_stdtask_la_CPPFLAGS = \
	-I$(top_srcdir)/reference/include -I$(top_srcdir)/reference/host \
	$(LUA_CFLAGS) $(UV_CFLAGS)
%C%_stdtask_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)
%C%_stdtask_la_LDFLAGS = -module -avoid-version -no-undefined \
	-export-symbols-regex '^luaopen_stdtask$$'
%C%_stdtask_la_LIBADD = reference/libstdtask.la $(LUA_LIBS) $(UV_LIBS)
