#!/usr/bin/env bash
# Prints the path of a kernel 6.1 tree configured with ppc64le_defconfig and `make prepare`d,
# so that the generated headers (autoconf.h, asm-offsets.h, ...) exist. The tree is unpacked
# from Debian's linux-source-6.1 and cached next to the one kernel-source.sh unpacks; it needs
# flex, bison, bc, libssl-dev, libelf-dev and the powerpc64le-linux-gnu cross compiler.
set -euo pipefail
tarball=/usr/src/linux-source-6.1.tar.xz
cache="${TOCSIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tocsin}"
tree="$cache/linux-prepared-6.1-ppc64le"
if [ ! -f "$tree/.prepared" ]; then
  [ -f "$tarball" ] || { echo "kernel-prepare: $tarball is absent (apt-get install linux-source-6.1)" >&2; exit 2; }
  for tool in flex bison bc powerpc64le-linux-gnu-gcc; do
    command -v "$tool" >/dev/null || { echo "kernel-prepare: $tool is missing" >&2; exit 2; }
  done
  rm -rf "$tree" "$cache/linux-source-6.1.prepare-tmp"
  mkdir -p "$cache/linux-source-6.1.prepare-tmp"
  # Documentation is a large part `make prepare` never reads, apart from its Kconfig.
  tar -xJf "$tarball" -C "$cache/linux-source-6.1.prepare-tmp" --exclude='linux-source-6.1/Documentation'
  tar -xJf "$tarball" -C "$cache/linux-source-6.1.prepare-tmp" linux-source-6.1/Documentation/Kconfig
  mv "$cache/linux-source-6.1.prepare-tmp/linux-source-6.1" "$tree"
  rmdir "$cache/linux-source-6.1.prepare-tmp"
  make_args=(-C "$tree" ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu- -j"$(nproc)")
  make "${make_args[@]}" ppc64le_defconfig >&2
  make "${make_args[@]}" prepare >&2
  touch "$tree/.prepared"
fi
echo "$tree"
