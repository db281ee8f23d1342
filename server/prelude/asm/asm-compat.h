/* Word-size neutral spellings, for a 64-bit kernel. */
#ifndef TOCSIN_ASM_COMPAT_H
#define TOCSIN_ASM_COMPAT_H
#define PPC_LL ld
#define PPC_STL std
#define PPC_STLU stdu
#define PPC_LCMPI cmpdi
#define PPC_LCMPLI cmpldi
#define PPC_LCMP cmpd
#define PPC_LONG .8byte
#define PPC_LONG_ALIGN .balign 8
#define PPC_TLNEI tdnei
#define PPC_LLARX ldarx
#define PPC_STLCX stdcx.
#define PPC_CNTLZL cntlzd
#define PPC_LR_STKOFF 16
#define PPC_MIN_STKFRM 112
#endif
