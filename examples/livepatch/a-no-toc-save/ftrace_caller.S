/*
 * Example (a): an ftrace_caller that diverts B to P and keeps nothing for the way back.
 *
 * A called B through B's local entry, so A saved no TOC: it counts on r2 coming back
 * unchanged. P, a module function, is entered at its global entry (r12 = P) and sets r2 to
 * the module's TOC. Branching there with LR still pointing into A means P's blr goes
 * straight back to A, with the module's TOC in r2.
 */
#include <asm/ppc_asm.h>
#include "../common/ftrace.h"

	.abiversion 2
	.text

_GLOBAL(ftrace_caller)
	ftrace_enter_and_trace
	ftrace_leave
	bne-	1f
	bctr				/* B is not patched: carry on in B */
1:	mfctr	r12			/* P builds its TOC from r12 */
	bctr				/* ...and returns to A with it */
	.size	ftrace_caller, .-ftrace_caller
