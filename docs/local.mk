## Documentation: the specification, the host contract, the clause matrix
## and the man pages. Man pages are hand-written roff, installed as they
## are; nothing here is built at build time.

dist_man_MANS += \
	%D%/man/stdtask-lua.1 \
	%D%/man/stdtask.3 \
	%D%/man/stdtask.7

EXTRA_DIST += \
	%D%/design.md \
	%D%/spec.md \
	%D%/spec/01-runtime.md \
	%D%/spec/02-cancel.md \
	%D%/spec/03-scope.md \
	%D%/spec/04-timeout.md \
	%D%/spec/05-abort.md \
	%D%/spec/06-handle.md \
	%D%/spec/07-driver.md \
	%D%/spec/08-args.md \
	%D%/spec/09-host.md \
	%D%/spec/10-host-waits.md \
	%D%/host-contract.md \
	%D%/matrix.md

## make matrix: regenerate the committed clause matrix, docs/matrix.md, from
## the spec and the scripts' front matter (harness/check-clauses.sh, run by
## make check, fails while it is stale).
matrix:
	$(AM_V_GEN)srcdir='$(srcdir)' $(SHELL) $(srcdir)/harness/check-clauses.sh \
	  --write-matrix

## make check-man: the man pages render without a warning.
check-man:
	$(AM_V_at)for f in $(dist_man_MANS); do \
	  out=`groff -ww -man -z $(srcdir)/$$f 2>&1; \
	       LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
	       man --warnings -E UTF-8 -l $(srcdir)/$$f 2>&1 >/dev/null`; \
	  if test -n "$$out"; then echo "$$f:"; echo "$$out"; exit 1; fi; \
	done; echo "man pages: no warnings"

.PHONY: matrix check-man
