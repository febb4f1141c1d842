## The library. All of it is built once into the convenience library
## libstdtask-impl.la: the C unit tests link that directly (so they reach the
## hidden st_* functions), and libstdtask.la wraps it, exporting only the
## public stdtask_* symbols.

noinst_LTLIBRARIES += %D%/libstdtask-impl.la
%C%_libstdtask_impl_la_SOURCES = \
	%D%/stdtask-int.h \
	%D%/compat.h \
	%D%/cancel.c \
	%D%/scope.c \
	%D%/task.c \
	%D%/abort.c \
	%D%/handle.c \
	%D%/coro.c \
	%D%/wait.c \
	%D%/sched.c \
	%D%/api.c \
	%D%/runtime.c \
	%D%/base.c \
	%D%/ms.c \
	%D%/timer.c \
	%D%/trace.c \
	%D%/dump.c
%C%_libstdtask_impl_la_CPPFLAGS = \
	-I$(top_srcdir)/reference/include -I$(top_srcdir)/%D% \
	$(LUA_CFLAGS) $(UV_CFLAGS)
%C%_libstdtask_impl_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)

include_HEADERS += reference/include/stdtask.h

## Library interface version: libtool -version-info CURRENT:REVISION:AGE.
## Change it only just before a release, never in between, by these rules
## (from the libtool manual, in the order given):
##   1. The library's source changed at all since the last release:
##      REVISION + 1.
##   2. Interfaces were added, removed or changed: CURRENT + 1, REVISION = 0.
##   3. Interfaces were added (old programs still work): AGE + 1.
##   4. Interfaces were removed or changed incompatibly: AGE = 0.
## It is not the package version: 0.1.0 -> 0.2.0 may keep it as it is.
##
## History:
##   release   -version-info   Linux soname
##   0.1.0     0:0:0           libstdtask.so.0
STDTASK_LT_VERSION = 0:0:0

lib_LTLIBRARIES += reference/libstdtask.la
reference_libstdtask_la_SOURCES =
reference_libstdtask_la_LIBADD = %D%/libstdtask-impl.la $(LUA_LIBS) $(UV_LIBS)
reference_libstdtask_la_LDFLAGS = \
	-no-undefined \
	-version-info $(STDTASK_LT_VERSION) \
	-export-symbols-regex '^stdtask_'
