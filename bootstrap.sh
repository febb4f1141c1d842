#!/bin/sh
# Generates configure, Makefile.in and build-aux/ from configure.ac and
# Makefile.am. Then: ./configure && make && make check.
set -e
cd "$(dirname "$0")"
autoreconf -fi
