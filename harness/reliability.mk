## Reliability checks (issue 6): valgrind, allocation-failure injection,
## the task-tree fuzzer, stress workloads, static analysis. Sanitizers are a
## configure option: ./configure --enable-sanitizers && make check.
##
##   make check-valgrind        unit tests + the whole catalogue under memcheck
##   make check-valgrind-quick  unit tests + a subset of the catalogue (CI)
##   make check-oom             every allocation-failure point of each
##                              harness/oom workload (OOM_FLAGS=--valgrind ...)
##   make check-fuzz            the fuzzer's fixed seed set (FUZZ_FLAGS=--long)
##   make check-stress          the stress workloads, with peak RSS
##   make analyze               cppcheck and gcc -fanalyzer on reference/
##
## make check runs the quick allocation-failure subset and the fuzzer's
## fixed seeds (both TAP, both well under 30 s).

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
VG_QUICK_DIRS = abort close timeout host errors root

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
