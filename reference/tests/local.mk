## C unit tests (libcheck): one program per module, each printing TAP on
## stdout (Makefile.am puts $(check_PROGRAMS) in TESTS). They link the
## convenience library, not libstdtask.la, so the internal st_* functions are
## reachable; support.c is built once, into libsupport.la. Under valgrind,
## stretch libcheck's per-TCase timeouts with CK_TIMEOUT_MULTIPLIER=10.

%C%_cppflags = \
	-I$(top_srcdir)/reference/include -I$(top_srcdir)/reference/src \
	$(LUA_CFLAGS) $(UV_CFLAGS) $(CHECK_CFLAGS)
%C%_ldadd = \
	%D%/libsupport.la reference/src/libstdtask-impl.la \
	$(CHECK_LIBS) $(LUA_LIBS) $(UV_LIBS)

%C%_libsupport_la_SOURCES = %D%/support.c %D%/support.h
%C%_libsupport_la_CPPFLAGS = $(%C%_cppflags)

%C%_check_ms_SOURCES = %D%/check-ms.c
%C%_check_ms_CPPFLAGS = $(%C%_cppflags)
%C%_check_ms_LDADD = $(%C%_ldadd)

%C%_check_cancel_SOURCES = %D%/check-cancel.c
%C%_check_cancel_CPPFLAGS = $(%C%_cppflags)
%C%_check_cancel_LDADD = $(%C%_ldadd)

%C%_check_sched_SOURCES = %D%/check-sched.c
%C%_check_sched_CPPFLAGS = $(%C%_cppflags)
%C%_check_sched_LDADD = $(%C%_ldadd)

%C%_check_host_SOURCES = %D%/check-host.c
%C%_check_host_CPPFLAGS = $(%C%_cppflags)
%C%_check_host_LDADD = $(%C%_ldadd)

%C%_check_timer_SOURCES = %D%/check-timer.c
%C%_check_timer_CPPFLAGS = $(%C%_cppflags)
%C%_check_timer_LDADD = $(%C%_ldadd)

%C%_check_wait_SOURCES = %D%/check-wait.c
%C%_check_wait_CPPFLAGS = $(%C%_cppflags)
%C%_check_wait_LDADD = $(%C%_ldadd)

%C%_check_api_SOURCES = %D%/check-api.c
%C%_check_api_CPPFLAGS = $(%C%_cppflags)
%C%_check_api_LDADD = $(%C%_ldadd)

if HAVE_CHECK
check_LTLIBRARIES += %D%/libsupport.la
check_PROGRAMS += \
	%D%/check-ms \
	%D%/check-cancel \
	%D%/check-sched \
	%D%/check-api \
	%D%/check-wait \
	%D%/check-timer \
	%D%/check-host
else
## Never pass silently without the unit tests: this test bails out, saying
## what to install.
TESTS += harness/missing-check.sh
endif
