# `#define` with nothing after it (was an internal error).
#define
	nop
