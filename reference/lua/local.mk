## std.task as a loadable module for the stock interpreter:
## lua5.4 -e 'local task = require "stdtask"; task.run(function() ... end)'
## Installed into $(luacmoddir) (configure --with-lua-cmod-dir; the default
## $(libdir)/lua/5.4 is on Debian's default package.cpath under /usr/local).

luacmod_LTLIBRARIES += %D%/stdtask.la
## host-error.c: the host's reports of unjoined failures and deadlocks,
## worded the same (the library itself never calls up into it).
%C%_stdtask_la_SOURCES = %D%/module.c \
	reference/host/host-error.c reference/host/host-error.h \
	reference/host/testhost.c reference/host/testhost.h
%C%_stdtask_la_CPPFLAGS = \
	-I$(top_srcdir)/reference/include -I$(top_srcdir)/reference/host \
	$(LUA_CFLAGS) $(UV_CFLAGS)
%C%_stdtask_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)
## Self-contained, as the rock builds it: the library's objects go into the
## module (libtool then needs no relinking at install, which failed for
## make install prefix=DIR), and -shared builds no stdtask.a.
%C%_stdtask_la_LDFLAGS = -module -avoid-version -shared -no-undefined \
	-export-symbols-regex '^luaopen_stdtask$$'
%C%_stdtask_la_LIBADD = \
	reference/src/libstdtask-impl.la $(LUA_LIBS) $(UV_LIBS)

## A Lua module directory holds modules only: not libtool's stdtask.la.
## Without it, libtool's uninstall cannot know the .so: remove it here.
install-data-hook: install-luacmod-drop-la
install-luacmod-drop-la:
	rm -f '$(DESTDIR)$(luacmoddir)/stdtask.la'
uninstall-hook: uninstall-luacmod-so
uninstall-luacmod-so:
	rm -f '$(DESTDIR)$(luacmoddir)/stdtask.so'
.PHONY: install-luacmod-drop-la uninstall-luacmod-so
