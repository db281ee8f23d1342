/*
 * The kernel half of the live-patching examples: a 6.1-like ppc64le kernel cut down to the
 * few functions the stories need.
 *
 *   A              an ordinary kernel function with a frame; it calls B through B's local
 *                  entry (one TOC, so no nop and no r2 save) and then adds kernel_bias, which
 *                  it reads through r2: if r2 is not the kernel's TOC when B "returns", the
 *                  result shows it
 *   B              the function the examples live-patch; -mprofile-kernel prologue
 *   kernel_helper  a static (file-local) helper of B's: seed 002's local callee
 *   kernel_func    an exported function the patch may tail-call (seed 003's caveat)
 *   _mcount        where B's profiling call goes while ftrace is off for B
 *
 * Build variants, chosen per input in the scenarios:
 *   -DSTACK_ARGS     A and B take ten arguments; the 9th and 10th travel on the stack
 *   -DODD_TOC_MARK   B's global entry carries seed 003's odd-TOC marker
 */
#include <asm/ppc_asm.h>
#include "demo.h"

	.abiversion 2

/*
 * Kernel data reached through the TOC. kernel_bias is the first doubleword of .toc, i.e.
 * at TOC - 0x8000 (the 256-byte alignment keeps it there when the TOC base is rounded down
 * as ld does), and patch.S puts patch_bias at the same place in the module: a load of
 * kernel_bias made with the module's r2 picks up patch_bias instead.
 */
	.section .toc, "aw"
	.balign 256
kernel_bias:
	.8byte	KERNEL_BIAS
kfunc_bias:
	.8byte	KFUNC_BIAS

	.text

/* A(args...) = B(args...) + kernel_bias */
_GLOBAL_TOC(A)
	mflr	r0
	std	r0, LRSAVE(r1)
	stdu	r1, -A_FRAME(r1)
#ifdef STACK_ARGS
	/* pass our own 9th and 10th arguments on to B, in our parameter save area */
	ld	r11, (A_FRAME + STK_ARG(9))(r1)
	std	r11, STK_ARG(9)(r1)
	ld	r11, (A_FRAME + STK_ARG(10))(r1)
	std	r11, STK_ARG(10)(r1)
#endif
	bl	B			/* local entry: B shares our TOC */
	addis	r4, r2, kernel_bias@toc@ha
	ld	r4, kernel_bias@toc@l(r4)
	add	r3, r3, r4
	addi	r1, r1, A_FRAME
	ld	r0, LRSAVE(r1)
	mtlr	r0
	blr
	.size	A, .-A

/* B(args...) = kernel_helper(sum of its arguments) */
#ifdef ODD_TOC_MARK
_GLOBAL(B)
0:	addis	r2, r12, (.TOC.-0b)@ha
	/*
	 * The +1 is seed 003's marker: when ftrace enables B's profiling call it also sets the
	 * low bit of this immediate, so whoever enters B at its global entry reaches
	 * ftrace_caller with an odd r2 (a TOC is never odd), while a local caller's r2 stays
	 * even. The file shows the instruction as ftrace leaves it while B is traced.
	 */
	addi	r2, r2, (.TOC.-0b+1)@l
	.localentry B, .-B
#else
_GLOBAL_TOC(B)
#endif
	mflr	r0
	bl	_mcount			/* ftrace on: bl ftrace_caller */
	std	r0, LRSAVE(r1)
	stdu	r1, -STACK_FRAME_MIN_SIZE(r1)
	add	r3, r3, r4
#ifdef STACK_ARGS
	add	r3, r3, r5
	add	r3, r3, r6
	add	r3, r3, r7
	add	r3, r3, r8
	add	r3, r3, r9
	add	r3, r3, r10
	ld	r11, (STACK_FRAME_MIN_SIZE + STK_ARG(9))(r1)
	add	r3, r3, r11
	ld	r11, (STACK_FRAME_MIN_SIZE + STK_ARG(10))(r1)
	add	r3, r3, r11
#endif
	bl	kernel_helper		/* file-local: same TOC, no nop */
	addi	r1, r1, STACK_FRAME_MIN_SIZE
	ld	r0, LRSAVE(r1)
	mtlr	r0
	blr
	.size	B, .-B

/* kernel_helper(v) = v with the top bit cleared (the examples' values never have it set) */
	.type	kernel_helper, @function
	.balign	4
kernel_helper:
	clrldi	r3, r3, 1
	blr
	.size	kernel_helper, .-kernel_helper

/* kernel_func(v) = v + kfunc_bias; needs its own TOC, so callers from a module use r12 */
_GLOBAL_TOC(kernel_func)
	addis	r9, r2, kfunc_bias@toc@ha
	ld	r9, kfunc_bias@toc@l(r9)
	add	r3, r3, r9
	blr
	.size	kernel_func, .-kernel_func

/*
 * With ftrace off, a -mprofile-kernel call lands here: LR points back into the traced
 * function and r0 still holds that function's own return address. Go back to the call
 * site with LR as it was before the call.
 */
_GLOBAL(_mcount)
	mflr	r11
	mtlr	r0
	mtctr	r11
	bctr
	.size	_mcount, .-_mcount
