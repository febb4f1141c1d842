## The benchmark (issue 7): make bench runs every workload against the
## reference (through the host), the floor (bench/floor.c: bare coroutines,
## no scheduler) and the peers under the stock Lua (cqueues, luv with plain
## coroutines).  make bench-quick runs each once with a small N and checks
## only that every configuration produced its figures; make check does the
## same through bench/quick.sh (under a second, TAP; a peer whose Lua module
## is missing is skipped there).
##
## Variables a user may set on the make command line:
##   BENCH_LUA    the stock Lua 5.4 interpreter for the peers and the runner
##                (default lua5.4)
##   BENCH_ARGS   extra arguments for bench/run.lua (--rounds=N, --only=...,
##                --configs=..., --scale=F; see bench/README.md)

## Nothing else in the tree builds noinst programs: this one sets the list.
noinst_PROGRAMS += %D%/floor
%C%_floor_SOURCES = %D%/floor.c %D%/bench-common.h
%C%_floor_CPPFLAGS = $(LUA_CFLAGS)
%C%_floor_LDADD = $(LUA_LIBS)

## A Lua C module (benchutil: clocks and RSS) loaded by every Lua workload.
## -rpath makes libtool build the shared object a noinst library is not.
noinst_LTLIBRARIES += %D%/benchutil.la
%C%_benchutil_la_SOURCES = %D%/benchutil.c %D%/bench-common.h
%C%_benchutil_la_CPPFLAGS = $(LUA_CFLAGS)
%C%_benchutil_la_LDFLAGS = -module -avoid-version -shared -rpath /nowhere

TESTS += %D%/quick.sh

EXTRA_DIST += \
	%D%/README.md \
	%D%/quick.sh \
	%D%/run.lua \
	%D%/workloads/common.lua \
	%D%/workloads/reference.lua \
	%D%/workloads/cqueues.lua \
	%D%/workloads/luv.lua

BENCH_LUA = lua5.4
BENCH_ARGS =
BENCH_RUN = $(BENCH_LUA) $(srcdir)/%D%/run.lua \
	--floor=%D%/floor$(EXEEXT) \
	--host='$(STDTASK_HOST)' \
	--lua='$(BENCH_LUA)' \
	--cpath='$(abs_builddir)/%D%/.libs/?.so' \
	--workloads='$(srcdir)/%D%/workloads'
BENCH_DEPS = %D%/floor$(EXEEXT) %D%/benchutil.la \
	reference/host/stdtask-lua$(EXEEXT)

bench: $(BENCH_DEPS)
	$(BENCH_RUN) --out='$(srcdir)/%D%/results' $(BENCH_ARGS)

bench-quick: $(BENCH_DEPS)
	$(BENCH_RUN) --quick $(BENCH_ARGS)

.PHONY: bench bench-quick
