/*
 * Example (c): the livepatch stack (seed 001), the way 4.7 and later kernels ship it.
 *
 * What must survive the call to P, A's TOC and A's return address, goes on a small
 * per-task stack that grows up from the bottom of the task's kernel stack and is found
 * through thread_info. The ordinary stack is left exactly as A built it, so P, entered
 * with A's r1, finds stack arguments where B would. A marker on top of each entry is checked
 * on the way back: if something wrote over it (the ordinary stack, grown down this far),
 * the trap below is a BUG.
 */
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>
#include <asm/bug.h>
#include <linux/magic.h>
#include "../common/ftrace.h"

/* One livepatch stack entry, addressed from the new top of that stack. */
#define LPS_ENTRY	24
#define LPS_TOC		(-LPS_ENTRY)
#define LPS_LR		(-LPS_ENTRY + 8)
#define LPS_MARK	(-LPS_ENTRY + 16)

	.abiversion 2
	.text

_GLOBAL(ftrace_caller)
	ftrace_enter_and_trace
	ftrace_leave
	bne-	livepatch_handler
	bctr				/* B is not patched: carry on in B */
	.size	ftrace_caller, .-ftrace_caller

/*
 * CTR = P's global entry, LR = return address into A, r2 = A's TOC, r1 = A's frame.
 * r11 and r12 are free: nothing expects them preserved across a call.
 */
	.type	livepatch_handler, @function
	.balign	4
livepatch_handler:
	ld	r12, PACA_THREAD_INFO(r13)
	ld	r11, TI_livepatch_sp(r12)
	addi	r11, r11, LPS_ENTRY	/* push one entry */
	std	r11, TI_livepatch_sp(r12)
	mflr	r12
	std	r2, LPS_TOC(r11)
	std	r12, LPS_LR(r11)
	lis	r12, STACK_END_MAGIC@h
	ori	r12, r12, STACK_END_MAGIC@l
	std	r12, LPS_MARK(r11)
	mfctr	r12			/* global entry: r12 = P */
	bctrl
	/* back from P: only r3 (the result) and the non-volatiles matter now */
	ld	r12, PACA_THREAD_INFO(r13)
	ld	r11, TI_livepatch_sp(r12)
	lis	r2, STACK_END_MAGIC@h
	ori	r2, r2, STACK_END_MAGIC@l
	ld	r12, LPS_MARK(r11)
1:	tdne	r12, r2			/* marker overwritten: BUG */
	EMIT_BUG_ENTRY 1b, __FILE__, __LINE__ - 1, 0
	ld	r12, LPS_LR(r11)
	mtlr	r12
	ld	r2, LPS_TOC(r11)
	ld	r12, PACA_THREAD_INFO(r13)
	subi	r11, r11, LPS_ENTRY	/* pop it */
	std	r11, TI_livepatch_sp(r12)
	blr
	.size	livepatch_handler, .-livepatch_handler
