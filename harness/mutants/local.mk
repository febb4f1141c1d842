## Semantic mutants of the reference runtime: each NAME.patch is a small,
## realistic mistake a host author could make (its first line says which).
## They are applied to copies of reference/ only, never built into the
## shipped library. The conformance catalogue must kill every one of them.
##
## make check-mutants [MUTANTS='NAME...']: builds the reference host and
## each mutant host, runs the catalogue against all of them through
## harness/run-prove.sh (virtual and real clock), prints the kill table and
## fails if a mutant survives. Not part of 'make check'. .ci/run runs
## make check-mutants-quick: each mutant only until a stage kills it.
## A stale patch (reference/ changed under it) stops the run: refresh it
## with harness/mutants/refresh.sh NAME.

EXTRA_DIST += %D%

MUTANTS =

check-mutants:
	$(AM_V_at)CC='$(CC)' $(SHELL) $(srcdir)/%D%/run.sh $(MUTANTS)

check-mutants-quick:
	$(AM_V_at)CC='$(CC)' $(SHELL) $(srcdir)/%D%/run.sh --quick $(MUTANTS)

clean-local: clean-mutants-log
clean-mutants-log:
	-rm -f check-mutants.log

.PHONY: check-mutants check-mutants-quick clean-mutants-log
