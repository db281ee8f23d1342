/*
 * Symbol exports as a 6.1 module-enabled kernel lays them out: a 24-byte entry in
 * ___ksymtab[_gpl]+NAME (the symbol, its name string, no namespace) and the name in
 * __ksymtab_strings.
 */
#ifndef TOCSIN_EXPORT_H
#define TOCSIN_EXPORT_H
.macro __tocsin_export name, kind
	.pushsection ___ksymtab\kind+\name,"a"
	.balign 8
__ksymtab_\name:
	.8byte \name
	.8byte __kstrtab_\name
	.8byte 0
	.popsection
	.pushsection __ksymtab_strings,"aMS",@progbits,1
__kstrtab_\name:
	.asciz "\name"
	.popsection
.endm
#define EXPORT_SYMBOL(name) __tocsin_export name,
#define EXPORT_SYMBOL_GPL(name) __tocsin_export name, _gpl
#endif
