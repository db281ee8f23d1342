/* MSR bits, by bit number from the least significant end. */
#ifndef TOCSIN_REG_H
#define TOCSIN_REG_H
#define MSR_SF_LG 63
#define MSR_HV_LG 60
#define MSR_VEC_LG 25
#define MSR_VSX_LG 23
#define MSR_EE_LG 15
#define MSR_PR_LG 14
#define MSR_FP_LG 13
#define MSR_ME_LG 12
#define MSR_IR_LG 5
#define MSR_DR_LG 4
#define MSR_RI_LG 1
#define MSR_LE_LG 0
#define TOCSIN_MSR_BIT(n) (1 << (n))
#define MSR_SF TOCSIN_MSR_BIT(MSR_SF_LG)
#define MSR_HV TOCSIN_MSR_BIT(MSR_HV_LG)
#define MSR_VEC TOCSIN_MSR_BIT(MSR_VEC_LG)
#define MSR_VSX TOCSIN_MSR_BIT(MSR_VSX_LG)
#define MSR_EE TOCSIN_MSR_BIT(MSR_EE_LG)
#define MSR_PR TOCSIN_MSR_BIT(MSR_PR_LG)
#define MSR_FP TOCSIN_MSR_BIT(MSR_FP_LG)
#define MSR_ME TOCSIN_MSR_BIT(MSR_ME_LG)
#define MSR_IR TOCSIN_MSR_BIT(MSR_IR_LG)
#define MSR_DR TOCSIN_MSR_BIT(MSR_DR_LG)
#define MSR_RI TOCSIN_MSR_BIT(MSR_RI_LG)
#define MSR_LE TOCSIN_MSR_BIT(MSR_LE_LG)
/* Special-purpose register numbers (mtspr/mfspr operands). */
#define SPRN_SRR0 0x01A
#define SPRN_SRR1 0x01B
#define SPRN_AMR 0x01D
#define SPRN_IAMR 0x03D
#define SPRN_CTRLF 0x088
#define SPRN_CTRLT 0x098
#define SPRN_SPRG0 0x110
#define SPRN_SPRG1 0x111
#define SPRN_SPRG2 0x112
#define SPRN_SPRG3 0x113
#define SPRN_HSPRG0 0x130
#define SPRN_HSPRG1 0x131
#define SPRN_HSRR0 0x13A
#define SPRN_HSRR1 0x13B
#define SPRN_PPR 0x380
/* What Book3S 64 keeps in the SPRGs: the paca pointer and an interrupt scratch register. */
#define SPRN_SPRG_PACA SPRN_SPRG1
#define SPRN_SPRG_HPACA SPRN_HSPRG0
#define SPRN_SPRG_SCRATCH0 SPRN_SPRG2
#define SPRN_SPRG_HSCRATCH0 SPRN_HSPRG1
#endif
