/* Kernel stacks: 16 KiB (CONFIG_THREAD_SHIFT=14), aligned to their size. */
#ifndef TOCSIN_THREAD_INFO_H
#define TOCSIN_THREAD_INFO_H
#define THREAD_SHIFT 14
#define THREAD_SIZE (1 << THREAD_SHIFT)
#endif
