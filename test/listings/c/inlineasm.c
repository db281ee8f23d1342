/* Inline asm with nop, barriers, loops. */
static inline void barrier_nop(void)
{
	__asm__ __volatile__("nop" ::: "memory");
}

unsigned long spin_count;

void spin(unsigned long n)
{
	unsigned long i;
	for (i = 0; i < n; i++) {
		barrier_nop();
		spin_count++;
	}
	__asm__ __volatile__("sync" ::: "memory");
}

unsigned long read_tb(void)
{
	unsigned long tb;
	__asm__ __volatile__("mfspr %0,268" : "=r"(tb));
	return tb;
}
