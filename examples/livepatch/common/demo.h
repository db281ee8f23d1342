/*
 * Numbers shared by the kernel side (kernel.S) and the patch module (patch.S) of the
 * live-patching examples. Every value sits in its own hex digits, so a result shows at a
 * glance which pieces went into it:
 *
 *   arguments      0x1, 0x20, 0x300, ... 0xa000000000   (the scenarios pass these)
 *   KERNEL_BIAS    0x00000b0000000000                    A adds it after calling B
 *   PATCH_BIAS     0x0000c00000000000                    P adds it (B does not)
 *   KFUNC_BIAS     0x000d000000000000                    kernel_func adds it
 */
#ifndef LIVEPATCH_DEMO_H
#define LIVEPATCH_DEMO_H

#define KERNEL_BIAS	0xb0000000000
#define PATCH_BIAS	0xc00000000000
#define KFUNC_BIAS	0xd000000000000

/* Where argument n (1-based) of a call lives in the caller's parameter save area. */
#define STK_ARG(n)	(STACK_FRAME_MIN_SIZE + 8 * ((n) - 1))

/* A's frame: the ABI header and a parameter save area for ten arguments. */
#define A_FRAME		(STACK_FRAME_MIN_SIZE + 8 * 10)

#endif
