#!/usr/bin/env bash
# Prints the path of a kernel 6.1 tree configured with ppc64le_defconfig + KALLSYMS_ALL,
# LIVEPATCH and SAMPLE_LIVEPATCH=m, `make modules_prepare`d, with the live-patch samples built
# as modules (samples/livepatch/*.ko and their .o files). The tree is a copy of the one
# scripts/kernel-prepare.sh prints, cached beside it. No vmlinux is built, so modpost cannot
# resolve the kernel's symbols: KBUILD_MODPOST_WARN=1 turns that into warnings.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="$(bash "$here/kernel-prepare.sh")"
tree="$base-samples"
if [ ! -f "$tree/.modules-built" ]; then
  rm -rf "$tree" "$tree.tmp"
  cp -a "$base" "$tree.tmp"
  make_args=(-C "$tree.tmp" ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu- -j2)
  (cd "$tree.tmp" && scripts/config --enable KALLSYMS_ALL --enable LIVEPATCH --enable SAMPLES --module SAMPLE_LIVEPATCH)
  make "${make_args[@]}" olddefconfig >&2
  for option in CONFIG_LIVEPATCH=y CONFIG_KALLSYMS_ALL=y CONFIG_SAMPLE_LIVEPATCH=m; do
    grep -qx "$option" "$tree.tmp/.config" || { echo "kernel-modules: $option did not stick" >&2; exit 2; }
  done
  make "${make_args[@]}" modules_prepare >&2
  make "${make_args[@]}" M=samples/livepatch KBUILD_MODPOST_WARN=1 modules >&2
  touch "$tree.tmp/.modules-built"
  mv "$tree.tmp" "$tree"
fi
echo "$tree"
