## Test harness: the scripts that run the catalogue outside automake (prove),
## and the checks that guard the tree itself. Every test here prints TAP.

%C%_tests = \
	%D%/check-module-host.sh \
	%D%/check-clauses.sh \
	%D%/check-files-mk.sh \
	%D%/luacheck.sh \
	%D%/run-examples.sh \
	%D%/hostile/run.sh

TESTS += $(%C%_tests)

EXTRA_DIST += \
	$(%C%_tests) \
	%D%/clauses.lua \
	%D%/gen-files-mk.sh \
	%D%/missing-check.sh \
	%D%/run-prove.sh \
	%D%/setup.sh \
	%D%/hosts/module-host.sh \
	%D%/hosts/module-host.lua \
	%D%/with-timeout.sh \
	%D%/hostile/lib.lua \
	%D%/hostile/gcwork.lua \
	%D%/hostile/coro-states.lua \
	%D%/hostile/finalized-objects.lua \
	%D%/hostile/gc-fuzz.lua \
	%D%/hostile/gc-sites.lua \
	%D%/hostile/module-teardown.lua \
	%D%/hostile/parent-abort.lua \
	%D%/hostile/self-abort.lua \
	%D%/hostile/timeout-spin-real.lua \
	%D%/hostile/virtual-clock.lua

## make check-prove [STDTASK_HOST=HOST] [PROVE_JOBS=N]: the whole catalogue
## through prove, as any other host would be tested.
PROVE_JOBS = 1

check-prove: all
	$(AM_V_at)$(SHELL) $(srcdir)/%D%/run-prove.sh \
	  --host '$(STDTASK_HOST)' --jobs '$(PROVE_JOBS)'

## The installed host against the catalogue (make installcheck, distcheck).
installcheck-local:
	$(AM_V_at)LD_LIBRARY_PATH='$(DESTDIR)$(libdir)'$${LD_LIBRARY_PATH:+:$$LD_LIBRARY_PATH}; \
	export LD_LIBRARY_PATH; \
	$(SHELL) $(srcdir)/%D%/run-prove.sh \
	  --host '$(DESTDIR)$(bindir)/stdtask-lua$(EXEEXT)' --jobs '$(PROVE_JOBS)'

## make check-virtual: the catalogue under the reference host's virtual
## clock (time jumps to the next deadline when no task is ready); scripts
## flagged real-time skip.
check-virtual: all
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) check TESTS='$(conformance_scripts)' \
	  STDTASK_HOST='$(STDTASK_HOST) --clock=virtual' \
	  STDTASK_FEATURES=virtual-clock,trace STDTASK_CLOCK=virtual

.PHONY: check-prove check-virtual
