/*
 * Tocsin's kernel prelude: read before a ppc64le kernel assembly file that is opened outside
 * a built kernel tree. It stands in for the headers such a tree would give (ppc_asm.h and
 * asm-offsets.h above all) with Tocsin's own definitions. The numbers are those of a 6.1
 * ppc64le_defconfig build with CONFIG_LIVEPATCH=y; each one can be overridden with -D.
 */
#ifndef TOCSIN_PRELUDE_H
#define TOCSIN_PRELUDE_H
#include <tocsin/kconfig.h>
#include <asm/asm-offsets.h>
#include <asm/ppc_asm.h>
#include <asm/reg.h>
#include <asm/ppc-opcode.h>
#include <asm/thread_info.h>
#include <asm/mmu.h>
#include <asm/cputable.h>
#include <asm/exception-64s.h>
#include <asm/code-patching-asm.h>
#include <asm/kup.h>
#include <asm/kexec.h>
#include <asm/feature-fixups.h>
#include <asm/bug.h>
#include <asm/ftrace.h>
#include <asm/export.h>
#include <linux/magic.h>
#endif
