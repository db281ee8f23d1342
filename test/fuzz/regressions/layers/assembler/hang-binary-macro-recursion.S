# A macro that invokes itself twice under a .if on a growing argument: 2^100 expansions, each
# one statement longer; stopped by the statement-text limit (was 17 s).
.macro r n
.if \n
r "(\n-1)"
r "(\n-1)"
.endif
.endm
	r 100
	nop
