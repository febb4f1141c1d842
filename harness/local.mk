## Test harness: the scripts that run the catalogue outside automake (prove),
## and the checks that guard the tree itself. Every test here prints TAP.

%C%_tests = \
	%D%/check-module-host.sh \
	%D%/check-clauses.sh \
	%D%/check-files-mk.sh \
	%D%/luacheck.sh \
	%D%/run-examples.sh

TESTS += $(%C%_tests)

## The reference host's trace writers, checked by a strict JSON decoder and
## a Trace Event Format structure checker (both Lua, run by the host).
%C%_trace_tests = %D%/trace/chrome.lua %D%/trace/escape.lua
TESTS += $(%C%_trace_tests)
EXTRA_DIST += $(%C%_trace_tests) %D%/trace/json.lua %D%/trace/chrome-check.lua

EXTRA_DIST += \
	$(%C%_tests) \
	%D%/clauses.lua \
	%D%/gen-files-mk.sh \
	%D%/missing-check.sh \
	%D%/run-prove.sh \
	%D%/setup.sh \
	%D%/hosts/module-host.sh \
	%D%/hosts/module-host.lua \
	%D%/with-timeout.sh

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
