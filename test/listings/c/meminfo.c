/* Kernel-like: extern calls, static local calls, globals via the TOC, varargs. */
struct seq_file;
extern int seq_printf(struct seq_file *m, const char *fmt, ...);
extern long si_mem_available(void);
extern unsigned long totalram_pages;
static unsigned long vmalloc_used;

static void __attribute__((noinline)) show_val_kb(struct seq_file *m, const char *s, unsigned long num)
{
	seq_printf(m, "%s%8lu kB\n", s, num << 2);
}

int meminfo_proc_show(struct seq_file *m, void *v)
{
	long available = si_mem_available();

	show_val_kb(m, "MemTotal:       ", totalram_pages);
	show_val_kb(m, "MemAvailable:   ", available);
	show_val_kb(m, "VmallocUsed:    ", vmalloc_used);
	show_val_kb(m, "VmallocChunk:   ", 0ul);
	return 0;
}

int log_event(const char *fmt, ...)
{
	__builtin_va_list ap;
	int n = 0;
	__builtin_va_start(ap, fmt);
	while (*fmt)
		if (*fmt++ == '%')
			n += __builtin_va_arg(ap, int);
	__builtin_va_end(ap);
	return n;
}
