// The instruction words the ABI conventions are recognised by (a call's nop and TOC restore,
// TOC-setup prologues, ftrace's profiling sequence, stubs), encoded once from the ISA table so
// that analysis, the object model and the emulator test for the same words.
import { encodeInstruction } from './encode';

function word(text: string): number {
  const e = encodeInstruction(text);
  if ('error' in e) throw new Error(`'${text}': ${e.error}`);
  return e.words[0];
}

export const NOP = word('nop');
/** The nops ld also accepts after a call (`cror 15,15,15`, `cror 31,31,31`). */
export const CROR_15 = word('cror 15,15,15');
export const CROR_31 = word('cror 31,31,31');
/** ELFv2's TOC restore after a call through a stub, and the stub's save. */
export const LD_R2_24_R1 = word('ld r2,24(r1)');
export const STD_R2_24_R1 = word('std r2,24(r1)');
/** -mprofile-kernel: what precedes `bl _mcount`. */
export const MFLR_R0 = word('mflr r0');
export const STD_R0_16_R1 = word('std r0,16(r1)');
export const MTCTR_R12 = word('mtctr r12');
/** `mflr rT`/`mtlr rS` with the register masked out (RT_FIELD_MASK). */
export const MTLR = word('mtlr r0');
export const RT_FIELD_MASK = 0xfc1fffff;
/** `mtctr rS` with rS masked out. */
export const MTCTR = word('mtctr r0');
export const BCTR = word('bctr');
export const BLR = word('blr');
/** `bl .`: a call whose displacement a relocation has yet to fill. */
export const BL_SELF = word('bl 0');
/** TOC setup at a global entry: `addis r2,r12,HA` / `lis r2,HA`, `addi r2,r2,LO` (immediates zero), and the large model's `ld r2,-8(r12); add r2,r2,r12`. */
export const ADDIS_R2_R12 = word('addis r2,r12,0');
export const LIS_R2 = word('lis r2,0');
export const ADDI_R2_R2 = word('addi r2,r2,0');
export const LD_R2_M8_R12 = word('ld r2,-8(r12)');
export const ADD_R2_R2_R12 = word('add r2,r2,r12');
