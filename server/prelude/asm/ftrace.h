/* ftrace: the profiling call is one instruction. */
#ifndef TOCSIN_FTRACE_H
#define TOCSIN_FTRACE_H
#define MCOUNT_INSN_SIZE 4
#endif
