/*
 * Example (b): an ftrace_caller that keeps A's TOC and return address in a frame of its
 * own on the ordinary stack, calls P with bctrl and puts both back when P returns.
 *
 * That is enough while every argument travels in registers. An argument past the eighth
 * is in A's parameter save area, which B (and so P, having B's prototype) finds at its
 * entry r1 + 96. Entered from here, P's entry r1 is this frame, STACK_FRAME_MIN_SIZE below
 * A's, and the same offset lands inside A's frame, on the wrong slots.
 */
#include <asm/ppc_asm.h>
#include "../common/ftrace.h"

/* A's LR save slot, seen from inside our frame */
#define A_LRSAVE	(STACK_FRAME_MIN_SIZE + LRSAVE)

	.abiversion 2
	.text

_GLOBAL(ftrace_caller)
	ftrace_enter_and_trace
	ftrace_leave
	bne-	1f
	bctr				/* B is not patched: carry on in B */
1:	stdu	r1, -STACK_FRAME_MIN_SIZE(r1)
	std	r2, STK_GOT(r1)		/* A's TOC */
	mflr	r0
	std	r0, A_LRSAVE(r1)	/* where A's callee keeps its return address */
	mfctr	r12			/* P's global entry wants r12 = P */
	bctrl
	ld	r2, STK_GOT(r1)
	ld	r0, A_LRSAVE(r1)
	mtlr	r0
	addi	r1, r1, STACK_FRAME_MIN_SIZE
	blr
	.size	ftrace_caller, .-ftrace_caller
