/*
 * Examples (d2, d3): seed 003's frameless return helper, keyed on the odd-TOC marker.
 *
 * With B's global entry marked (kernel.S, -DODD_TOC_MARK), r2 is odd here exactly when B
 * was entered through its global entry, whose caller saves and restores its own TOC. After
 * a local call, ftrace_caller keeps A's TOC in A's own TOC slot, 24(r1), and the return
 * address as a 32-bit distance from that TOC in the spare word at 12(r1), and makes P
 * return into klp_return_helper, which takes both back from the slots. Nothing new goes on
 * the stack, so P sees A's frame as B would.
 *
 * The caveat: the TOC slot belongs to A's callee, and that is P. If P leaves the module
 * with a tail call ("b kernel_func"), the loader's stub stores the module's r2 in that very
 * slot; the helper then restores the module's TOC and, counting the return address from
 * it, returns far below the module: an oops, not a lockup.
 */
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>
#include "../common/ftrace.h"

#define RET_OFFSET	12		/* the reserved word beside the CR save word */

	.abiversion 2
	.text

_GLOBAL(ftrace_caller)
	ftrace_enter_and_trace
	/* cr1 "eq": r2 was even, a local call. Clear the marker in the r2 we give back. */
	ld	r9, GPR2(r1)
	clrldi	r10, r9, 63
	cmpdi	cr1, r10, 0
	xor	r9, r9, r10
	std	r9, GPR2(r1)
	ftrace_leave
	bne-	1f
	bctr				/* B is not patched: carry on in B */
1:	bne-	cr1, 2f			/* global call: its caller restores r2 */
	ld	r11, PACATOC(r13)
	addis	r12, r11, klp_return_helper@toc@ha
	addi	r12, r12, klp_return_helper@toc@l
	cmpd	r12, r0			/* already bound for the helper: its one slot is taken */
	beq-	2f
	std	r2, STK_GOT(r1)		/* A's TOC, in A's frame */
	subf	r11, r0, r2		/* A's TOC - return address */
	stw	r11, RET_OFFSET(r1)
	mtlr	r12			/* P returns into the helper */
	mr	r0, r12
2:	mfctr	r12			/* P's global entry wants r12 = P */
	bctr
	.size	ftrace_caller, .-ftrace_caller

/* Entered by P's return, r1 = A's frame, r3 = P's result. */
	.type	klp_return_helper, @function
	.balign	4
klp_return_helper:
	ld	r2, STK_GOT(r1)
	lwa	r0, RET_OFFSET(r1)
	subf	r0, r0, r2		/* the TOC less the distance: the return address */
	mtlr	r0
	blr
	.size	klp_return_helper, .-klp_return_helper

/*
 * The rest of the kernel's text: in a real vmlinux megabytes of code lie between a function
 * and the TOC, so the distance above is large, as it is here.
 */
	.space	0x100000
