/* Instruction words the kernel emits as data, for assemblers that lack the mnemonic. */
#ifndef TOCSIN_PPC_OPCODE_H
#define TOCSIN_PPC_OPCODE_H
/* bcctr 2,0,0 with BH=0: the count-cache flush hint of the Spectre v2 mitigations. */
#define PPC_INST_BCCTR_FLUSH 0x4c400420
#define PPC_BCCTR_FLUSH .long PPC_INST_BCCTR_FLUSH
#endif
