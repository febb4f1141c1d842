#!/bin/sh
# harness/setup.sh -- from a fresh Debian 12 clone to a conformance run:
# install the Debian packages the project needs (when run as root or with
# sudo), bootstrap, configure, build, then run the whole catalogue against
# the reference host through prove.
#
#   sh harness/setup.sh [--no-deps] [--no-run] [CONFIGURE-ARG...]
set -eu

cd "$(dirname "$0")/.."
deps=yes run=yes
while [ $# -gt 0 ]; do
  case $1 in
    --no-deps) deps=no; shift ;;
    --no-run) run=no; shift ;;
    *) break ;;
  esac
done

# Build and test dependencies, Debian 12 names.
PACKAGES="build-essential autoconf automake libtool pkg-config make perl
  liblua5.4-dev lua5.4 libuv1-dev check valgrind lua-check cppcheck
  groff-base man-db lua-cqueues lua-luv luarocks universal-ctags"

# Only the packages not installed yet: apt-get install would otherwise
# upgrade installed ones (perl, ...) as a side effect.
missing_packages() {
  for p in $PACKAGES; do
    st=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) || st=
    [ "$st" = installed ] || printf '%s\n' "$p"
  done
}

if [ "$deps" = yes ]; then
  missing=$(missing_packages | tr '\n' ' ')
  if [ -z "$missing" ]; then
    echo "==> Debian packages: all installed"
  else
    if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
    echo "==> installing Debian packages: $missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update
    # --no-upgrade: a package present in another version stays as it is.
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends --no-upgrade $missing
  fi
fi

echo "==> ./bootstrap.sh"
./bootstrap.sh
echo "==> ./configure $*"
./configure "$@"
echo "==> make"
make -j"$(nproc 2>/dev/null || echo 2)"
if [ "$run" = yes ]; then
  echo "==> the conformance catalogue against reference/host/stdtask-lua"
  make check-prove PROVE_JOBS="$(nproc 2>/dev/null || echo 2)"
fi
