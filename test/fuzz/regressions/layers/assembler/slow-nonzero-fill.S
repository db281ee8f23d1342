# 100,000,000 bytes of a non-zero fill, then code: the pattern written once, where the section is
# made (was 3 s of copying).
	.space 100000000, 8
	nop
