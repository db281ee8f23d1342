// What each instruction reads and writes, for hover documentation and the emulator: derived from
// the row's form and operands (targets and sources by operand kind, record and overflow variants,
// link and CTR-decrementing branches, load/store widths from the mnemonic) rather than typed per
// instruction. The few facts no form carries (which instructions use XER[CA]) are listed here.

import type { Insn } from './table.js';

export type Access = 'read' | 'write' | 'read-write';

export interface OperandEffect {
  name: string;
  access: Access;
}

export interface MemoryEffect {
  access: 'load' | 'store';
  /** Bytes moved; undefined where an operand or register decides (lmw, lswx, lxvl). */
  bytes?: number;
}

export interface Effects {
  operands: OperandEffect[];
  /** Registers and bits named directly: CR0..CR7, CR bits, XER.SO/OV/OV32/CA/CA32, LR, CTR, TAR, SPRs, MSR, FPSCR, VSCR. */
  reads: string[];
  writes: string[];
  memory?: MemoryEffect;
}

const TARGETS = new Set(['RT', 'RTQ', 'FRT', 'FRTp', 'VRT', 'XT', 'XTQ', 'XT8', 'XTS', 'XTP', 'BF', 'CRF0', 'BT', 'AT']);

/** Bytes moved by a load or store, by mnemonic; undefined for other instructions. */
function memoryOf(m: string): MemoryEffect | undefined {
  const stem = m.replace(/^p(?=l|st)/, '').replace(/\.$/, '');
  const isStore = /^st/.test(stem) || /^(dcbz|dcbzl)$/.test(stem) || /^hashst/.test(stem);
  const isLoad = !isStore && /^l(?!i$|is$|a$|nia$|vs[lr]$|xvkq$)/.test(stem);
  if (!isLoad && !isStore) return undefined;
  const access = isStore ? 'store' : 'load';
  // dcbz clears a whole cache block, whose size the implementation decides.
  if (/^dcbzl?$/.test(stem)) return { access };
  const body = stem.replace(/^(st|l)/, '');
  if (/^(mw|swi|swx|si|sx|m|vl|vll|xvl|xvll)$/.test(body) || /^xv(p?r)?ll?$/.test(body)) return { access };
  const widths: [RegExp, number][] = [
    [/^xvp/, 32], [/^(vx|vxl|xv|xvx|xvd2x|xvw4x|xvh8x|xvb16x|q|qarx|qcx)/, 16], [/^fdp/, 16],
    [/^(xvdsx|xsdx|xsd|xvrdx|fd|d|dx|du|dux|dbrx|darx|dcx|dcix|dat|dbrx)/, 8],
    [/^(xvwsx|xsiwzx|xsiwax|xsspx|xssp|xvrwx|xsiwx|fs|fiw|w|h?wa|wbrx|warx|wcx|wcix|wat)/, 4],
    [/^(xsihzx|xsihx|xvrhx|h|hbrx|harx|hcx|hcix|vehx)/, 2],
    [/^(xsibzx|xsibx|xvrbx|b|barx|bcx|bcix|vebx)/, 1],
    [/^vewx/, 4],
  ];
  for (const [re, bytes] of widths) if (re.test(body)) return { access, bytes };
  return { access };
}

const CA_WRITERS = /^(addic\.?|subfic|addc|subfc|adde|subfe|addme|subfme|addze|subfze|sraw|srawi|srad|sradi|addex)o?\.?$/;
const CA_READERS = /^(adde|subfe|addme|subfme|addze|subfze)o?\.?$/;

const cache = new WeakMap<Insn, Effects>();

export function effectsOf(insn: Insn): Effects {
  const cached = cache.get(insn);
  if (cached) return cached;
  const m = insn.mnemonic;
  const memory = memoryOf(m);
  const names = insn.operands.map((k) => k.name);
  // X/D-form logical, shift and rotate instructions put their result in RA, reading RS.
  const raIsTarget = names.includes('RS') && names.includes('RA') && !memory && names.indexOf('RA') < names.indexOf('RS');
  const operands: OperandEffect[] = insn.operands.map((k, i) => {
    let access: Access = 'read';
    if (i === 0 && TARGETS.has(k.name) && memory?.access !== 'store') access = 'write';
    if (k.name === 'RA' && raIsTarget) access = 'write';
    // Update forms write the effective address back to RA.
    if (k.name === 'RAL' || k.name === 'RAS') access = 'read-write';
    if (k.name === 'AT' && /ger\w*(pp|pn|np|nn)$/.test(m)) access = 'read-write';
    return { name: k.name, access };
  });
  // Inserts merge into their target.
  if (/^(rlwimi|rldimi|rlmi|vrlwmi|vrldmi|vrlqmi|insrdi|inslwi|insrwi)\.?$/.test(m)) operands[0].access = 'read-write';
  const reads = new Set<string>();
  const writes = new Set<string>();
  // Record variants write a CR field: CR1 for floating point, CR6 for vector compares, CR0 otherwise.
  if (m.endsWith('.')) {
    const primary = insn.opcode >>> 26;
    writes.add(primary === 59 || primary === 63 ? 'CR1' : primary === 4 || primary === 60 ? 'CR6' : 'CR0');
    if (!(primary === 59 || primary === 63 || primary === 4 || primary === 60)) reads.add('XER.SO');
  }
  if (/o\.?$/.test(m) && insn.form === 'XO') ['XER.SO', 'XER.OV', 'XER.OV32'].forEach((r) => writes.add(r));
  if (CA_WRITERS.test(m)) ['XER.CA', 'XER.CA32'].forEach((r) => writes.add(r));
  if (CA_READERS.test(m)) reads.add('XER.CA');
  if (m === 'addex') { reads.add('XER.OV'); writes.delete('XER.CA'); writes.delete('XER.CA32'); writes.add('XER.OV'); writes.add('XER.OV32'); }
  // Branches: link, CTR decrement and the register branched to, read from the opcode bits.
  const primary = insn.opcode >>> 26;
  const xo = (insn.opcode >>> 1) & 0x3ff;
  const isBranch = primary === 16 || primary === 18 || (primary === 19 && [16, 528, 560].includes(xo));
  if (isBranch) {
    if (insn.opcode & 1) writes.add('LR');
    if (primary === 19) reads.add(xo === 16 ? 'LR' : xo === 528 ? 'CTR' : 'TAR');
    const boFixed = ((insn.mask >>> 21) & 31) === 31;
    const bo = (insn.opcode >>> 21) & 31;
    if (primary !== 18 && (!boFixed || (bo & 4) === 0)) { reads.add('CTR'); writes.add('CTR'); }
    if (primary !== 18 && (!boFixed || (bo & 16) === 0)) reads.add('CR');
  }
  if (/^m[ft]/.test(m) && insn.form === 'XFX') (m.startsWith('mf') ? reads : writes).add(m.replace(/^m[ft]/, '').toUpperCase());
  if (/^(mtmsrd?|wrteei?)$/.test(m)) writes.add('MSR');
  if (m === 'mfmsr') reads.add('MSR');
  if (/^(mtfs|mffs)/.test(m)) (m.startsWith('mt') ? writes : reads).add('FPSCR');
  if (/^(mtvscr|mfvscr)$/.test(m)) (m === 'mtvscr' ? writes : reads).add('VSCR');
  if (/^(mtcrf?|mtocrf)$/.test(m)) writes.add('CR');
  if (/^(mfcr|mfocrf)$/.test(m)) reads.add('CR');
  if (/^st\w*cx\.$/.test(m)) writes.add('CR0');
  // Fixed-point compares copy XER[SO] into the CR field they set.
  if (/^cmp(l?[wd]i?|rb|eqb)$/.test(m)) reads.add('XER.SO');
  const effects: Effects = { operands, reads: [...reads], writes: [...writes], memory };
  cache.set(insn, effects);
  return effects;
}
