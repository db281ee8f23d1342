/* The other side of caller.c, and a freestanding _start for the static link. */
int counter = 7;

int ext_add(int a, int b)
{
	return a + b + counter;
}

__attribute__((visibility("hidden"))) int ext_hidden(int a)
{
	return a - counter;
}

__attribute__((visibility("protected"))) int ext_protected(int a)
{
	return a * counter;
}

__attribute__((weak)) int ext_weak(int a)
{
	return a | counter;
}

void _mcount(void)
{
}

void _start(void)
{
	for (;;)
		;
}
