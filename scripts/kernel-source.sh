#!/usr/bin/env bash
# Prints the path of an unpacked kernel 6.1 tree (arch/powerpc and include), unpacking
# Debian's linux-source-6.1 tarball into a cache folder on first use. The kernel stays
# outside the repository: it is GPL text that Tocsin only reads.
set -euo pipefail
tarball=/usr/src/linux-source-6.1.tar.xz
cache="${TOCSIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tocsin}"
tree="$cache/linux-source-6.1"
if [ ! -f "$tree/.unpacked" ]; then
  [ -f "$tarball" ] || { echo "kernel-source: $tarball is absent (apt-get install linux-source-6.1)" >&2; exit 2; }
  mkdir -p "$cache"
  tar -xJf "$tarball" -C "$cache" linux-source-6.1/arch/powerpc linux-source-6.1/include
  touch "$tree/.unpacked"
fi
echo "$tree"
