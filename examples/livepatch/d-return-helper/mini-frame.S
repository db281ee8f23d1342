/*
 * Example (d1): seed 000's idea. ftrace_caller does not stay on the return path itself;
 * when B was reached by a local call it slips a small frame in under A's and points P's
 * return address at klp_return_helper, which undoes both and lands in A with A's TOC.
 *
 * A call that already has "ld r2,24(r1)" after it (a global call through a stub) needs no
 * help: its caller restores r2 itself, so P is simply entered with LR untouched.
 */
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>
#include "../common/ftrace.h"

/*
 * The inserted frame. P, as callee, may write every slot of the 32-byte ABI header (its LR
 * goes to 16, a stub's r2 to 24), so the real return address is kept just past it.
 */
#define MINI_FRAME	(STACK_FRAME_MIN_SIZE + 16)
#define MINI_LR		STACK_FRAME_MIN_SIZE

#define INSN_LD_R2_TOCSAVE	0xe8410018	/* ld r2,24(r1) */

	.abiversion 2
	.text

_GLOBAL(ftrace_caller)
	ftrace_enter_and_trace
	ftrace_leave
	bne-	1f
	bctr				/* B is not patched: carry on in B */
1:	mflr	r11
	lwz	r11, 0(r11)		/* the instruction A resumes at */
	lis	r12, INSN_LD_R2_TOCSAVE@h
	ori	r12, r12, INSN_LD_R2_TOCSAVE@l
	cmpw	r11, r12
	beq	2f			/* the caller restores its own r2 */
	std	r2, STK_GOT(r1)		/* A's TOC, in A's frame */
	mflr	r0
	stdu	r1, -MINI_FRAME(r1)
	std	r0, MINI_LR(r1)
	ld	r12, PACATOC(r13)
	addis	r12, r12, klp_return_helper@toc@ha
	addi	r12, r12, klp_return_helper@toc@l
	mtlr	r12			/* P returns into the helper */
	mr	r0, r12
2:	mfctr	r12			/* P's global entry wants r12 = P */
	bctr
	.size	ftrace_caller, .-ftrace_caller

/* Entered by P's blr, r1 = the inserted frame, r3 = P's result. */
	.type	klp_return_helper, @function
	.balign	4
klp_return_helper:
	ld	r0, MINI_LR(r1)
	addi	r1, r1, MINI_FRAME
	ld	r2, STK_GOT(r1)
	mtlr	r0
	blr
	.size	klp_return_helper, .-klp_return_helper
