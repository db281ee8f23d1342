/* Kernel userspace access protection: its debug checks are off in ppc64le_defconfig. */
#ifndef TOCSIN_KUP_H
#define TOCSIN_KUP_H
.macro kuap_check_amr gpr1, gpr2
.endm
#endif
