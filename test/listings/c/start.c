/* Minimal freestanding entry point and stubs for the static link. */
struct seq_file { int dummy; };
unsigned long totalram_pages = 4096;
int seq_printf(struct seq_file *m, const char *fmt, ...) { (void)fmt; return m ? m->dummy : 0; }
long si_mem_available(void) { return 1024; }
long do_read(long a, long b) { return a - b; }
long do_write(long a, long b) { return a ^ b; }
long do_default(long fd, long arg) { return fd | arg; }
long sink(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j)
{ return a + b + c + d + e + f + g + h + i + j; }
void report(int state, int c) { (void)state; (void)c; }
void _mcount(void) { }

extern int meminfo_proc_show(struct seq_file *, void *);
extern long dispatch(int, long, long);
extern long call_many(long);
extern int parse_state(const char *);

void _start(void)
{
	struct seq_file m = { 0 };
	long r = meminfo_proc_show(&m, 0) + dispatch(1, 2, 3) + call_many(4) + parse_state("{\"a\"}");
	register long r3 __asm__("r3") = r;
	register long r0 __asm__("r0") = 1; /* exit */
	__asm__ __volatile__("sc" : : "r"(r0), "r"(r3));
	for (;;) ;
}
