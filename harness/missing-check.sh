#!/bin/sh
# TAP test put in TESTS instead of the C unit tests when configure did not
# find libcheck (or ran with --with-check=no): make check must not pass
# without them.

echo "1..1"
echo "Bail out! C unit tests not built (no libcheck, or --with-check=no):" \
  "install check >= 0.11 (Debian: apt-get install check) and re-run ./configure"
