/*
 * CPU and MMU feature sections: the code between BEGIN_ and END_ is the default, the code
 * between ELSE and the end goes to __ftr_alt_<label>, and a record (mask, value and the four
 * offsets) goes to __ftr_fixup or __mmu_ftr_fixup for the boot-time patcher.
 */
#ifndef TOCSIN_FEATURE_FIXUPS_H
#define TOCSIN_FEATURE_FIXUPS_H
#define TOCSIN_FTR_RECORD(msk, val, label, sect) \
	label##4: ; .popsection ; .pushsection sect,"a" ; .align 3 ; label##5: ; \
	.8byte msk ; .8byte val ; \
	.8byte label##1b - label##5b ; .8byte label##2b - label##5b ; \
	.8byte label##3b - label##5b ; .8byte label##4b - label##5b ; \
	.popsection
#define BEGIN_FTR_SECTION_NESTED(label) label##1:
#define BEGIN_FTR_SECTION BEGIN_FTR_SECTION_NESTED(97)
#define FTR_SECTION_ELSE_NESTED(label) label##2: ; .pushsection __ftr_alt_##label,"a" ; .align 2 ; label##3:
#define FTR_SECTION_ELSE FTR_SECTION_ELSE_NESTED(97)
#define END_FTR_SECTION_NESTED(msk, val, label) FTR_SECTION_ELSE_NESTED(label) ; TOCSIN_FTR_RECORD(msk, val, label, __ftr_fixup)
#define END_FTR_SECTION(msk, val) END_FTR_SECTION_NESTED(msk, val, 97)
#define END_FTR_SECTION_IFSET(msk) END_FTR_SECTION((msk), (msk))
#define END_FTR_SECTION_IFCLR(msk) END_FTR_SECTION((msk), 0)
#define END_FTR_SECTION_NESTED_IFSET(msk, label) END_FTR_SECTION_NESTED((msk), (msk), label)
#define END_FTR_SECTION_NESTED_IFCLR(msk, label) END_FTR_SECTION_NESTED((msk), 0, label)
#define ALT_FTR_SECTION_END_NESTED(msk, val, label) TOCSIN_FTR_RECORD(msk, val, label, __ftr_fixup)
#define ALT_FTR_SECTION_END(msk, val) ALT_FTR_SECTION_END_NESTED(msk, val, 97)
#define ALT_FTR_SECTION_END_IFSET(msk) ALT_FTR_SECTION_END((msk), (msk))
#define ALT_FTR_SECTION_END_IFCLR(msk) ALT_FTR_SECTION_END((msk), 0)
#define BEGIN_MMU_FTR_SECTION_NESTED(label) label##1:
#define BEGIN_MMU_FTR_SECTION BEGIN_MMU_FTR_SECTION_NESTED(97)
#define MMU_FTR_SECTION_ELSE_NESTED(label) FTR_SECTION_ELSE_NESTED(label)
#define MMU_FTR_SECTION_ELSE MMU_FTR_SECTION_ELSE_NESTED(97)
#define END_MMU_FTR_SECTION_NESTED(msk, val, label) FTR_SECTION_ELSE_NESTED(label) ; TOCSIN_FTR_RECORD(msk, val, label, __mmu_ftr_fixup)
#define END_MMU_FTR_SECTION(msk, val) END_MMU_FTR_SECTION_NESTED(msk, val, 97)
#define END_MMU_FTR_SECTION_IFSET(msk) END_MMU_FTR_SECTION((msk), (msk))
#define END_MMU_FTR_SECTION_IFCLR(msk) END_MMU_FTR_SECTION((msk), 0)
#define ALT_MMU_FTR_SECTION_END_NESTED(msk, val, label) TOCSIN_FTR_RECORD(msk, val, label, __mmu_ftr_fixup)
#define ALT_MMU_FTR_SECTION_END_IFSET(msk) ALT_MMU_FTR_SECTION_END_NESTED((msk), (msk), 97)
#define ALT_MMU_FTR_SECTION_END_IFCLR(msk) ALT_MMU_FTR_SECTION_END_NESTED((msk), 0, 97)
#endif
