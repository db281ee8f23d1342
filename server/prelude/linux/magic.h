/* The marker livepatch_handler keeps at the top of a livepatch stack frame. */
#ifndef TOCSIN_MAGIC_H
#define TOCSIN_MAGIC_H
#define STACK_END_MAGIC 0x57AC6E9D
#endif
