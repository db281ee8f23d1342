/* Function pointers, switch tables, a sibling call. */
typedef long (*handler_t)(long, long);
extern long do_read(long, long);
extern long do_write(long, long);
extern long do_default(long fd, long arg);

static long do_open(long a, long b) { return a + b * 3; }

handler_t handlers[4] = { do_read, do_write, do_open, 0 };

long dispatch(int op, long a, long b)
{
	handler_t h = handlers[op & 3];
	if (h)
		return h(a, b);
	return 0;
}

int classify(int c)
{
	switch (c) {
	case 0: return 11;
	case 1: return 23;
	case 2: return 5;
	case 3: return 78;
	case 4: return 19;
	case 5: return 4;
	case 6: return 60;
	case 7: return 2;
	case 9: return 31;
	default: return -1;
	}
}

long tail_forward(long fd, long arg)
{
	return do_default(fd + 1, arg);
}
