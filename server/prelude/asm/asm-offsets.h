/*
 * Structure offsets and frame sizes the trampolines use, as a 6.1 ppc64le_defconfig build
 * with CONFIG_LIVEPATCH=y generates them. A built tree's own asm-offsets.h takes precedence
 * (pass its include path); single values can be overridden with -D NAME=VALUE.
 */
#ifndef TOCSIN_ASM_OFFSETS_H
#define TOCSIN_ASM_OFFSETS_H

#ifndef STACK_FRAME_OVERHEAD
#define STACK_FRAME_OVERHEAD 112
#endif
#ifndef SWITCH_FRAME_SIZE
#define SWITCH_FRAME_SIZE 496
#endif
#ifndef INT_FRAME_SIZE
#define INT_FRAME_SIZE 784
#endif

/* struct pt_regs within an exception or switch frame: 32 GPRs, then the special registers. */
#define TOCSIN_GPR(n) (STACK_FRAME_OVERHEAD + 8 * (n))
#ifndef GPR0
#define GPR0 TOCSIN_GPR(0)
#endif
#ifndef GPR1
#define GPR1 TOCSIN_GPR(1)
#endif
#ifndef GPR2
#define GPR2 TOCSIN_GPR(2)
#endif
#ifndef GPR3
#define GPR3 TOCSIN_GPR(3)
#endif
#ifndef GPR4
#define GPR4 TOCSIN_GPR(4)
#endif
#ifndef GPR5
#define GPR5 TOCSIN_GPR(5)
#endif
#ifndef GPR6
#define GPR6 TOCSIN_GPR(6)
#endif
#ifndef GPR7
#define GPR7 TOCSIN_GPR(7)
#endif
#ifndef GPR8
#define GPR8 TOCSIN_GPR(8)
#endif
#ifndef GPR9
#define GPR9 TOCSIN_GPR(9)
#endif
#ifndef GPR10
#define GPR10 TOCSIN_GPR(10)
#endif
#ifndef GPR11
#define GPR11 TOCSIN_GPR(11)
#endif
#ifndef GPR12
#define GPR12 TOCSIN_GPR(12)
#endif
#ifndef GPR13
#define GPR13 TOCSIN_GPR(13)
#endif
#ifndef GPR14
#define GPR14 TOCSIN_GPR(14)
#endif
#ifndef GPR15
#define GPR15 TOCSIN_GPR(15)
#endif
#ifndef GPR16
#define GPR16 TOCSIN_GPR(16)
#endif
#ifndef GPR17
#define GPR17 TOCSIN_GPR(17)
#endif
#ifndef GPR18
#define GPR18 TOCSIN_GPR(18)
#endif
#ifndef GPR19
#define GPR19 TOCSIN_GPR(19)
#endif
#ifndef GPR20
#define GPR20 TOCSIN_GPR(20)
#endif
#ifndef GPR21
#define GPR21 TOCSIN_GPR(21)
#endif
#ifndef GPR22
#define GPR22 TOCSIN_GPR(22)
#endif
#ifndef GPR23
#define GPR23 TOCSIN_GPR(23)
#endif
#ifndef GPR24
#define GPR24 TOCSIN_GPR(24)
#endif
#ifndef GPR25
#define GPR25 TOCSIN_GPR(25)
#endif
#ifndef GPR26
#define GPR26 TOCSIN_GPR(26)
#endif
#ifndef GPR27
#define GPR27 TOCSIN_GPR(27)
#endif
#ifndef GPR28
#define GPR28 TOCSIN_GPR(28)
#endif
#ifndef GPR29
#define GPR29 TOCSIN_GPR(29)
#endif
#ifndef GPR30
#define GPR30 TOCSIN_GPR(30)
#endif
#ifndef GPR31
#define GPR31 TOCSIN_GPR(31)
#endif
#ifndef _NIP
#define _NIP 368
#endif
#ifndef _MSR
#define _MSR 376
#endif
#ifndef ORIG_GPR3
#define ORIG_GPR3 384
#endif
#ifndef _CTR
#define _CTR 392
#endif
#ifndef _LINK
#define _LINK 400
#endif
#ifndef _XER
#define _XER 408
#endif
#ifndef _CCR
#define _CCR 416
#endif
#ifndef SOFTE
#define SOFTE 424
#endif
#ifndef _TRAP
#define _TRAP 432
#endif
#ifndef _DAR
#define _DAR 440
#endif
#ifndef _DSISR
#define _DSISR 448
#endif
#ifndef RESULT
#define RESULT 456
#endif

/* thread_info and the paca. */
#ifndef TI_livepatch_sp
#define TI_livepatch_sp 16
#endif
#ifndef PACATOC
#define PACATOC 16
#endif
#ifndef PACA_THREAD_INFO
#define PACA_THREAD_INFO 2312
#endif
#ifndef PACA_FTRACE_ENABLED
#define PACA_FTRACE_ENABLED 2588
#endif

/* task_struct, thread_struct and the paca, for the context switch. */
#ifndef THREAD
#define THREAD 3264
#endif
#ifndef TASK_CANARY
#define TASK_CANARY 1776
#endif
#ifndef KSP
#define KSP 0
#endif
#ifndef KSP_VSID
#define KSP_VSID 8
#endif
#ifndef PACACURRENT
#define PACACURRENT 2312
#endif
#ifndef PACAKSAVE
#define PACAKSAVE 2320
#endif
#ifndef PACA_CANARY
#define PACA_CANARY 3192
#endif
#ifndef PACA_SLBSHADOWPTR
#define PACA_SLBSHADOWPTR 64
#endif
#ifndef SLBSHADOW_STACKESID
#define SLBSHADOW_STACKESID 32
#endif
#ifndef SLBSHADOW_STACKVSID
#define SLBSHADOW_STACKVSID 40
#endif

#ifndef PACAHWCPUID
#define PACAHWCPUID 56
#endif
#ifndef PACAKEXECSTATE
#define PACAKEXECSTATE 59
#endif

#endif
