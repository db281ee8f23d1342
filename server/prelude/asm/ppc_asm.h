/*
 * Tocsin's stand-in for the kernel's asm/ppc_asm.h: register names, the ELFv2 stack frame,
 * function entry points, GPR save/restore in both the older (SAVE_8GPRS) and the 6.x
 * (SAVE_GPRS) spellings, and loading addresses and constants.
 */
#ifndef TOCSIN_PPC_ASM_H
#define TOCSIN_PPC_ASM_H
#include <asm/asm-compat.h>
#include <asm/asm-offsets.h>

/* Registers: GNU as wants the % prefix; CR fields are plain numbers. */
#define r0 %r0
#define r1 %r1
#define r2 %r2
#define r3 %r3
#define r4 %r4
#define r5 %r5
#define r6 %r6
#define r7 %r7
#define r8 %r8
#define r9 %r9
#define r10 %r10
#define r11 %r11
#define r12 %r12
#define r13 %r13
#define r14 %r14
#define r15 %r15
#define r16 %r16
#define r17 %r17
#define r18 %r18
#define r19 %r19
#define r20 %r20
#define r21 %r21
#define r22 %r22
#define r23 %r23
#define r24 %r24
#define r25 %r25
#define r26 %r26
#define r27 %r27
#define r28 %r28
#define r29 %r29
#define r30 %r30
#define r31 %r31
#define f0 %f0
#define f1 %f1
#define f2 %f2
#define f3 %f3
#define f4 %f4
#define f5 %f5
#define f6 %f6
#define f7 %f7
#define f8 %f8
#define f9 %f9
#define f10 %f10
#define f11 %f11
#define f12 %f12
#define f13 %f13
#define f14 %f14
#define f15 %f15
#define f16 %f16
#define f17 %f17
#define f18 %f18
#define f19 %f19
#define f20 %f20
#define f21 %f21
#define f22 %f22
#define f23 %f23
#define f24 %f24
#define f25 %f25
#define f26 %f26
#define f27 %f27
#define f28 %f28
#define f29 %f29
#define f30 %f30
#define f31 %f31
#define v0 %v0
#define v1 %v1
#define v2 %v2
#define v3 %v3
#define v4 %v4
#define v5 %v5
#define v6 %v6
#define v7 %v7
#define v8 %v8
#define v9 %v9
#define v10 %v10
#define v11 %v11
#define v12 %v12
#define v13 %v13
#define v14 %v14
#define v15 %v15
#define v16 %v16
#define v17 %v17
#define v18 %v18
#define v19 %v19
#define v20 %v20
#define v21 %v21
#define v22 %v22
#define v23 %v23
#define v24 %v24
#define v25 %v25
#define v26 %v26
#define v27 %v27
#define v28 %v28
#define v29 %v29
#define v30 %v30
#define v31 %v31
#define vs0 %vs0
#define vs1 %vs1
#define vs2 %vs2
#define vs3 %vs3
#define vs4 %vs4
#define vs5 %vs5
#define vs6 %vs6
#define vs7 %vs7
#define vs8 %vs8
#define vs9 %vs9
#define vs10 %vs10
#define vs11 %vs11
#define vs12 %vs12
#define vs13 %vs13
#define vs14 %vs14
#define vs15 %vs15
#define vs16 %vs16
#define vs17 %vs17
#define vs18 %vs18
#define vs19 %vs19
#define vs20 %vs20
#define vs21 %vs21
#define vs22 %vs22
#define vs23 %vs23
#define vs24 %vs24
#define vs25 %vs25
#define vs26 %vs26
#define vs27 %vs27
#define vs28 %vs28
#define vs29 %vs29
#define vs30 %vs30
#define vs31 %vs31
#define vs32 %vs32
#define vs33 %vs33
#define vs34 %vs34
#define vs35 %vs35
#define vs36 %vs36
#define vs37 %vs37
#define vs38 %vs38
#define vs39 %vs39
#define vs40 %vs40
#define vs41 %vs41
#define vs42 %vs42
#define vs43 %vs43
#define vs44 %vs44
#define vs45 %vs45
#define vs46 %vs46
#define vs47 %vs47
#define vs48 %vs48
#define vs49 %vs49
#define vs50 %vs50
#define vs51 %vs51
#define vs52 %vs52
#define vs53 %vs53
#define vs54 %vs54
#define vs55 %vs55
#define vs56 %vs56
#define vs57 %vs57
#define vs58 %vs58
#define vs59 %vs59
#define vs60 %vs60
#define vs61 %vs61
#define vs62 %vs62
#define vs63 %vs63
#define cr0 0
#define cr1 1
#define cr2 2
#define cr3 3
#define cr4 4
#define cr5 5
#define cr6 6
#define cr7 7

/* ELFv2 stack frame: back chain 0, CR save 8, LR save 16, TOC save 24, parameters from 32. */
#define LRSAVE 16
#define TOCSAVE 24
#define STK_GOT 24
#define STACK_FRAME_MIN_SIZE 32
#define STK_PARAM(i) (32 + ((i) - 3) * 8)
#define STK_REG(i) (112 + ((i) - 14) * 8)

/* Function entry points. _GLOBAL_TOC adds the global entry's TOC set-up and the local entry. */
#define DOTSYM(a) a
#define _GLOBAL(name) .align 2 ; .type name,@function ; .globl name ; name:
#define _GLOBAL_TOC(name) .align 2 ; .type name,@function ; .globl name ; name: 0: addis r2,r12,(.TOC.-0b)@ha ; addi r2,r2,(.TOC.-0b)@l ; .localentry name,.-name
#define _GLOBAL_KASAN(name) _GLOBAL(name)
#define _GLOBAL_TOC_KASAN(name) _GLOBAL_TOC(name)
#define _KPROBE(name) _GLOBAL(name)
#define _ASM_NOKPROBE_SYMBOL(entry)

/* Addresses and constants. LOAD_REG_IMMEDIATE takes constants and symbols alike. */
#define LOAD_REG_IMMEDIATE(reg, expr) \
	lis reg,(expr)@highest ; \
	ori reg,reg,(expr)@higher ; \
	rldicr reg,reg,32,31 ; \
	oris reg,reg,(expr)@h ; \
	ori reg,reg,(expr)@l
#define LOAD_REG_IMMEDIATE_SYM(reg, tmp, expr) LOAD_REG_IMMEDIATE(reg, expr)
#define LOAD_REG_ADDR(reg, name) \
	addis reg,r2,name@toc@ha ; \
	addi reg,reg,name@toc@l
#define LOAD_PACA_TOC() ld r2,PACATOC(r13)

/* GPRs in the pt_regs of a frame: one, a run (6.x), and the fixed-size runs of older kernels. */
.macro __tocsin_gprs op, first, last, base
	.set .Ltocsin_gpr, \first
	.rept (\last) - (\first) + 1
	\op .Ltocsin_gpr, GPR0 + 8 * .Ltocsin_gpr(\base)
	.set .Ltocsin_gpr, .Ltocsin_gpr + 1
	.endr
.endm
#define SAVE_GPRS(first, last, base) __tocsin_gprs std, first, last, base
#define REST_GPRS(first, last, base) __tocsin_gprs ld, first, last, base
#define SAVE_GPR(n, base) SAVE_GPRS(n, n, base)
#define REST_GPR(n, base) REST_GPRS(n, n, base)
#define SAVE_2GPRS(n, base) SAVE_GPRS(n, n + 1, base)
#define REST_2GPRS(n, base) REST_GPRS(n, n + 1, base)
#define SAVE_4GPRS(n, base) SAVE_GPRS(n, n + 3, base)
#define REST_4GPRS(n, base) REST_GPRS(n, n + 3, base)
#define SAVE_8GPRS(n, base) SAVE_GPRS(n, n + 7, base)
#define REST_8GPRS(n, base) REST_GPRS(n, n + 7, base)
#define SAVE_10GPRS(n, base) SAVE_GPRS(n, n + 9, base)
#define REST_10GPRS(n, base) REST_GPRS(n, n + 9, base)
#define SAVE_NVGPRS(base) SAVE_GPRS(14, 31, base)
#define REST_NVGPRS(base) REST_GPRS(14, 31, base)

#endif
