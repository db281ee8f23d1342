# Directives with no operands: each a clear error, as GNU as gives one (was an internal error for .space, .org, . =, .size, .equiv, .localentry, .reloc).
	.space
	.org
	. =
	.size
	.equiv
	.localentry
	.reloc
	.fill
	.set
	.type
	.incbin
	.long
	.balign
	.skip
	nop
