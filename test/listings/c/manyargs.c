/* More than eight arguments: parameters passed on the stack. */
extern long sink(long, long, long, long, long, long, long, long, long, long);

long sum10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j)
{
	return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}

long call_many(long x)
{
	long r = sink(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9);
	return r + sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, r);
}
