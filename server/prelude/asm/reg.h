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
#endif
