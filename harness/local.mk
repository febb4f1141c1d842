## Test harness: the scripts that run the catalogue outside automake (prove),
## and the checks that guard the tree itself. Every test here prints TAP.

%C%_tests = \
	%D%/check-module-host.sh \
	%D%/check-table-host.sh \
	%D%/check-reports.sh \
	%D%/check-clauses.sh \
	%D%/check-files-mk.sh \
	%D%/check-rockspec.sh \
	%D%/check-structure.sh \
	%D%/check-rock.sh \
	%D%/check-host-errors.sh \
	%D%/check-host-options.sh \
	%D%/check-install.sh \
	%D%/check-readme.sh \
	%D%/luacheck.sh \
	%D%/run-examples.sh \
	%D%/hostile/run.sh

TESTS += $(%C%_tests)

## The reference host's trace writers, checked by a strict JSON decoder and
## a Trace Event Format structure checker (both Lua, run by the host).
%C%_trace_tests = %D%/trace/chrome.lua %D%/trace/escape.lua
TESTS += $(%C%_trace_tests)
EXTRA_DIST += $(%C%_trace_tests) %D%/trace/json.lua %D%/trace/chrome-check.lua

EXTRA_DIST += \
	$(%C%_tests) \
	%D%/readme-blocks.lua \
	%D%/structure-map.sh \
	%D%/clauses.lua \
	%D%/gen-files-mk.sh \
	%D%/gen-rockspec.sh \
	%D%/missing-check.sh \
	%D%/run-prove.sh \
	%D%/setup.sh \
	%D%/hosts/module-host.sh \
	%D%/hosts/module-host.lua \
	%D%/hosts/table-host.sh \
	%D%/hosts/table-host.lua \
	%D%/report.lua \
	docs/conformance/reference.md \
	docs/conformance/reference.json \
	docs/conformance/module-host.md \
	docs/conformance/module-host.json \
	%D%/with-timeout.sh \
	%D%/hostile/lib.lua \
	%D%/hostile/gcwork.lua \
	%D%/hostile/close-aborts-aborter.lua \
	%D%/hostile/coro-states.lua \
	%D%/hostile/deep-abort-chain.lua \
	%D%/hostile/deep-tree-dump.lua \
	%D%/hostile/finalized-objects.lua \
	%D%/hostile/gc-fuzz.lua \
	%D%/hostile/gc-sites.lua \
	%D%/hostile/module-teardown.lua \
	%D%/hostile/parent-abort.lua \
	%D%/hostile/self-abort.lua \
	%D%/hostile/stock-coroutine.lua \
	%D%/hostile/timeout-spin-real.lua \
	%D%/hostile/unjoined-report-outcome.lua \
	%D%/hostile/virtual-clock.lua \
	%D%/hostile/virtual-clock-wrap.lua

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

## make conformance-reports: regenerate the committed conformance reports
## of the reference host and of the module host (docs/conformance/*.md and
## .json) by running the catalogue through each; make check
## (harness/check-reports.sh) fails while their scripts and clauses differ
## from the tree's.
conformance-reports: all
	$(AM_V_at)$(MKDIR_P) $(srcdir)/docs/conformance
	$(AM_V_at)$(SHELL) $(srcdir)/%D%/run-prove.sh \
	  --host '$(STDTASK_HOST)' --jobs 2 --title 'reference host (stdtask-lua)' \
	  --report $(srcdir)/docs/conformance/reference
	$(AM_V_at)STDTASK_MODULE_DIR='$(abs_top_builddir)/reference/lua/.libs' \
	  $(SHELL) $(srcdir)/%D%/run-prove.sh \
	  --host $(srcdir)/%D%/hosts/module-host.sh --features host-waits --jobs 2 \
	  --title 'module host (lua5.4 + require "stdtask")' \
	  --report $(srcdir)/docs/conformance/module-host

.PHONY: check-prove check-virtual conformance-reports
