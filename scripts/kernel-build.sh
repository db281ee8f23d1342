#!/usr/bin/env bash
# Prints the path of a kernel 6.1 tree configured with ppc64le_defconfig + KALLSYMS_ALL +
# LIVEPATCH in which kbuild has built every assembly (.S) object that `make vmlinux modules`
# builds under arch/powerpc/, the vDSO included, and nothing else: the C objects are not
# compiled. The tree is a copy of scripts/kernel-prepare.sh's tree, cached next to it.
set -euo pipefail
base=$(bash "$(dirname "$0")/kernel-prepare.sh")
tree="$base-livepatch-built"
if [ ! -f "$tree/.built" ]; then
  rm -rf "$tree" "$tree.tmp"
  cp -a "$base" "$tree.tmp"
  make_args=(-C "$tree.tmp" ARCH=powerpc CROSS_COMPILE=powerpc64le-linux-gnu-)
  "$tree.tmp/scripts/config" --file "$tree.tmp/.config" --enable KALLSYMS_ALL --enable LIVEPATCH
  make "${make_args[@]}" olddefconfig >&2
  grep -qx 'CONFIG_LIVEPATCH=y' "$tree.tmp/.config" || { echo "kernel-build: CONFIG_LIVEPATCH did not stick" >&2; exit 1; }
  # prepare also builds the vDSO (arch/powerpc/Makefile: vdso_prepare).
  nice make "${make_args[@]}" -j2 prepare >&2
  # What kbuild would compile for arch/powerpc/, as a dry run; only its .S objects are made.
  mapfile -t objects < <(make "${make_args[@]}" -s -n arch/powerpc/ 2>/dev/null |
    grep -oE ' -o arch/powerpc/[^ ]+\.o arch/powerpc/[^ ]+\.S' | awk '{print $2}' | sort -u)
  [ "${#objects[@]}" -gt 0 ] || { echo "kernel-build: the dry run lists no .S objects" >&2; exit 1; }
  nice make "${make_args[@]}" -j2 "${objects[@]}" >&2
  touch "$tree.tmp/.built"
  mv "$tree.tmp" "$tree"
fi
echo "$tree"
