/*
 * The configuration options the prelude assumes: 64-bit little-endian Book3S, ELFv2, and
 * ftrace with registers plus live patching, and the ppc64le_defconfig options the live-patch
 * and ftrace files test (hash MMU, stack protector, kexec, SMP). Define TOCSIN_NO_KCONFIG to start from none.
 */
#ifndef TOCSIN_KCONFIG_H
#define TOCSIN_KCONFIG_H
#ifndef TOCSIN_NO_KCONFIG
#define CONFIG_PPC64 1
#define CONFIG_PPC_BOOK3S_64 1
#define CONFIG_PPC_BOOK3S 1
#define CONFIG_CPU_LITTLE_ENDIAN 1
#define CONFIG_PPC64_ELF_ABI_V2 1
#define CONFIG_FUNCTION_TRACER 1
#define CONFIG_DYNAMIC_FTRACE 1
#define CONFIG_DYNAMIC_FTRACE_WITH_REGS 1
#define CONFIG_MPROFILE_KERNEL 1
#define CONFIG_FUNCTION_GRAPH_TRACER 1
#define CONFIG_LIVEPATCH 1
#define CONFIG_LIVEPATCH_64 1
#define CONFIG_KALLSYMS_ALL 1
#define CONFIG_DEBUG_BUGVERBOSE 1
#define CONFIG_PPC_64S_HASH_MMU 1
#define CONFIG_PPC_KUAP 1
#define CONFIG_STACKPROTECTOR 1
#define CONFIG_SMP 1
#define CONFIG_KEXEC_CORE 1
#define CONFIG_RELOCATABLE 1
#define CONFIG_THREAD_SHIFT 14
#endif
#endif
