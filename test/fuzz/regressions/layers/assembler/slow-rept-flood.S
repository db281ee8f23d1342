# A runaway .rept whose every statement warns: stopped at the statement limit, the warning
# counted past a hundred (was 500,000 diagnostics, 37 s).
	.rept 1000000000
	.long 0x100000000
	.endr
