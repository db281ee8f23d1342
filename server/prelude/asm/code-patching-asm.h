/* Patch sites: a global .rodata word naming an instruction by its offset from the word. */
#ifndef TOCSIN_CODE_PATCHING_ASM_H
#define TOCSIN_CODE_PATCHING_ASM_H
.macro patch_site label name
	.pushsection ".rodata"
	.balign 4
	.global \name
\name:	.4byte \label - .
	.popsection
.endm
#endif
