## Reliability checks (issue 6): valgrind, allocation-failure injection,
## the task-tree fuzzer, stress workloads, static analysis. Sanitizers are a
## configure option: ./configure --enable-sanitizers && make check.
##
##   make check-valgrind        unit tests + the whole catalogue under memcheck
##                              (7 to 15 min on 2 busy cores; .ci/run runs it)
##   make check-valgrind-quick  unit tests + a subset of the catalogue (4 min)
##   make check-oom             every allocation-failure point of each
##                              harness/oom workload (OOM_FLAGS='--valgrind',
##                              '--keep-going', '--mode transient', ...)
##   make check-oom-quick       the same, every 5th failure point
##   make check-fuzz            the fuzzer's fixed seed set (FUZZ_FLAGS=--long)
##   make check-stress          the stress workloads, with peak RSS
##   make analyze               cppcheck and gcc -fanalyzer on reference/
##
## make check runs the fuzzer's fixed seeds (TAP, under 20 s).

## --------------------------------------------------------------------------
## Valgrind. harness/valgrind/vg-host.sh runs a libtool-built program (and
## every host it starts) under memcheck with leak checks; a log with an
## error fails the test. Unit tests run without fork (CK_FORK=no) so leaks
## are seen, with libcheck's timeouts stretched.
## --------------------------------------------------------------------------
VG_HOST = $(SHELL) $(abs_top_srcdir)/harness/valgrind/vg-host.sh \
	$(abs_top_builddir)/libtool
VG_SCALE = 10
VG_ENV = CK_FORK=no CK_TIMEOUT_MULTIPLIER=10 STDTASK_TIME_SCALE=$(VG_SCALE)

## The subset CI runs under valgrind: the areas that abort, time out, close,
## and exit with live tasks, plus the host scripts (children under memcheck).
VG_QUICK_DIRS = abort close timeout host errors root hostwait

check-valgrind: all
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(check_PROGRAMS)
	$(AM_V_at)$(VG_ENV) $(MAKE) $(AM_MAKEFLAGS) check-TESTS \
	  TESTS='$(check_PROGRAMS) $(conformance_scripts)' \
	  TEST_SUITE_LOG=test-suite-valgrind.log \
	  LOG_COMPILER='$(VG_HOST)' \
	  STDTASK_HOST='$(VG_HOST) $(STDTASK_HOST)'

check-valgrind-quick: all
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) $(check_PROGRAMS)
	$(AM_V_at)list=; for f in $(conformance_scripts); do \
	  for d in $(VG_QUICK_DIRS); do \
	    case $$f in conformance/$$d/*) list="$$list $$f" ;; esac; \
	  done; \
	done; \
	$(VG_ENV) $(MAKE) $(AM_MAKEFLAGS) check-TESTS \
	  TESTS="$(check_PROGRAMS) $$list" \
	  TEST_SUITE_LOG=test-suite-valgrind.log \
	  LOG_COMPILER='$(VG_HOST)' \
	  STDTASK_HOST='$(VG_HOST) $(STDTASK_HOST)'

EXTRA_DIST += \
	%D%/valgrind/vg-host.sh \
	%D%/valgrind/stdtask.supp

.PHONY: check-valgrind check-valgrind-quick

## --------------------------------------------------------------------------
## Allocation-failure injection. harness/oom/oom-host is a test-only host:
## it links the library's objects (libstdtask-impl.la) with the linker's
## --wrap so that the library's malloc family and Lua's allocator share one
## request counter, and fails request K of a run (see its header comment).
## harness/oom/run.sh sweeps every K of every workload, transient (the
## failing request and Lua's retry) and persistent failures.
## Built only for the checks (EXTRA_PROGRAMS): --wrap is GNU ld's.
## --------------------------------------------------------------------------
EXTRA_PROGRAMS = %D%/oom/oom-host
CLEANFILES = %D%/oom/oom-host$(EXEEXT)
%C%_oom_oom_host_SOURCES = %D%/oom/oom-host.c reference/host/testhost.c
%C%_oom_oom_host_CPPFLAGS = \
	-I$(top_srcdir)/reference/include -I$(top_srcdir)/reference/host \
	$(LUA_CFLAGS) $(UV_CFLAGS)
%C%_oom_oom_host_LDADD = reference/src/libstdtask-impl.la \
	$(LUA_LIBS) $(UV_LIBS)
%C%_oom_oom_host_LDFLAGS = -Wl,--wrap=malloc -Wl,--wrap=calloc \
	-Wl,--wrap=realloc -Wl,--wrap=free

OOM_HOST = %D%/oom/oom-host$(EXEEXT)
OOM_FLAGS =

check-oom: $(OOM_HOST)
	$(AM_V_at)$(SHELL) $(srcdir)/%D%/oom/run.sh --host $(OOM_HOST) \
	  --libtool $(abs_top_builddir)/libtool $(OOM_FLAGS)

## check-oom-quick: a subset fast enough for make check (every workload,
## every 5th request, both modes). It stays out of TESTS until the library
## passes it; then add: TESTS += %D%/oom/quick.sh and
## %D%/oom/quick.log: $(OOM_HOST)
check-oom-quick: $(OOM_HOST)
	$(AM_V_at)OOM_HOST=$(OOM_HOST) $(SHELL) $(srcdir)/%D%/oom/quick.sh

EXTRA_DIST += \
	%D%/oom/run.sh \
	%D%/oom/quick.sh \
	%D%/oom/spawn-fanout.lua \
	%D%/oom/nested-scopes.lua \
	%D%/oom/timeout-abort.lua \
	%D%/oom/join-chain.lua \
	%D%/oom/token-tree.lua \
	%D%/oom/scope-error-drain.lua \
	%D%/oom/host-waits.lua

.PHONY: check-oom check-oom-quick

## --------------------------------------------------------------------------
## The fuzzer: harness/fuzz/gen.lua writes a random std.task program from a
## seed, which checks its own invariants and prints TAP on any host;
## harness/fuzz/run.sh drives it. make check runs the fixed seed set (run.sh
## without options, seeds 1..16); make check-fuzz FUZZ_FLAGS='--long' soaks.
## --------------------------------------------------------------------------
TESTS += %D%/fuzz/run.sh
FUZZ_FLAGS =

check-fuzz: all
	$(AM_V_at)STDTASK_TIME_SCALE="$${STDTASK_TIME_SCALE:-1}" \
	  $(SHELL) $(srcdir)/%D%/fuzz/run.sh --host '$(STDTASK_HOST)' $(FUZZ_FLAGS)

## run.sh saves the program of a failing seed in fuzz-failures/.
clean-local: clean-fuzz-failures
clean-fuzz-failures:
	-rm -rf fuzz-failures

EXTRA_DIST += \
	%D%/fuzz/gen.lua \
	%D%/fuzz/run.sh

## --------------------------------------------------------------------------
## Stress: 10^5 concurrent tasks, 10^6 spawn/join, 1,000 nested scopes,
## 10^4 cancelled at once, handles dropped and collected; peak RSS each.
## --------------------------------------------------------------------------
check-stress: all
	$(AM_V_at)$(SHELL) $(srcdir)/%D%/stress/run.sh --host '$(STDTASK_HOST)'

EXTRA_DIST += \
	%D%/stress/run.sh \
	%D%/stress/concurrent-100k.lua \
	%D%/stress/spawn-join-1m.lua \
	%D%/stress/nested-scopes-1000.lua \
	%D%/stress/cancel-10k.lua \
	%D%/stress/gc-handles.lua

## --------------------------------------------------------------------------
## Static analysis: cppcheck and gcc -fanalyzer on reference/src and
## reference/host (harness/analyze.sh).
## --------------------------------------------------------------------------
analyze:
	$(AM_V_at)CC='$(CC)' LUA_CFLAGS='$(LUA_CFLAGS)' UV_CFLAGS='$(UV_CFLAGS)' \
	  $(SHELL) $(srcdir)/%D%/analyze.sh --builddir $(top_builddir)

EXTRA_DIST += %D%/analyze.sh

.PHONY: check-fuzz clean-fuzz-failures check-stress analyze
