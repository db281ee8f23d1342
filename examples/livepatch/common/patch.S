/*
 * The live-patch module of the examples: P replaces B. Like any module it has a TOC of its
 * own (patch_bias lives there) and reaches kernel code only through the module loader's
 * stubs. Its global entry builds r2 from r12, which is why every trampoline that diverts B
 * to P has to enter P there, with r12 = P.
 *
 * Variants, chosen per input in the scenarios:
 *   (none)            P(a, b) = a + b + patch_bias
 *   -DSTACK_ARGS      P takes B's ten arguments and reads the last two from its caller's frame
 *   -DSIBLING_CALL    P ends in a tail call to kernel_func (seed 003's caveat)
 *   -DKLP_LOCAL_CALL  P calls B's file-local kernel_helper through its .klp.sym symbol, and,
 *                     since the call was local in B's object, without a nop after the bl
 *                     (seed 002)
 *   -DSTRAY_STORE     P has a bug: a store that lands on the entry livepatch_handler pushed
 *                     for it, over the end marker
 */
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>
#include "demo.h"

	.abiversion 2

/* First doubleword of the module's .toc: at TOC - 0x8000, where kernel_bias is in vmlinux. */
	.section .toc, "aw"
	.balign 256
patch_bias:
	.8byte	PATCH_BIAS

	.text

_GLOBAL_TOC(P)
#ifdef KLP_LOCAL_CALL
	mflr	r0
	std	r0, LRSAVE(r1)
	stdu	r1, -STACK_FRAME_MIN_SIZE(r1)
	add	r3, r3, r4
	bl	".klp.sym.vmlinux.kernel_helper,0"
	addis	r4, r2, patch_bias@toc@ha	/* where the loader wants a nop to patch */
	ld	r4, patch_bias@toc@l(r4)
	add	r3, r3, r4
	addi	r1, r1, STACK_FRAME_MIN_SIZE
	ld	r0, LRSAVE(r1)
	mtlr	r0
	blr
#else
	addis	r12, r2, patch_bias@toc@ha	/* r12: r3..r10 may all be arguments */
	ld	r12, patch_bias@toc@l(r12)
	add	r3, r3, r4
#ifdef STACK_ARGS
	add	r3, r3, r5
	add	r3, r3, r6
	add	r3, r3, r7
	add	r3, r3, r8
	add	r3, r3, r9
	add	r3, r3, r10
	/* no frame of our own: our caller's parameter save area starts at 32(r1) */
	ld	r11, STK_ARG(9)(r1)
	add	r3, r3, r11
	ld	r11, STK_ARG(10)(r1)
	add	r3, r3, r11
#endif
	add	r3, r3, r12
#ifdef STRAY_STORE
	ld	r11, PACA_THREAD_INFO(r13)
	ld	r11, TI_livepatch_sp(r11)
	li	r0, 0
	std	r0, -8(r11)		/* the top doubleword: STACK_END_MAGIC */
#endif
#ifdef SIBLING_CALL
	b	kernel_func		/* tail call out of the module: through a loader stub */
#else
	blr
#endif
#endif
	.size	P, .-P
