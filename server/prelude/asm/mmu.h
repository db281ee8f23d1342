/* MMU feature bits and the SLB fields the hash MMU's context switch writes. */
#ifndef TOCSIN_MMU_H
#define TOCSIN_MMU_H
#define MMU_FTR_TYPE_RADIX 0x00000040
#define MMU_FTR_1T_SEGMENT 0x40000000
#define SLB_ESID_V 0x0000000008000000
#define SLB_NUM_BOLTED 2
#define MMU_SEGSIZE_256M 0
#define MMU_SEGSIZE_1T 1
#define SLBIE_SSIZE_SHIFT 25
#define SLB_VSID_SSIZE_SHIFT 62
#endif
