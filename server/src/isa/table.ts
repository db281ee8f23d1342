// The one description of the Power ISA that decoding, encoding, objdump-style text and hover
// documentation all derive from. Each row gives the mnemonic, its form and opcode numbers, its
// operands in objdump's order, the ISA level and privilege, and a short description.
// Order matters: where several rows match one word, the first one names it (extended mnemonics
// come before the base instruction they specialise, as objdump prefers them).

import { type OperandKind, type OperandClass, operand, optionalKind } from './operands.js';
import { SPR_BOTH, SPR_READ, SPR_WRITE, SPR_INDEXED } from './spr.js';
import { CORE_ROWS } from './rows/core.js';
import { FP_ROWS, DFP_ROWS } from './rows/fp.js';
import { VMX_ROWS } from './rows/vmx.js';
import { VSX_ROWS, GER_UPDATES } from './rows/vsx.js';
import { PREFIXED_ROWS } from './rows/prefixed.js';
import { OLD_ROWS } from './rows/old.js';

/** `other`: not in Power ISA 2.07..3.1 (older or embedded processors, future extensions); objdump
 * decodes these only when no Power10 instruction matches. */
export type IsaLevel = '2.07' | '3.0' | '3.1' | 'other';
export type Privilege = 'problem' | 'supervisor' | 'hypervisor';

export interface Insn {
  mnemonic: string;
  /** Fixed bits of the (suffix) word and which bits are fixed. */
  opcode: number;
  mask: number;
  /** For 64-bit prefixed instructions: the prefix word's fixed bits; otherwise mask 0. */
  prefixOpcode: number;
  prefixMask: number;
  operands: OperandKind[];
  form: string;
  level: IsaLevel;
  privilege: Privilege;
  doc: string;
  /** Decoded only when no Power10 row matches (objdump's fallback to every processor it knows). */
  fallback: boolean;
  /** Spelling GNU as accepts that objdump never prints (another row names the same words first). */
  asOnly: boolean;
}

/** An operand shown as one value but tied to several fields (for extended mnemonics). */
interface Link {
  kind: OperandKind;
  value: (n: number) => number;
}

function linked(name: string, cls: OperandClass, primary: OperandKind, fromPrimary: (v: number) => number, links: Link[], toPrimary = fromPrimary): OperandKind {
  // Most rules (n, c-n) are their own inverse; others pass toPrimary.
  const all: Link[] = [{ kind: primary, value: toPrimary }, ...links];
  return {
    name,
    cls,
    wordBits: all.reduce((m, l) => (m | l.kind.wordBits) >>> 0, 0),
    prefixBits: 0,
    get: (w, p) => fromPrimary(primary.get(w, p)),
    // The tied fields must hold the values the shown one implies (a field only reads back values it can hold).
    valid(w, p) {
      const n = fromPrimary(primary.get(w, p));
      for (const l of all) if (l.kind.get(w, p) !== l.value(n)) return false;
      return true;
    },
    put(n) {
      let word = 0;
      for (const l of all) {
        const r = l.kind.put(l.value(n));
        if (typeof r === 'string') return `${name}: ${r}`;
        word = (word | r.word) >>> 0;
      }
      return { word, prefix: 0 };
    },
  };
}

const id = (v: number) => v;
const K = (name: string) => operand(name);
const derivedKinds: Record<string, OperandKind> = {
  RSB: linked('RS', 'gpr', K('RS'), id, [{ kind: K('RB'), value: id }]),
  BAB: linked('BA', 'crbit', K('BA'), id, [{ kind: K('BB'), value: id }]),
  BTAB: linked('BT', 'crbit', K('BT'), id, [{ kind: K('BA'), value: id }, { kind: K('BB'), value: id }]),
  XAB: linked('XA', 'vsr', K('XA'), id, [{ kind: K('XB'), value: id }]),
  DMSPLT: linked('DM', 'imm', K('DM'), (v) => (v === 3 ? 1 : v === 0 ? 0 : -1), [], (n) => n * 3),
  VRAB: linked('VRA', 'vr', K('VRA'), id, [{ kind: K('VRB'), value: id }]),
  SLDn: linked('n', 'imm', K('SH6'), id, [{ kind: K('MB6'), value: (n) => 63 - n }]),
  SRDn: linked('n', 'imm', K('MB6'), id, [{ kind: K('SH6'), value: (n) => 64 - n }]),
  CRDn: linked('n', 'imm', K('MB6'), (v) => 63 - v, []),
  SLWn: linked('n', 'imm', K('SH'), id, [{ kind: K('ME'), value: (n) => 31 - n }]),
  SRWn: linked('n', 'imm', K('MB'), id, [{ kind: K('SH'), value: (n) => 32 - n }]),
  CRWn: linked('n', 'imm', K('ME'), (v) => 31 - v, []),
};

/** Operand spec `NAME`, or `NAME?` / `NAME?v` for an operand objdump omits at its default (0 or v). */
function kindOf(spec: string): OperandKind {
  const [name, dflt] = spec.split('?');
  const kind = derivedKinds[name] ?? operand(name);
  return dflt === undefined ? kind : optionalKind(kind, Number(dflt || 0));
}

// ---- Forms: the opcode bits each form fixes, from its numbers ----------------------------

const P = (p: number) => (p << 26) >>> 0;
const xoAt = (shift: number) => ([p, xo]: number[]) => (P(p) | (xo << shift)) >>> 0;
const FORMS: Record<string, (a: number[]) => number> = {
  D: ([p]) => P(p), I: ([p]) => P(p), B: ([p]) => P(p), M: ([p]) => P(p),
  DS: xoAt(0), DQ: xoAt(0), VX: xoAt(0), VA: xoAt(0), VC: xoAt(0), DX: xoAt(1), Z23: xoAt(1), Z22: xoAt(1),
  X: xoAt(1), XL: xoAt(1), XFX: xoAt(1), XFL: xoAt(1), XO: xoAt(1), A: xoAt(1), MDS: xoAt(1),
  MD: xoAt(2), XS: xoAt(2), XX2: xoAt(2), XX3: xoAt(3), XX4: xoAt(4),
  SC: ([p, xo]) => P(p) | (xo === 1 ? 2 : 1),
  // Power10 8RR splat forms: a 4-bit extended opcode at bits 11..14.
  VSOP: xoAt(17),
};
/** Prefix word of each prefixed form: primary opcode 1 and the form's type in bits 6..7. */
const PREFIX_TYPES: Record<string, number> = { '8LS': 0, '8RR': 1, MLS: 2, MMIRR: 3 };
/** Bit set by a `.` (record CR) variant, per form; and by an `o` (record overflow) variant. */
const RC_BIT: Record<string, number> = { VC: 0x400, XX3: 0x400 };
const OE_BIT = 0x400;

/** Field mask of ISA bits a..b of a 32-bit word. */
const bitsMask = (a: number, b: number) => (((2 ** (b - a + 1) - 1) * 2 ** (31 - b)) >>> 0);

const LEVELS = new Set(['2.07', '3.0', '3.1', 'other']);

interface RowSpec {
  mnemonic: string;
  form: string;
  opcode: number;
  mask: number;
  prefixOpcode: number;
  prefixMask: number;
  operands: OperandKind[];
  level: IsaLevel;
  privilege: Privilege;
  doc: string;
  asOnly?: boolean;
}

function build(r: RowSpec): Insn {
  const coveredWord = r.operands.reduce((m, k) => (m | k.wordBits) >>> 0, 0);
  const coveredPrefix = r.operands.reduce((m, k) => (m | k.prefixBits) >>> 0, 0);
  return {
    mnemonic: r.mnemonic, form: r.form, operands: r.operands, level: r.level, privilege: r.privilege, doc: r.doc,
    opcode: r.opcode >>> 0, mask: (r.mask & ~coveredWord) >>> 0,
    prefixOpcode: r.prefixOpcode >>> 0, prefixMask: r.prefixMask ? (r.prefixMask & ~coveredPrefix) >>> 0 : 0,
    fallback: r.level === 'other', asOnly: !!r.asOnly,
  };
}

const VARIANT_NOTE: Record<string, string> = {
  o: ', recording overflow in XER', '.': ', recording the result in CR', l: ' and link', a: ' to an absolute address',
};
const ABSOLUTE_OF: Record<string, string> = { LI: 'LIA', BD: 'BDA' };

/**
 * Expand one row into its variants: [o] overflow-recording, [.] CR-recording, [l] link, [a] absolute.
 * Row syntax: `name[o][.] FORM:p/xo{FIELD=v,~a-b} OPERANDS LEVEL [p|h] [as] | description`, where
 * `~a-b` marks reserved bits objdump ignores, `p`/`h` supervisor/hypervisor privilege and `as` a
 * spelling only the assembler accepts. Operands: `D(RA0)` prints a displacement with its base
 * register in parentheses, `NAME?` an operand left out at its default; `-` means none.
 */
function parseRow(line: string): Insn[] {
  const [spec, doc = ''] = line.split('|').map((s) => s.trim());
  const m = /^(\S+)\s+([\w.]+):([\d/]+)(?:\{([^}]*)\})?\s+(\S+)\s+(\S+)((?:\s+\w+)*)$/.exec(spec);
  if (!m) throw new Error(`bad ISA row: ${line}`);
  const [, namePat, formSpec, nums, fixedSpec, opSpec, level, tail] = m;
  if (!LEVELS.has(level)) throw new Error(`bad level in row: ${line}`);
  const marks = new Set(tail.trim().split(/\s+/).filter(Boolean));
  const [prefixType, form] = formSpec.includes('.') ? formSpec.split('.') : [undefined, formSpec];
  const args = nums.split('/').map(Number);
  if (!FORMS[form]) throw new Error(`unknown form in row: ${line}`);
  const prefixed = prefixType !== undefined;
  let opcode = FORMS[form](args);
  let mask = 0xffffffff;
  let prefixOpcode = prefixed ? ((1 << 26) | (PREFIX_TYPES[prefixType] << 24)) >>> 0 : 0;
  const prefixMask = prefixed ? 0xffffffff : 0;
  const fixedKinds: OperandKind[] = [];
  for (const item of fixedSpec ? fixedSpec.split(',') : []) {
    const ignored = /^~(\d+)(?:-(\d+))?$/.exec(item);
    if (ignored) {
      mask = (mask & ~bitsMask(Number(ignored[1]), Number(ignored[2] ?? ignored[1]))) >>> 0;
      continue;
    }
    const [name, value] = item.split('=');
    const kind = kindOf(name);
    const bits = kind.put(Number(value));
    if (typeof bits === 'string') throw new Error(`bad fixed field in row: ${line}: ${bits}`);
    // A fixed field is part of the opcode: its bits stay in the mask though no operand shows them.
    opcode = (opcode | bits.word) >>> 0;
    prefixOpcode = (prefixOpcode | bits.prefix) >>> 0;
    fixedKinds.push(kind);
  }
  const fixedWordBits = fixedKinds.reduce((m2, k) => (m2 | k.wordBits) >>> 0, 0);
  const fixedPrefixBits = fixedKinds.reduce((m2, k) => (m2 | k.prefixBits) >>> 0, 0);
  const ops = opSpec === '-' ? [] : opSpec.replace(/\(/g, ',').replace(/\)/g, '').split(',').map(kindOf);
  const privilege: Privilege = marks.has('p') ? 'supervisor' : marks.has('h') ? 'hypervisor' : 'problem';
  const stem = namePat.replace(/\[[^\]]*\]/g, '');
  const flags = [...namePat.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]);
  const flagBit = (flag: string) => (flag === 'o' ? OE_BIT : flag === '.' ? RC_BIT[form] ?? 1 : flag === 'l' ? 1 : 2);
  // Every combination of the flags: add, add., addo, addo. (they differ in fixed bits, so order is free).
  let variants = [{ name: stem, bits: 0, note: '', abs: false }];
  for (const flag of flags) {
    variants = variants.flatMap((v) => [v, { name: v.name + flag, bits: v.bits | flagBit(flag), note: v.note + VARIANT_NOTE[flag], abs: v.abs || flag === 'a' }]);
  }
  const variantBits = flags.reduce((b, f) => b | flagBit(f), 0);
  return variants.map((v) => {
    // Coverage by operands frees bits from the mask; fixed fields and variant flags keep theirs.
    const operands = v.abs ? ops.map((k) => (ABSOLUTE_OF[k.name] ? K(ABSOLUTE_OF[k.name]) : k)) : ops;
    const insn = build({
      mnemonic: v.name, form: formSpec, opcode: (opcode | v.bits) >>> 0, mask, prefixOpcode, prefixMask,
      operands, level: level as IsaLevel, privilege, doc: doc + v.note, asOnly: marks.has('as'),
    });
    insn.mask = (insn.mask | ((fixedWordBits | variantBits) & mask)) >>> 0;
    if (prefixed) insn.prefixMask = (insn.prefixMask | fixedPrefixBits) >>> 0;
    return insn;
  });
}

function parseRows(text: string): Insn[] {
  return text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).flatMap(parseRow);
}

// ---- Generated families ---------------------------------------------------------------

/**
 * Trap extended mnemonics by TO value. objdump names each value by the first spelling; the
 * second spellings of 5, 6, 12 and 20 are the assembler's synonyms.
 */
const TRAP_CONDITIONS: [number, string, string][] = [
  [1, 'lgt', 'logically greater than'], [2, 'llt', 'logically less than'], [4, 'eq', 'equal to'],
  [5, 'lge', 'logically greater than or equal to'], [5, 'lnl', 'logically not less than'],
  [6, 'lle', 'logically less than or equal to'], [6, 'lng', 'logically not greater than'],
  [8, 'gt', 'greater than'], [12, 'ge', 'greater than or equal to'], [12, 'nl', 'not less than'],
  [16, 'lt', 'less than'], [20, 'le', 'less than or equal to'], [20, 'ng', 'not greater than'],
  [24, 'ne', 'not equal to'], [31, 'u', 'unconditionally'],
];

function traps(): Insn[] {
  const rows: string[] = ['trap X:31/4{TO=31,RA=0,RB=0} - 2.07 | Trap unconditionally (tw 31,0,0)'];
  const seen = new Set<number>();
  for (const [to, cc, words] of TRAP_CONDITIONS) {
    const asOnly = seen.has(to) ? ' as' : '';
    seen.add(to);
    const what = to === 31 ? 'unconditionally' : `if RA is ${words}`;
    rows.push(
      `tw${cc} X:31/4{TO=${to}} RA,RB 2.07${asOnly} | Trap ${what}${to === 31 ? '' : ' RB'} (words)`,
      `td${cc} X:31/68{TO=${to}} RA,RB 2.07${asOnly} | Trap ${what}${to === 31 ? '' : ' RB'} (doublewords)`,
      `tw${cc}i D:3{TO=${to}} RA,SI 2.07${asOnly} | Trap ${what}${to === 31 ? '' : ' the immediate'} (words)`,
      `td${cc}i D:2{TO=${to}} RA,SI 2.07${asOnly} | Trap ${what}${to === 31 ? '' : ' the immediate'} (doublewords)`,
    );
  }
  return parseRows(rows.join('\n'));
}

/** mfspr/mtspr with objdump's SPR names before the numeric base forms. */
function sprMoves(): Insn[] {
  const rows: string[] = [];
  for (const [n, s] of [...SPR_BOTH, ...SPR_READ]) rows.push(`mf${s} XFX:31/339{SPR=${n}} RT 2.07 | Move from SPR ${n} (${s.toUpperCase()})`);
  for (const [n, s] of [...SPR_BOTH, ...SPR_WRITE]) rows.push(`mt${s} XFX:31/467{SPR=${n}} RS 2.07 | Move to SPR ${n} (${s.toUpperCase()})`);
  const out = parseRows(rows.join('\n'));
  const spr = K('SPR');
  for (const g of SPR_INDEXED) {
    for (let i = 0; i < g.count; i++) {
      const n = g.base + i * g.stride;
      const idx = fixedShown('N', i);
      const fixed = (spr.put(n) as { word: number }).word;
      const row = (mnemonic: string, xo: number, ops: OperandKind[], doc: string) => {
        const insn = build({ mnemonic, form: 'XFX', opcode: (FORMS.X([31, xo]) | fixed) >>> 0, mask: 0xffffffff, prefixOpcode: 0, prefixMask: 0, operands: ops, level: '2.07', privilege: 'supervisor', doc });
        insn.mask = (insn.mask | spr.wordBits) >>> 0;
        return insn;
      };
      out.push(
        row('mf' + g.name, 339, [K('RT'), idx], `Move from ${g.name.toUpperCase()}${i}`),
        row('mt' + g.name, 467, [idx, K('RS')], `Move to ${g.name.toUpperCase()}${i}`),
      );
    }
  }
  out.push(...parseRows(String.raw`
mfspr       XFX:31/339         RT,SPR                2.07 | Move from special-purpose register
mtspr       XFX:31/467         SPR,RS                2.07 | Move to special-purpose register
`));
  return out;
}

/** An operand printed as a constant that occupies no bits (the index of mfsprg and friends). */
function fixedShown(name: string, value: number): OperandKind {
  return { name, cls: 'imm', wordBits: 0, prefixBits: 0, get: () => value, put: (v) => (v === value ? { word: 0, prefix: 0 } : `${name} must be ${value}`) };
}

/**
 * Conditional branches. BO selects the condition: decrement CTR and test it, test a CR bit for
 * true or false, or always; its hint bits are printed as `+`/`-`. Each BO value gets the one
 * extended mnemonic objdump prints for it: B-form branches ignore the old y bit, while bclr and
 * bcctr still print it as `+` (objdump's fallback to pre-2.03 hint rules).
 */
function branchName(target: 'b' | 'lr' | 'ctr' | 'tar', bo: number): { stem: string; hint: string; test: 'cr' | 'bi' | 'none' } | undefined {
  // bctar is newer than the y bit: a y-bit hint there names nothing.
  const oldY = target === 'b' ? '' : target === 'tar' ? undefined : '+';
  const at = (a: number) => ['', oldY, '-', '+'][a];
  const named = (stem: string, hint: string | undefined, test: 'cr' | 'bi' | 'none') => (hint === undefined ? undefined : { stem, hint, test });
  if ((bo & 0x14) === 0x04) return named(bo & 8 ? 'true' : 'false', at(bo & 3), 'cr');
  if ((bo & 0x14) === 0x00) {
    if (target === 'ctr') return undefined;
    return named(['bdnzf', 'bdzf', 'bdnzt', 'bdzt'][((bo >> 3) << 1) | ((bo >> 1) & 1)], bo & 1 ? oldY : '', 'bi');
  }
  if ((bo & 0x14) === 0x10 && target !== 'ctr') return named(bo & 2 ? 'bdz' : 'bdnz', at(((bo >> 2) & 2) | (bo & 1)), 'none');
  if (bo === 20 && target !== 'b') return named('b', '', 'none');
  return undefined;
}

/** BO values whose `+` comes from the pre-2.03 y bit (bclr/bcctr only). */
function isOldY(target: 'b' | 'lr' | 'ctr' | 'tar', bo: number): boolean {
  if (target === 'b' || target === 'tar') return false;
  return (bo & 0x14) === 0x04 ? (bo & 3) === 1 : (bo & 0x14) === 0x10 ? (bo & 9) === 1 : (bo & 0x14) === 0 && (bo & 1) === 1;
}

function branches(): Insn[] {
  const out: Insn[] = [];
  const targets = [
    { name: 'b' as const, suffix: '', form: 'B', base: P(16), ops: ['BD'] },
    { name: 'lr' as const, suffix: 'lr', form: 'XL', base: FORMS.X([19, 16]), ops: [] },
    { name: 'ctr' as const, suffix: 'ctr', form: 'XL', base: FORMS.X([19, 528]), ops: [] },
    { name: 'tar' as const, suffix: 'tar', form: 'XL', base: FORMS.X([19, 560]), ops: [] },
  ];
  const conds = ['lt', 'gt', 'eq', 'so'];
  const negs = ['ge', 'le', 'ne', 'ns'];
  const boKind = K('BO');
  const biKind = K('BI');
  const crField: OperandKind = {
    name: 'CR', cls: 'cr', wordBits: bitsMask(11, 13), prefixBits: 0, optional: 0,
    get: (w) => (w >>> 18) & 7,
    put: (v) => (Number.isInteger(v) && v >= 0 && v <= 7 ? { word: (v << 18) >>> 0, prefix: 0 } : `CR field out of range 0..7 (got ${v})`),
  };
  const row = (mnemonic: string, form: string, opcode: number, fixedMask: number, operands: OperandKind[], doc: string) => {
    const insn = build({ mnemonic, form, opcode, mask: 0xffffffff, prefixOpcode: 0, prefixMask: 0, operands, level: '2.07', privilege: 'problem', doc });
    insn.mask = (insn.mask | fixedMask) >>> 0;
    out.push(insn);
  };
  for (const t of targets) {
    for (const link of [0, 1]) {
      for (const abs of t.name === 'b' ? [0, 1] : [0]) {
        const tail = t.suffix + (link ? 'l' : '') + (abs ? 'a' : '');
        const target = t.name === 'b' ? [K(abs ? 'BDA' : 'BD')] : [K('BH')];
        const bits = (t.base | link | (abs ? 2 : 0)) >>> 0;
        const where = t.suffix ? ' to ' + t.suffix.toUpperCase() : '';
        // Old y-bit spellings last: the encoder then picks the at-bit encoding GNU as emits.
        const byPreference = [...Array(32).keys()].sort((a, b) => Number(isOldY(t.name, a)) - Number(isOldY(t.name, b)));
        for (const bo of byPreference) {
          const n = branchName(t.name, bo);
          if (!n) continue;
          const boBits = (boKind.put(bo) as { word: number }).word;
          if (n.test === 'cr') {
            for (let cc = 0; cc < 4; cc++) {
              const name = (n.stem === 'true' ? conds : negs)[cc];
              row('b' + name + tail + n.hint, t.form, (bits | boBits | (cc << 16)) >>> 0, boKind.wordBits | bitsMask(14, 15), [crField, ...target],
                `Branch${where} if ${n.stem === 'true' ? '' : 'not '}${conds[cc]}`);
            }
          } else if (n.test === 'bi') {
            row(n.stem + tail + n.hint, t.form, (bits | boBits) >>> 0, boKind.wordBits, [biKind, ...target],
              `Decrement CTR, branch${where} if it is ${n.stem.startsWith('bdnz') ? 'not ' : ''}zero and the CR bit is ${n.stem.endsWith('t') ? 'set' : 'clear'}`);
          } else {
            row(n.stem + tail + n.hint, t.form, (bits | boBits) >>> 0, boKind.wordBits | biKind.wordBits, target.filter(() => n.stem !== 'b' || t.name !== 'b'),
              n.stem === 'b' ? `Branch${where}` : `Decrement CTR, branch${where} if it is ${n.stem === 'bdnz' ? 'not ' : ''}zero`);
          }
        }
        // Raw forms for the remaining BO values objdump accepts, hinted where BO carries a hint.
        const validBo = (bo: number, hinted: string): boolean => {
          if ((bo & 0x14) === 0) return t.name === 'ctr' || t.name === 'tar' ? (bo & 1) === 0 && hinted === '' : hinted === (bo & 1 ? '+' : '');
          if ((bo & 0x14) === 0x04) return (bo & 3) !== 1 && hinted === ((bo & 2) ? ((bo & 1) ? '+' : '-') : '');
          if ((bo & 0x14) === 0x10) return (bo & 9) !== 1 && hinted === ((bo & 8) ? ((bo & 1) ? '+' : '-') : '');
          return bo === 20 && hinted === '';
        };
        for (const hint of ['', '-', '+']) {
          const bo: OperandKind = { ...boKind, valid: (w) => validBo((w >>> 21) & 31, hint) };
          row('bc' + tail + hint, t.form, bits, 0, [bo, biKind, ...target], 'Branch conditional');
        }
      }
    }
  }
  return out;
}

/**
 * Matrix rank-k updates: objdump prints the `dm` spelling; the plain one is the assembler's.
 * The name says the element type (i4/i8/i16/f16/bf16/f32/f64), the rank and how the product
 * meets the accumulator (none: overwrite; pp/pn/np/nn: add or subtract with either sign; s: saturate).
 */
/** Product-mask width by element type: one bit per product summed into each element. */
const PRODUCT_MASK: Record<string, string | undefined> = { i4: 'PMSK8', i8: 'PMSK4', i16: 'PMSK2', f16: 'PMSK2', bf16: 'PMSK2' };

function gerRows(): Insn[] {
  const ACCUMULATE: Record<string, string> = {
    '': 'overwriting it', pp: 'adding to it', pn: 'adding, negated accumulator', np: 'adding the negated product',
    nn: 'negating both', s: 'overwriting it, saturating', spp: 'adding to it, saturating',
  };
  const rows: string[] = [];
  for (const item of GER_UPDATES.trim().split(/\s+/)) {
    const [name, xo] = item.split(':');
    const m = /^xv(\w+?)ger(\d?)(s?(?:pp|pn|np|nn)?|s)$/.exec(name)!;
    const doc = `Rank-${m[2] || 1} update of an accumulator with ${m[1]} outer products, ${ACCUMULATE[m[3]]}`;
    rows.push(`dm${name} XX3:59/${xo} AT,XAacc,XBacc 3.1 | ${doc}`, `${name} XX3:59/${xo} AT,XAacc,XBacc 3.1 as | ${doc}`);
    // The prefixed form masks rows, columns and (for narrow elements) products of the update.
    const masks = m[1] === 'f64' ? 'XMSK,YMSK2' : `XMSK,YMSK${PRODUCT_MASK[m[1]] ? ',' + PRODUCT_MASK[m[1]] : ''}`;
    const pdoc = `${doc}, under masks`;
    rows.push(`pmdm${name} MMIRR.XX3:59/${xo}{MMIRR=9} AT,XAacc,XBacc,${masks} 3.1 | ${pdoc}`, `pm${name} MMIRR.XX3:59/${xo}{MMIRR=9} AT,XAacc,XBacc,${masks} 3.1 as | ${pdoc}`);
  }
  return parseRows(rows.join('\n'));
}

/** The whole table, in match order. */
export const TABLE: readonly Insn[] = [
  ...traps(), ...parseRows(CORE_ROWS), ...branches(), ...sprMoves(), ...parseRows(FP_ROWS), ...parseRows(DFP_ROWS), ...parseRows(VMX_ROWS),
  ...parseRows(VSX_ROWS), ...gerRows(), ...parseRows(PREFIXED_ROWS), ...parseRows(OLD_ROWS),
];

