/*
 * BUG and WARN records: a 12-byte __bug_table entry (address and file as 32-bit offsets
 * from the entry, line, flags) with the file name in .rodata, as the 6.1 kernel lays it out.
 */
#ifndef TOCSIN_BUG_H
#define TOCSIN_BUG_H
#define BUGFLAG_WARNING (1 << 0)
.macro EMIT_BUG_ENTRY addr, file, line, flags
	.section __bug_table,"aw"
5001:	.4byte \addr - .
	.4byte 5002f - .
	.short \line, \flags
	.org 5001b + 12
	.previous
	.section .rodata,"a"
5002:	.asciz "\file"
	.previous
.endm
.macro EMIT_WARN_ENTRY addr, file, line, flags
	EMIT_BUG_ENTRY \addr, \file, \line, (\flags) | BUGFLAG_WARNING
.endm
#endif
