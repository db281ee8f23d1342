# .fill of 100,000,000 zeros with code after it: kept as a count, listed as `...` (was 1.6 s).
	.fill 100000000
	nop
