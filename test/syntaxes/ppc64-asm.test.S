# SYNTAX TEST "source.ppc64-asm" "ppc64le kernel assembly"
/* SPDX-License-Identifier: GPL-2.0 */
# <-- comment.block.ppc64-asm punctuation.definition.comment.begin.ppc64-asm
#  ^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.ppc64-asm
#                                   ^^ comment.block.ppc64-asm punctuation.definition.comment.end.ppc64-asm
/*
 * Example entry code: several lines of block comment.
#          ^^^^^ comment.block.ppc64-asm
 */
#^^ comment.block.ppc64-asm
#include <asm/ppc_asm.h>
# <- meta.preprocessor.include.ppc64-asm punctuation.definition.directive.ppc64-asm - comment
#^^^^^^^ keyword.control.directive.include.ppc64-asm
#        ^^^^^^^^^^^^^^^ string.quoted.other.lt-gt.include.ppc64-asm
#include "local.h"
#        ^^^^^^^^^ string.quoted.double.ppc64-asm
#define STK_PARAM(i)	(32 + ((i)-3)*8)
# <- meta.preprocessor.macro.ppc64-asm - comment
#^^^^^^ keyword.control.directive.define.ppc64-asm - comment
#       ^^^^^^^^^ entity.name.function.macro.ppc64-asm
#                 ^ variable.parameter.preprocessor.ppc64-asm
#                     ^^ constant.numeric.decimal.ppc64-asm
#define TRAMP_SIZE	0x20	/* bytes */
#       ^^^^^^^^^^ entity.name.function.macro.ppc64-asm
#                  ^^^^ constant.numeric.hex.ppc64-asm
#                          ^^^^^ comment.block.ppc64-asm
#define LOAD_TOC_ADDR(reg, sym)		\
	addis	reg,r2,sym@toc@ha;	\
#^^^^^ meta.preprocessor.macro.ppc64-asm keyword.other.mnemonic.ppc64-asm
#      ^^^ meta.preprocessor.macro.ppc64-asm
#          ^^ variable.other.register.gpr.ppc64-asm
#                ^^^^^^^ storage.modifier.relocation.ppc64-asm
#                         ^ meta.preprocessor.macro.ppc64-asm constant.character.escape.line-continuation.ppc64-asm
	addi	reg,reg,sym@toc@l ## _x
#^^^^ meta.preprocessor.macro.ppc64-asm keyword.other.mnemonic.ppc64-asm
#                       ^^ meta.preprocessor.macro.ppc64-asm keyword.operator.token-paste.ppc64-asm - comment
#                          ^^ meta.preprocessor.macro.ppc64-asm - comment
#define STR(x)	#x
#              ^ keyword.operator.stringify.ppc64-asm - comment
#               ^ meta.preprocessor.macro.ppc64-asm - comment
	li	r3,0
#^^ keyword.other.mnemonic.ppc64-asm - meta.preprocessor
#undef STR
#^^^^^ keyword.control.directive.undef.ppc64-asm
#      ^^^ entity.name.function.macro.ppc64-asm
#ifdef CONFIG_PPC64
# <- punctuation.definition.directive.ppc64-asm - comment
#^^^^^ keyword.control.directive.conditional.ppc64-asm
#      ^^^^^^^^^^^^ variable.other.constant.macro.ppc64-asm
# if defined(CONFIG_FOO) && (NR_SLOTS > 2)
# ^^ keyword.control.directive.conditional.ppc64-asm - comment
#    ^^^^^^^ keyword.operator.defined.ppc64-asm
#                        ^^ keyword.operator.ppc64-asm
#                                       ^ constant.numeric.decimal.ppc64-asm
#elif CONFIG_BAR
#^^^^ keyword.control.directive.conditional.ppc64-asm
#else
#^^^^ keyword.control.directive.conditional.ppc64-asm
#ifndef __ASSEMBLY__
#^^^^^^ keyword.control.directive.conditional.ppc64-asm
#endif
#^^^^^ keyword.control.directive.conditional.ppc64-asm
#error "unsupported configuration"
#^^^^^ keyword.control.directive.diagnostic.ppc64-asm
#      ^^^^^^^^^^^^ string.quoted.double.ppc64-asm
#warning slow path here
#^^^^^^^ keyword.control.directive.diagnostic.ppc64-asm
#        ^^^^ string.unquoted.diagnostic.ppc64-asm
#pragma once
#^^^^^^ keyword.control.directive.pragma.ppc64-asm
#line 42 "entry.S"
#^^^^ keyword.control.directive.pragma.ppc64-asm
#     ^^ constant.numeric.decimal.ppc64-asm
#endif /* CONFIG_PPC64 */
#         ^^^^^^^^^^^^ comment.block.ppc64-asm

# a plain hash comment at line start
# <- comment.line.number-sign.ppc64-asm punctuation.definition.comment.ppc64-asm
#   ^^^^^ comment.line.number-sign.ppc64-asm - keyword.control.directive
#defined is not a directive
# <-------- comment.line.number-sign.ppc64-asm
// a double-slash comment
# <-- comment.line.double-slash.ppc64-asm
#    ^^^^^^^^^^^^ comment.line.double-slash.ppc64-asm

	.section .text,"ax",@progbits
#^^^^^^^^ keyword.control.directive.section.ppc64-asm
#         ^^^^^ entity.name.section.ppc64-asm
#               ^^^^ string.quoted.double.ppc64-asm
#                    ^^^^^^^^^ support.constant.type.ppc64-asm
	.balign	8
#^^^^^^^ keyword.control.directive.ppc64-asm
#        ^ constant.numeric.decimal.ppc64-asm
	.globl	tramp_entry
#^^^^^^ keyword.control.directive.ppc64-asm
#       ^^^^^^^^^^^ variable.other.symbol.ppc64-asm
	.type	tramp_entry,@function
#                  ^^^^^^^^^ support.constant.type.ppc64-asm
tramp_entry:
# <----------- entity.name.function.ppc64-asm
#          ^ punctuation.separator.label.ppc64-asm
0:	addis	r2,r12,(.TOC.-0b)@ha
# <- entity.name.label.numeric.ppc64-asm
#  ^^^^^ keyword.other.mnemonic.ppc64-asm
#           ^^^ variable.other.register.gpr.ppc64-asm
#                ^^^^^ variable.language.toc.ppc64-asm
#                     ^ keyword.operator.ppc64-asm
#                      ^^ variable.other.label.numeric.ppc64-asm - constant.numeric
#                         ^^^ storage.modifier.relocation.ppc64-asm
	addi	r2,r2,(.TOC.-0b)@l
#                     ^^ storage.modifier.relocation.ppc64-asm
	.localentry tramp_entry,.-tramp_entry
#^^^^^^^^^^^ keyword.control.directive.ppc64-asm
#                       ^ punctuation.separator.delimiter.ppc64-asm
#                        ^ variable.language.location-counter.ppc64-asm
	mflr	r0
#^^^^ keyword.other.mnemonic.ppc64-asm
#     ^^ variable.other.register.gpr.ppc64-asm
	std	r0,16(r1)		# save LR
#       ^^ constant.numeric.decimal.ppc64-asm
#         ^ punctuation.section.parens.begin.ppc64-asm
#          ^^ variable.other.register.gpr.ppc64-asm
#               ^ comment.line.number-sign.ppc64-asm punctuation.definition.comment.ppc64-asm
#                      ^^ comment.line.number-sign.ppc64-asm
	stdu	r1,-STACK_FRAME_MIN_SIZE(r1)
#^^^^ keyword.other.mnemonic.ppc64-asm
#         ^^^^^^^^^^^^^^^^^^^^ variable.other.constant.ppc64-asm - entity.name.function.macro
	ld	r11,STK_PARAM(3)(r1)
#       ^^^^^^^^^ entity.name.function.macro.ppc64-asm
	li	r3, 5 # 7
#       ^ constant.numeric.decimal.ppc64-asm
#         ^ comment.line.number-sign.ppc64-asm
#           ^ comment.line.number-sign.ppc64-asm - constant.numeric
	andi.	r9,r3,0x1f ; beq+	cr0,1f
#^^^^^ keyword.other.mnemonic.ppc64-asm
#            ^^^^ constant.numeric.hex.ppc64-asm
#                 ^ punctuation.terminator.statement.ppc64-asm
#                   ^^^^ keyword.other.mnemonic.ppc64-asm
#                        ^^^ variable.other.register.cr.ppc64-asm
#                            ^^ variable.other.label.numeric.ppc64-asm
	bdnz-	2b
#^^^^^ keyword.other.mnemonic.ppc64-asm
#      ^^ variable.other.label.numeric.ppc64-asm
	cmpdi	cr7,r3,0b101
#             ^^^^^ constant.numeric.binary.ppc64-asm
	ori	r4,r4,0755
#          ^^^^ constant.numeric.octal.ppc64-asm
	li	r5,'a
#      ^^ constant.character.ppc64-asm
	li	r5,'\n
#      ^^^ constant.character.ppc64-asm
	crxor	4*cr1+eq,4*cr1+eq,4*cr1+eq
#        ^^^ variable.other.register.cr.ppc64-asm
#            ^^ variable.language.register.crbit.ppc64-asm
#       ^ keyword.operator.ppc64-asm
	std	r4,8(%r1)
#         ^^^ variable.other.register.gpr.ppc64-asm
	lfd	f31,0(r1); stxvd2x vs63,0,r3; vor v31,v0,v1
#    ^^^ variable.other.register.fpr.ppc64-asm
#                       ^^^^ variable.other.register.vsr.ppc64-asm
#                                      ^^^ variable.other.register.vr.ppc64-asm
#                                          ^^ variable.other.register.vr.ppc64-asm
	mtctr	r12
#^^^^^ keyword.other.mnemonic.ppc64-asm
	bl	.Lhandler@notoc
#   ^^^^^^^^^ variable.other.symbol.ppc64-asm
#            ^^^^^^ storage.modifier.relocation.ppc64-asm
	nop
#^^^ keyword.other.mnemonic.ppc64-asm
	pld	r12,ptr_tbl@pcrel
#               ^^^^^^ storage.modifier.relocation.ppc64-asm
	addis	r12,r2,func@toc@ha
#                 ^^^^^^^ storage.modifier.relocation.ppc64-asm
	ld	r12,func@got(r2)
#           ^^^^ storage.modifier.relocation.ppc64-asm
	lis	r11,(sym)@highest
#             ^^^^^^^^ storage.modifier.relocation.ppc64-asm
	ori	r11,r11,(sym)@higher
#                 ^^^^^^^ storage.modifier.relocation.ppc64-asm
	bl	printk@plt
#         ^^^^ storage.modifier.relocation.ppc64-asm
	.long	helper@localentry - helper
#            ^^^^^^^^^^^ storage.modifier.relocation.ppc64-asm
	addis	r3,r3,x@ha#not a reloc
#             ^^^ storage.modifier.relocation.ppc64-asm
#                ^^^^ comment.line.number-sign.ppc64-asm
	ld	r3,(4 << 2) | 1(r1) // trailing
#         ^^ keyword.operator.ppc64-asm
#               ^ keyword.operator.ppc64-asm
#                       ^^ comment.line.double-slash.ppc64-asm
#                          ^^^^^^^^ comment.line.double-slash.ppc64-asm - keyword
	blr				/* block in line */
#^^^ keyword.other.mnemonic.ppc64-asm
#          ^^^^^ comment.block.ppc64-asm
.Lhandler:
# <--------- entity.name.function.local.ppc64-asm
#        ^ punctuation.separator.label.ppc64-asm
1:	blr
# <- entity.name.label.numeric.ppc64-asm
#  ^^^ keyword.other.mnemonic.ppc64-asm
	.size	tramp_entry,.-tramp_entry
#^^^^^ keyword.control.directive.ppc64-asm

_GLOBAL(ftrace_caller)
# <------- entity.name.function.macro.ppc64-asm
#      ^ punctuation.section.parens.begin.ppc64-asm
#       ^^^^^^^^^^^^^ entity.name.function.ppc64-asm
	LOAD_REG_IMMEDIATE(r11, ftrace_tramp)
#^^^^^^^^^^^^^^^^^^ entity.name.function.macro.ppc64-asm
#                   ^^^ variable.other.register.gpr.ppc64-asm
#                        ^^^^^^^^^^^^ variable.other.symbol.ppc64-asm
	REST_GPRS(2, 31, r1)
#^^^^^^^^^ entity.name.function.macro.ppc64-asm
#             ^^ constant.numeric.decimal.ppc64-asm
	SAVE_NVGPRS r1
#^^^^^^^^^^^ entity.name.function.macro.ppc64-asm
	EMIT_BUG_ENTRY 1b,__FILE__,__LINE__,0
#               ^^ variable.other.label.numeric.ppc64-asm
#                  ^^^^^^^^ variable.other.constant.ppc64-asm

	.macro	save_reg reg, off:req, rest:vararg
#^^^^^^ keyword.control.directive.macro.ppc64-asm
#       ^^^^^^^^ entity.name.function.macro.ppc64-asm
#                ^^^ variable.parameter.ppc64-asm
#                     ^^^ variable.parameter.ppc64-asm
#                         ^^^ storage.modifier.macro-qualifier.ppc64-asm
#                                   ^^^^^^ storage.modifier.macro-qualifier.ppc64-asm
	std	\reg, \off(r1)
#    ^^^^ variable.parameter.macro.ppc64-asm
#          ^^^^ variable.parameter.macro.ppc64-asm
\reg\()_done:
# <---- entity.name.function.ppc64-asm variable.parameter.macro.ppc64-asm
#   ^^^ keyword.operator.macro-separator.ppc64-asm
	.endm
#^^^^^ keyword.control.directive.macro.ppc64-asm
	.rept	4
#^^^^^ keyword.control.directive.loop.ppc64-asm
	nop
	.endr
#^^^^^ keyword.control.directive.loop.ppc64-asm
	.irp	rn,14,15,16
#^^^^ keyword.control.directive.loop.ppc64-asm
#     ^^ variable.parameter.ppc64-asm
	ld	r\rn,0(r1)
#    ^^^ variable.parameter.macro.ppc64-asm
	.endr
	.ifdef	CONFIG_X
#^^^^^^ keyword.control.directive.conditional.ppc64-asm
	.elseif	1
#^^^^^^^ keyword.control.directive.conditional.ppc64-asm
	.else
#^^^^^ keyword.control.directive.conditional.ppc64-asm
	.endif
#^^^^^^ keyword.control.directive.conditional.ppc64-asm
	.set	NR_TRAMP, 4
#^^^^ keyword.control.directive.ppc64-asm
#     ^^^^^^^^ variable.other.constant.ppc64-asm
	.cfi_startproc
#^^^^^^^^^^^^^^ keyword.control.directive.ppc64-asm
	.cfi_def_cfa_offset 32
#                    ^^ constant.numeric.decimal.ppc64-asm
	.section .rodata.str1.8,"aMS",@progbits,1
#         ^^^^^^^^^^^^^^ entity.name.section.ppc64-asm
msg:	.asciz	"ftrace: \"%s\"\n"	# message
# <--- entity.name.function.ppc64-asm
#    ^^^^^^ keyword.control.directive.ppc64-asm
#                    ^^ string.quoted.double.ppc64-asm constant.character.escape.ppc64-asm
#                      ^^ string.quoted.double.ppc64-asm - variable
#                          ^^ string.quoted.double.ppc64-asm constant.character.escape.ppc64-asm
#                              ^ comment.line.number-sign.ppc64-asm - string
	.string	"a # not a comment; nor this"
#           ^ string.quoted.double.ppc64-asm - comment
#                          ^ string.quoted.double.ppc64-asm - punctuation.terminator
	ld	r3,8(r1
	blr
#^^^ keyword.other.mnemonic.ppc64-asm - meta.parens
	.asciz "unclosed
	mflr	r0
#^^^^ keyword.other.mnemonic.ppc64-asm - string
