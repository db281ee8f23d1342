/*
 * A live-patch trampoline in the style of arch/powerpc kernel code, written for
 * Tocsin's examples: it saves the caller's TOC and return address on a per-thread
 * stack, calls the replacement function through its global entry, and restores both.
 */
#include <asm/ppc_asm.h>
#include <asm/asm-offsets.h>

#define KLP_FRAME	24		/* TOC, LR and an end marker */
#define KLP_MAGIC	0x57AC6E9D

	.abiversion 2
	.section ".text","ax",@progbits

_GLOBAL(tocsin_klp_enter)
	/* r12 = thread_info, CTR = replacement function */
	ld	r11, TI_livepatch_sp(r12)
	addi	r11, r11, KLP_FRAME
	std	r11, TI_livepatch_sp(r12)

	std	r2, -24(r11)		# caller's TOC
	mflr	r12
	std	r12, -16(r11)		# real return address
	lis	r12, KLP_MAGIC@h
	ori	r12, r12, KLP_MAGIC@l
	std	r12, -8(r11)

	mfctr	r12			; bctrl	/* global entry wants r12 = its address */

	ld	r12, PACA_THREAD_INFO(r13)
	ld	r11, TI_livepatch_sp(r12)
	lis	r2, KLP_MAGIC@h
	ori	r2, r2, KLP_MAGIC@l
	ld	r12, -8(r11)
1:	tdne	r12, r2
	EMIT_BUG_ENTRY 1b, __FILE__, __LINE__ - 1, 0

	ld	r12, -16(r11)
	mtlr	r12
	ld	r2, -24(r11)
	subi	r11, r11, KLP_FRAME
	blr
	.size tocsin_klp_enter, .-tocsin_klp_enter

/* A function with both entry points: the global one builds r2 from r12. */
	.globl	tocsin_patched
	.type	tocsin_patched, @function
tocsin_patched:
0:	addis	r2, r12, (.TOC.-0b)@ha
	addi	r2, r2, (.TOC.-0b)@l
	.localentry tocsin_patched, .-tocsin_patched
	mflr	r0
	bl	_mcount
	addis	r3, r2, tocsin_counter@toc@ha
	ld	r3, tocsin_counter@toc@l(r3)
	cmpdi	cr7, r3, 0
	beq+	cr7, 2f
	bl	tocsin_helper
	nop
2:	li	r3, 0
	blr
	.size tocsin_patched, .-tocsin_patched
