/*
 * The part of ftrace_caller all the examples share, a simplified 6.1 -mprofile-kernel protocol:
 * 6.1's ftrace_regs_entry first pushes a 32-byte minimal frame standing for B, then the pt_regs
 * frame, and returns to B untraced when PACA_FTRACE_ENABLED is clear; this one does neither.
 * Each example's ftrace_caller.S wraps it and differs only in what it does once the
 * live-patch tracer has moved the NIP from B to P.
 *
 * On entry (B's "bl _mcount", redirected here by ftrace):
 *   LR = B's profiling call + 4    r0 = B's return address, into A
 *   r1 = A's frame (B has none yet) r2 = the TOC B runs with (A's, for a local call)
 */
#ifndef LIVEPATCH_FTRACE_H
#define LIVEPATCH_FTRACE_H
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>
#include <asm/ftrace.h>

/*
 * Open a switch frame holding a complete pt_regs, record where B resumes (NIP) and where it
 * returns to (LINK), switch to the kernel TOC and call the tracer as
 * klp_ftrace_handler(ip, parent_ip, ops, regs). Leaves r14 = the NIP the tracer was given.
 */
.macro ftrace_enter_and_trace
	std	r0, LRSAVE(r1)			/* B's return address, in A's frame */
	stdu	r1, -SWITCH_FRAME_SIZE(r1)
	SAVE_GPR(0, r1)
	SAVE_GPRS(2, 31, r1)
	addi	r8, r1, SWITCH_FRAME_SIZE
	std	r8, GPR1(r1)			/* r1 as B had it */
	mflr	r7
	std	r7, _NIP(r1)
	std	r0, _LINK(r1)
	mr	r14, r7				/* kept across the call: r14 is non-volatile */
	std	r2, STK_GOT(r1)
	LOAD_PACA_TOC()
	subi	r3, r7, MCOUNT_INSN_SIZE	/* ip: B's profiling call itself */
	mr	r4, r0				/* parent ip */
	li	r5, 0				/* ftrace_ops: none in this model */
	addi	r6, r1, STACK_FRAME_OVERHEAD	/* the pt_regs */
	bl	klp_ftrace_handler
	nop
.endm

/*
 * Undo ftrace_enter_and_trace: every GPR as it was (r2 and r14 included), LR = B's return
 * address, r1 = A's frame again, CTR = the NIP as the tracer left it (P's global entry when
 * B is patched), and cr0 "ne" exactly when the tracer changed it.
 */
.macro ftrace_leave
	ld	r3, _NIP(r1)
	mtctr	r3
	cmpd	r14, r3
	REST_GPR(0, r1)
	REST_GPRS(2, 31, r1)
	ld	r0, _LINK(r1)
	mtlr	r0
	addi	r1, r1, SWITCH_FRAME_SIZE
.endm

#endif
