#!/usr/bin/env bash
# Installs the Debian packages the oracle tests compare against (binutils and gcc for
# ppc64le, qemu-user, gdb-multiarch, the kernel 6.1 source and what its `make prepare` needs) when they
# are missing. Needs root.
set -euo pipefail
need=()
command -v powerpc64le-linux-gnu-objdump >/dev/null || need+=(binutils-powerpc64le-linux-gnu)
command -v powerpc64le-linux-gnu-gcc >/dev/null || need+=(gcc-powerpc64le-linux-gnu)
command -v qemu-ppc64le >/dev/null || need+=(qemu-user)
# the debugger's peer: gdb stepping qemu-ppc64le (bench/debug.ts, test/debug/unwind-gdb.test.ts)
command -v gdb-multiarch >/dev/null || need+=(gdb-multiarch)
[ -f /usr/src/linux-source-6.1.tar.xz ] || need+=(linux-source-6.1)
# `make prepare` of the kernel tree (scripts/kernel-prepare.sh)
for tool in flex bison bc; do command -v $tool >/dev/null || need+=($tool); done
[ -f /usr/include/openssl/ssl.h ] || need+=(libssl-dev)
[ -f /usr/include/libelf.h ] || need+=(libelf-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "install-oracles: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
