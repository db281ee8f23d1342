#!/bin/sh
# generate.sh - build the Tocsin objdump/readelf test listings.
#
# Usage: test/listings/generate.sh [OUTDIR]      (default OUTDIR: /tmp/tocsin-listings)
#
# What it runs, exactly:
#   powerpc64le-linux-gnu-gcc -c -g <VARIANT FLAGS> c/X.c -o OUTDIR/obj/VARIANT/X.o, for every c/*.c
#   and these variants:
#     O0        -O0
#     O2        -O2
#     O2-pg     -O2 -mprofile-kernel -pg
#     O2-p9     -O2 -mcpu=power9 -mprofile-kernel -pg
#     O2-p10    -O2 -mcpu=power10                     (pcrel, prefixed instructions)
#     O2-p10-pg -O2 -mcpu=power10 -mprofile-kernel -pg
#     O2-be     -O2 -mbig-endian -mabi=elfv2           (elf64-powerpc, bytes in the other order)
#   powerpc64le-linux-gnu-gcc -nostdlib -static -o OUTDIR/obj/static.elf  OUTDIR/obj/O2/*.o
#   powerpc64le-linux-gnu-gcc -nostdlib -shared -Wl,-Bsymbolic -o OUTDIR/obj/libpg.so OUTDIR/obj/O2-pg/*.o
#   powerpc64le-linux-gnu-gcc -nostdlib -shared -o OUTDIR/obj/libp10.so   OUTDIR/obj/O2-p10/*.o except start.o
#   and for every object/executable F, into OUTDIR/NAME.{d,dr,dS,dl,drl,drS}.dis, NAME.readelf-s.txt, NAME.t.txt:
#     powerpc64le-linux-gnu-objdump -d F ; -dr F ; -dS F ; -dl F ; -drl F ; -drS F
#     powerpc64le-linux-gnu-readelf -sW F
#     powerpc64le-linux-gnu-objdump -t F
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-/tmp/tocsin-listings}
CC=powerpc64le-linux-gnu-gcc
OBJDUMP=powerpc64le-linux-gnu-objdump
READELF=powerpc64le-linux-gnu-readelf

rm -rf "$OUT"
mkdir -p "$OUT/obj"

variant_flags() {
	case $1 in
	O0) echo "-O0" ;;
	O2) echo "-O2" ;;
	O2-pg) echo "-O2 -mprofile-kernel -pg" ;;
	O2-p9) echo "-O2 -mcpu=power9 -mprofile-kernel -pg" ;;
	O2-p10) echo "-O2 -mcpu=power10" ;;
	O2-p10-pg) echo "-O2 -mcpu=power10 -mprofile-kernel -pg" ;;
	O2-be) echo "-O2 -mbig-endian -mabi=elfv2" ;;
	esac
}

VARIANTS="O0 O2 O2-pg O2-p9 O2-p10 O2-p10-pg O2-be"
for v in $VARIANTS; do
	mkdir -p "$OUT/obj/$v"
	for c in "$HERE"/c/*.c; do
		n=$(basename "$c" .c)
		# shellcheck disable=SC2046
		$CC -c -g $(variant_flags "$v") "$c" -o "$OUT/obj/$v/$n.o" &
	done
	wait
done

$CC -nostdlib -static -o "$OUT/obj/static.elf" "$OUT"/obj/O2/*.o
$CC -nostdlib -shared -Wl,-Bsymbolic -o "$OUT/obj/libpg.so" "$OUT"/obj/O2-pg/*.o
$CC -nostdlib -shared -o "$OUT/obj/libp10.so" $(ls "$OUT"/obj/O2-p10/*.o | grep -v /start.o)

dump() {
	f=$1
	name=$(echo "${f#$OUT/obj/}" | tr / _)
	for opt in d dr dS dl drl drS; do
		$OBJDUMP -$opt "$f" > "$OUT/$name.$opt.dis"
	done
	$READELF -sW "$f" > "$OUT/$name.readelf-s.txt"
	$OBJDUMP -t "$f" > "$OUT/$name.t.txt"
}

for f in "$OUT"/obj/*/*.o "$OUT"/obj/static.elf "$OUT"/obj/*.so; do
	dump "$f" &
	# at most a handful of jobs at a time
	while [ "$(jobs -p | wc -l)" -ge 4 ]; do sleep 0.05; done
done
wait
echo "listings written to $OUT: $(ls "$OUT" | grep -c -v '^obj$') files"
