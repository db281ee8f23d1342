/*
 * A kernel-style function whose call to an external function has no nop after it:
 * the linker (and, in a module, the module loader) has nowhere to restore r2.
 */
#include <asm/ppc_asm.h>

	.abiversion 2

_GLOBAL_TOC(tocsin_report)
	mflr	r0
	std	r0, LRSAVE(r1)
	stdu	r1, -STACK_FRAME_MIN_SIZE(r1)
	bl	printk			/* no nop: r2 cannot be restored */
	addi	r1, r1, STACK_FRAME_MIN_SIZE
	ld	r0, LRSAVE(r1)
	mtlr	r0
	blr

_GLOBAL_TOC(tocsin_report_fixed)
	mflr	r0
	std	r0, LRSAVE(r1)
	stdu	r1, -STACK_FRAME_MIN_SIZE(r1)
	bl	printk
	nop				/* the linker turns this into ld r2,24(r1) */
	addi	r1, r1, STACK_FRAME_MIN_SIZE
	ld	r0, LRSAVE(r1)
	mtlr	r0
	blr
