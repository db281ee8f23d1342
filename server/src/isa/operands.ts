// Operand kinds of the Power ISA: where each lives in the instruction word(s), how its value is
// extracted and inserted, and how objdump spells it. Bit positions use the ISA's numbering
// (bit 0 is the most significant bit of a 32-bit word).

export type OperandClass =
  | 'gpr' // rN
  | 'gpr0' // rN, or 0 when the field is 0 (base register that reads as zero)
  | 'fpr'
  | 'vr'
  | 'vsr'
  | 'acc'
  | 'cr' // CR field: crN
  | 'crbit' // CR bit: lt/gt/eq/so with a 4*crN+ prefix
  | 'imm'
  | 'rel' // branch displacement relative to the instruction address
  | 'abs'; // absolute branch address

export interface OperandKind {
  name: string;
  cls: OperandClass;
  /** Masks of the bits this operand occupies in the (suffix) word and in the prefix word. */
  wordBits: number;
  prefixBits: number;
  get(word: number, prefix: number): number;
  /** Bits for value v, or a reason it does not fit. */
  put(v: number): { word: number; prefix: number } | string;
  /** Printed as `disp(base)`: the next operand goes in parentheses. */
  parens?: boolean;
  /** May be left out; the default is the value it then takes. */
  optional?: number;
  signed?: boolean;
  /** A rule the word must satisfy for objdump to accept the encoding (e.g. RA != RT on load with update). */
  valid?(word: number, prefix: number): boolean;
}

/** `kind` under another name, valid only where `rule` holds for the whole word. */
export function withRule(name: string, kind: OperandKind, rule: (word: number, prefix: number) => boolean): OperandKind {
  return { ...kind, name, valid: rule };
}

/** `kind` as an operand that may be left out, taking `value` when it is. */
export function optionalKind(kind: OperandKind, value: number): OperandKind {
  return { ...kind, optional: value };
}

/** Field of `len` bits starting at ISA bit `start` (0 = MSB) of a 32-bit word. */
function fieldMask(start: number, len: number): number {
  return (((2 ** len - 1) << (32 - start - len)) >>> 0);
}

interface Piece {
  start: number;
  len: number;
  prefix?: boolean;
}

/** Field extraction, specialised for the common single-piece field (the disassembler's hot path). */
function getter(parts: Piece[], signed: boolean, span: number, plus: number, scale: number): (word: number, prefix: number) => number {
  const shifts = parts.map((p) => 32 - p.start - p.len);
  const masks = parts.map((p) => 2 ** p.len - 1);
  const half = span / 2;
  if (parts.length === 1 && !parts[0].prefix) {
    const [shift] = shifts;
    const [mask] = masks;
    if (!signed && plus === 0 && scale === 1) return (word) => (word >>> shift) & mask;
    return (word) => {
      let v = (word >>> shift) & mask;
      if (signed && v >= half) v -= span;
      return (v + plus) * scale;
    };
  }
  const widths = parts.map((p) => 2 ** p.len);
  const fromPrefix = parts.map((p) => p.prefix === true);
  return (word, prefix) => {
    let v = 0;
    for (let i = 0; i < shifts.length; i++) v = v * widths[i] + (((fromPrefix[i] ? prefix : word) >>> shifts[i]) & masks[i]);
    if (signed && v >= half) v -= span;
    return (v + plus) * scale;
  };
}

/** Operand made of pieces concatenated high to low, optionally scaled and sign-extended. */
function pieces(name: string, cls: OperandClass, parts: Piece[], opts: { signed?: boolean; scale?: number; parens?: boolean; optional?: number; plus?: number } = {}): OperandKind {
  const scale = opts.scale ?? 1;
  const plus = opts.plus ?? 0;
  const totalBits = parts.reduce((n, p) => n + p.len, 0);
  let wordBits = 0;
  let prefixBits = 0;
  for (const p of parts) {
    if (p.prefix) prefixBits = (prefixBits | fieldMask(p.start, p.len)) >>> 0;
    else wordBits = (wordBits | fieldMask(p.start, p.len)) >>> 0;
  }
  const span = 2 ** totalBits;
  const min = opts.signed ? -(span / 2) * scale : plus * scale;
  const max = opts.signed ? (span / 2 - 1) * scale : (span - 1 + plus) * scale;
  return {
    name,
    cls,
    wordBits,
    prefixBits,
    parens: opts.parens,
    optional: opts.optional,
    signed: opts.signed,
    get: getter(parts, opts.signed === true, span, plus, scale),
    put(value) {
      if (!Number.isInteger(value)) return `${name} must be an integer`;
      if (value < min || value > max) return `${name} out of range ${min}..${max} (got ${value})`;
      if (value % scale !== 0) return `${name} must be a multiple of ${scale} (got ${value})`;
      let v = value / scale - plus;
      if (v < 0) v += span;
      let word = 0;
      let prefix = 0;
      for (let i = parts.length - 1; i >= 0; i--) {
        const p = parts[i];
        const bits = (v % 2 ** p.len) * 2 ** (32 - p.start - p.len);
        if (p.prefix) prefix += bits;
        else word += bits;
        v = Math.floor(v / 2 ** p.len);
      }
      return { word: word >>> 0, prefix: prefix >>> 0 };
    },
  };
}

const f = (name: string, cls: OperandClass, start: number, len: number, opts?: Parameters<typeof pieces>[3]) =>
  pieces(name, cls, [{ start, len }], opts);

/** Every operand kind by the name the table uses. */
export const OPERANDS: Record<string, OperandKind> = {};
function def(...kinds: OperandKind[]): void {
  for (const k of kinds) OPERANDS[k.name] = k;
}

def(
  // General-purpose registers.
  f('RT', 'gpr', 6, 5), f('RS', 'gpr', 6, 5), f('RA', 'gpr', 11, 5), f('RB', 'gpr', 16, 5), f('RC', 'gpr', 21, 5),
  f('RA0', 'gpr0', 11, 5),
  // Even-odd register pairs of the quadword instructions: the low bit is not part of the field.
  pieces('RTQ', 'gpr', [{ start: 6, len: 4 }], { scale: 2 }), pieces('RSQ', 'gpr', [{ start: 6, len: 4 }], { scale: 2 }),
  // Floating-point, vector and VSX registers (VSX numbers carry a sixth bit elsewhere in the word).
  f('FRT', 'fpr', 6, 5), f('FRS', 'fpr', 6, 5), f('FRA', 'fpr', 11, 5), f('FRB', 'fpr', 16, 5), f('FRC', 'fpr', 21, 5),
  // Even-odd FPR pairs (decimal quad): the low bit is not part of the field.
  pieces('FRTp', 'fpr', [{ start: 6, len: 4 }], { scale: 2 }), pieces('FRAp', 'fpr', [{ start: 11, len: 4 }], { scale: 2 }),
  pieces('FRBp', 'fpr', [{ start: 16, len: 4 }], { scale: 2 }),
  f('VRT', 'vr', 6, 5), f('VRS', 'vr', 6, 5), f('VRA', 'vr', 11, 5), f('VRB', 'vr', 16, 5), f('VRC', 'vr', 21, 5),
  pieces('XT', 'vsr', [{ start: 31, len: 1 }, { start: 6, len: 5 }]),
  pieces('XS', 'vsr', [{ start: 31, len: 1 }, { start: 6, len: 5 }]),
  pieces('XA', 'vsr', [{ start: 29, len: 1 }, { start: 11, len: 5 }]),
  pieces('XB', 'vsr', [{ start: 30, len: 1 }, { start: 16, len: 5 }]),
  pieces('XC', 'vsr', [{ start: 28, len: 1 }, { start: 21, len: 5 }]),
  pieces('XTQ', 'vsr', [{ start: 28, len: 1 }, { start: 6, len: 5 }]), // DQ-form lxv/stxv
  pieces('XTP', 'vsr', [{ start: 10, len: 1 }, { start: 6, len: 4 }], { scale: 2 }), // paired lxvp
  pieces('XT8', 'vsr', [{ start: 5, len: 1 }, { start: 6, len: 5 }]), // 8LS prefixed plxv
  f('AT', 'acc', 6, 3),
  // Condition register.
  f('BF', 'cr', 6, 3), f('BFA', 'cr', 11, 3), f('BT', 'crbit', 6, 5), f('BA', 'crbit', 11, 5), f('BB', 'crbit', 16, 5),
  f('BI', 'crbit', 11, 5), f('BC', 'crbit', 21, 5), f('BO', 'imm', 6, 5), f('BH', 'imm', 19, 2, { optional: 0 }),
  f('CRF0', 'cr', 6, 3, { optional: 0 }), // compares: the CR field defaults to cr0
  // Immediates.
  f('SI', 'imm', 16, 16, { signed: true }), f('UI', 'imm', 16, 16), f('L1', 'imm', 10, 1), f('L15', 'imm', 15, 1, { optional: 0 }),
  f('L2', 'imm', 9, 2, { optional: 0 }), f('L3', 'imm', 8, 3, { optional: 0 }), f('SC', 'imm', 9, 2, { optional: 0 }),
  f('LEV', 'imm', 20, 7, { optional: 0 }), f('LEVR', 'imm', 20, 7), f('L1D', 'imm', 10, 1, { optional: 1 }), f('L2R', 'imm', 14, 2), f('TO', 'imm', 6, 5), f('SH', 'imm', 16, 5), f('MB', 'imm', 21, 5), f('ME', 'imm', 26, 5),
  pieces('SH6', 'imm', [{ start: 30, len: 1 }, { start: 16, len: 5 }]),
  pieces('MB6', 'imm', [{ start: 26, len: 1 }, { start: 21, len: 5 }]),
  f('NB', 'imm', 16, 5), f('FXM', 'imm', 12, 8), f('FLM', 'imm', 7, 8), f('W', 'imm', 15, 1, { optional: 0 }), f('U', 'imm', 16, 4),
  f('CT', 'imm', 7, 4), f('TH', 'imm', 6, 5, { optional: 0 }), f('WC', 'imm', 9, 2), f('PL', 'imm', 14, 2, { optional: 0 }),
  f('RIC', 'imm', 12, 2), f('PRS', 'imm', 14, 1), f('R14', 'imm', 15, 1), f('IS', 'imm', 9, 2),
  f('SIMM', 'imm', 11, 5, { signed: true }), f('UIMM', 'imm', 11, 5), f('UIM4', 'imm', 12, 4), f('UIM3', 'imm', 13, 3), f('UIM2', 'imm', 14, 2),
  f('UIM1', 'imm', 15, 1), f('SHB', 'imm', 22, 4), f('DM', 'imm', 22, 2), f('SHW', 'imm', 22, 2), f('IMM8', 'imm', 13, 8), f('DCMX', 'imm', 9, 7),
  f('PS', 'imm', 22, 1), f('ST', 'imm', 16, 1), f('SIX', 'imm', 17, 4), f('RMC', 'imm', 21, 2), f('R15', 'imm', 15, 1), f('EH', 'imm', 31, 1, { optional: 0 }),
  f('DRM', 'imm', 18, 3), f('RM', 'imm', 19, 2), f('CY', 'imm', 21, 2), f('BHRBE', 'imm', 11, 10), f('UIM5', 'imm', 16, 5),
  f('A10', 'imm', 11, 1), f('TE', 'imm', 11, 5, { signed: true }), f('SP', 'imm', 11, 2), f('S11', 'imm', 11, 1), f('R11', 'imm', 11, 1),
  f('DUI', 'imm', 6, 5), f('S6', 'imm', 31, 1), f('S1112', 'imm', 11, 2), f('DUIS', 'imm', 11, 10), f('OC', 'imm', 6, 15), f('CRM', 'imm', 12, 8),
  pieces('SPR', 'imm', [{ start: 16, len: 5 }, { start: 11, len: 5 }]),
  pieces('DCMXS', 'imm', [{ start: 25, len: 1 }, { start: 29, len: 1 }, { start: 11, len: 5 }]),
  pieces('UIM7', 'imm', [{ start: 11, len: 5 }, { start: 25, len: 1 }, { start: 29, len: 1 }]),
  pieces('DXD', 'imm', [{ start: 16, len: 10 }, { start: 11, len: 5 }, { start: 31, len: 1 }], { signed: true }),
  f('STRM', 'imm', 9, 2), f('T6', 'imm', 6, 1), f('SH3', 'imm', 23, 3), f('VRA4', 'imm', 11, 4), f('MP', 'imm', 15, 1),
  // Displacements: printed as disp(base).
  f('D', 'imm', 16, 16, { signed: true, parens: true }),
  f('DS', 'imm', 16, 14, { signed: true, scale: 4, parens: true }),
  f('DQ', 'imm', 16, 12, { signed: true, scale: 16, parens: true }),
  pieces('D34', 'imm', [{ start: 14, len: 18, prefix: true }, { start: 16, len: 16 }], { signed: true, parens: true }),
  pieces('SI34', 'imm', [{ start: 14, len: 18, prefix: true }, { start: 16, len: 16 }], { signed: true }),
  pieces('R', 'imm', [{ start: 11, len: 1, prefix: true }], { optional: 0 }),
  // Power10 8RR forms: a 32-bit immediate split across the two words, and split VSX targets.
  pieces('IMM32', 'imm', [{ start: 16, len: 16, prefix: true }, { start: 16, len: 16 }]),
  pieces('XTS', 'vsr', [{ start: 15, len: 1 }, { start: 6, len: 5 }]),
  f('IX', 'imm', 14, 1),
  pieces('UIM3P', 'imm', [{ start: 29, len: 3, prefix: true }]),
  pieces('UIM8P', 'imm', [{ start: 24, len: 8, prefix: true }]),
  // Prefixed matrix rank updates: row, column and product masks in the prefix word, and the
  // prefix's sub-type field.
  ...(['XMSK:24:4', 'YMSK:28:4', 'YMSK2:28:2', 'PMSK8:16:8', 'PMSK4:16:4', 'PMSK2:16:2', 'MMIRR:8:4'].map((spec) => {
    const [name, start, len] = spec.split(':');
    return pieces(name, 'imm', [{ start: Number(start), len: Number(len), prefix: true }]);
  })),
  f('E', 'imm', 16, 1), f('IH', 'imm', 8, 3), f('SC2', 'imm', 14, 2), f('SR', 'imm', 12, 4), f('L10', 'imm', 10, 1), f('BFF', 'imm', 6, 3), f('L6', 'imm', 6, 1), f('PSW', 'imm', 16, 1), f('PSQ', 'imm', 17, 3), f('PSD', 'imm', 20, 12, { signed: true, parens: true }), f('DCM', 'imm', 16, 6), f('SH16', 'imm', 16, 6), f('UIM6', 'imm', 10, 6), f('CT5', 'imm', 6, 5), f('FC', 'imm', 16, 5),
  f('HTMR', 'imm', 10, 1), f('HTMA', 'imm', 6, 1), f('HTMSI', 'imm', 16, 5, { signed: true }), f('Rc', 'imm', 31, 1), f('S20', 'imm', 20, 1), f('BTF', 'imm', 6, 5),
  // String instructions move 32 bytes when NB is 0.
  { ...f('NBI', 'imm', 16, 5), get: (w: number) => field(w, 16, 5) || 32, put: (v: number) => (Number.isInteger(v) && v >= 1 && v <= 32 ? { word: ((v & 31) << 11) >>> 0, prefix: 0 } : `NB out of range 1..32 (got ${v})`) },
  // Branch targets.
  f('LI', 'rel', 6, 24, { signed: true, scale: 4 }), f('LIA', 'abs', 6, 24, { signed: true, scale: 4 }),
  f('BD', 'rel', 16, 14, { signed: true, scale: 4 }), f('BDA', 'abs', 16, 14, { signed: true, scale: 4 }),
);

const field = (word: number, start: number, len: number) => (word >>> (32 - start - len)) & (2 ** len - 1);
const rtOf = (w: number) => field(w, 6, 5);
const raOf = (w: number) => field(w, 11, 5);
def(
  // Base registers with ISA restrictions objdump enforces: loads with update need RA != 0 and
  // RA != RT, stores with update RA != 0, lmw RA below RT, lq/lswx RA != RT.
  withRule('RAL', OPERANDS.RA, (w) => raOf(w) !== 0 && raOf(w) !== rtOf(w)),
  withRule('RAS', OPERANDS.RA, (w) => raOf(w) !== 0),
  withRule('RAM', OPERANDS.RA0, (w) => raOf(w) < rtOf(w)),
  withRule('RAQ', OPERANDS.RA0, (w) => raOf(w) !== rtOf(w)),
  withRule('PRAQ', OPERANDS.RA0, (w, p) => ((p >>> 20) & 1) === 1 || raOf(w) !== rtOf(w)),
  withRule('RBQ', OPERANDS.RB, (w) => field(w, 16, 5) !== rtOf(w)),
  // Single-field CR moves name exactly one field.
  withRule('FXM1', OPERANDS.FXM, (w) => { const m = field(w, 12, 8); return m !== 0 && (m & (m - 1)) === 0; }),
  // Cache-touch hints split by range: cache level (0..7) and data stream (8..15).
  withRule('THCT', OPERANDS.TH, (w) => rtOf(w) <= 7),
  withRule('THDS', OPERANDS.TH, (w) => rtOf(w) >= 8 && rtOf(w) <= 15),
  // sync L values 3, 6 and 7 and dcbf L values 2, 5 and 7 are reserved.
  withRule('LS3', OPERANDS.L3, (w) => ![3, 6, 7].includes(field(w, 8, 3))),
  withRule('L3F', OPERANDS.L3, (w) => ![2, 5, 7].includes(field(w, 8, 3))),
  // Power10 MMA: a VSR operand may not overlap the target accumulator (four VSRs per accumulator).
  withRule('XAacc', OPERANDS.XA, (w) => OPERANDS.XA.get(w, 0) >> 2 !== field(w, 6, 3)),
  withRule('XBacc', OPERANDS.XB, (w) => OPERANDS.XB.get(w, 0) >> 2 !== field(w, 6, 3)),
  // hashst/hashchk: a negative doubleword offset -512..-8 from a 6-bit field split across the word.
  { ...pieces('DW', 'imm', [{ start: 31, len: 1 }, { start: 6, len: 5 }], { parens: true }),
    get: (w: number) => ((((w & 1) << 5) | rtOf(w)) - 64) * 8,
    put: (v: number) => (Number.isInteger(v) && v >= -512 && v <= -8 && v % 8 === 0 ? { word: ((((v / 8 + 64) & 31) << 21) | ((v / 8 + 64) >> 5)) >>> 0, prefix: 0 } : `DW out of range -512..-8, multiple of 8 (got ${v})`) },
  // wait: WC 3 is reserved and PL must be 0.
  withRule('WCW', OPERANDS.WC, (w) => field(w, 9, 2) <= 2),
  withRule('PLW', OPERANDS.PL, (w) => field(w, 14, 2) === 0),
  // A PC-relative prefixed instruction (R=1) has no base register.
  withRule('R', OPERANDS.R, (w, p) => ((p >>> 20) & 1) === 0 || raOf(w) === 0),
);

// addis and lis also take their immediate as an unsigned 16-bit value (GNU as accepts 0..65535).
OPERANDS.SISO = {
  ...OPERANDS.SI,
  put: (v) => (Number.isInteger(v) && v >= 32768 && v <= 65535 ? OPERANDS.SI.put(v - 65536) : typeof OPERANDS.SI.put(v) === 'string' ? `SI out of range -32768..65535 (got ${v})` : OPERANDS.SI.put(v)),
};

export function operand(name: string): OperandKind {
  const k = OPERANDS[name];
  if (!k) throw new Error(`unknown operand kind ${name}`);
  return k;
}
