// Encoding: from a parsed instruction (mnemonic and operand expressions) to its word(s), with
// relocation placeholders for symbols, choosing relocation types as GNU as does. Every mnemonic
// the table names is accepted, plus the assembler's formula-defined extended mnemonics below.

import { d34Form, dsForm, pcrelForm, RELOCS, suffixReloc } from './relocations';
import type { Address } from './address.js';
import { TABLE, type Insn } from './table.js';
import type { OperandKind } from './operands.js';
import { parseInstruction, type OperandExpr, type ParsedInstruction } from './asmOperand.js';

export interface Relocation {
  /** Byte offset from the start of the instruction. */
  offset: number;
  type: string;
  symbol: string;
  addend: bigint;
}

export interface Encoded {
  /** One word, or the prefix and suffix words of a prefixed instruction. */
  words: number[];
  relocations: Relocation[];
  insn: Insn;
}

export interface EncodeOptions {
  /** Address of the instruction: numeric branch targets are addresses, as objdump prints them. */
  address?: Address;
  /** Byte order, for the offset of a relocated 16-bit field within the word. */
  bigEndian?: boolean;
  /**
   * The CPU is POWER4 or later: `mtcrf` of a single field takes the one-field form (`mtocrf`),
   * as GNU as encodes it for such CPUs (binutils insert_fxm).
   */
  oneFieldCrMoves?: boolean;
  /**
   * The CPU is of the POWER4 to POWER6 class: `tlbie RB[,L]`, L optional, in the bits later CPUs
   * give RS; a lone RB is `tlbie RB,0` (binutils' pre-POWER7 tlbie entry).
   */
  tlbieWithL?: boolean;
}

const BY_MNEMONIC = new Map<string, Insn[]>();
for (const insn of TABLE) {
  const list = BY_MNEMONIC.get(insn.mnemonic);
  if (list) list.push(insn);
  else BY_MNEMONIC.set(insn.mnemonic, [insn]);
}

// ---- Relocations ------------------------------------------------------------------------

/** The relocation a symbol in operand `kind` takes, or why it cannot go there. */
function relocationFor(kind: OperandKind, expr: Extract<OperandExpr, { kind: 'symbol' }>, bigEndian: boolean): { type: string; offset: number; addend: bigint } | string {
  const mod = expr.modifier ?? '';
  // The 16-bit-field relocation the modifier names; the field's form then picks its variant.
  const base = mod === '' ? 'ADDR16' : suffixReloc(mod);
  const half = base !== undefined && RELOCS[base]?.field === 'half' ? base : undefined;
  const halfOffset = bigEndian ? 2 : 0;
  let type: string | undefined;
  let offset = 0;
  let addend = expr.addend;
  if (kind.name === 'LI') type = mod === 'notoc' ? 'REL24_NOTOC' : mod === '' || mod === 'plt' ? 'REL24' : undefined;
  else if (kind.name === 'LIA') type = mod === '' ? 'ADDR24' : undefined;
  else if (kind.name === 'BD') type = mod === '' ? 'REL14' : undefined;
  else if (kind.name === 'BDA') type = mod === '' ? 'ADDR14' : undefined;
  else if (kind.name === 'D34' || kind.name === 'SI34') type = base && d34Form(base);
  else if (['DS', 'DQ'].includes(kind.name)) {
    type = half && dsForm(half);
    offset = halfOffset;
  } else if (['SI', 'UI', 'D'].includes(kind.name)) {
    offset = halfOffset;
    if (expr.pcrel) {
      type = half && pcrelForm(half);
      // `sym-.` is relative to the instruction; the relocation is relative to the field.
      addend += BigInt(halfOffset);
    } else {
      type = half;
    }
  }
  if (!type) return `a symbol${mod ? '@' + mod : ''} cannot go in ${kind.name}`;
  return { type: 'R_PPC64_' + type, offset, addend };
}

// ---- Operand values ---------------------------------------------------------------------

const FILE_OF_CLASS: Record<string, string> = { gpr: 'gpr', gpr0: 'gpr', fpr: 'fpr', vr: 'vr', vsr: 'vsr', acc: 'acc', cr: 'cr' };

/** No field is wider than 34 bits: a value beyond this cannot fit, whatever the field. */
const FIELD_LIMIT = 1n << 40n;

/** A 64-bit value as the number a field takes, or why it cannot be one. */
function fieldValue(kind: OperandKind, value: bigint): number | string {
  if (value >= FIELD_LIMIT || value < -FIELD_LIMIT) return `${kind.name} out of range (got ${value < 0n ? '-0x' + (-value).toString(16) : '0x' + value.toString(16)})`;
  return Number(value);
}

/** The number an expression puts in `kind`, or why it cannot. */
function valueFor(kind: OperandKind, expr: OperandExpr, address: Address): number | string {
  if (expr.kind === 'memory') return `${kind.name} cannot be a memory operand`;
  if (expr.kind === 'symbol') return `${kind.name} cannot be a symbol`;
  if (expr.kind === 'register') {
    // GNU as accepts a register where the field takes its number; the register must be of the
    // field's kind where the field names a register.
    const want = FILE_OF_CLASS[kind.cls];
    if (want && want !== expr.file) return `${kind.name} must be a ${want === 'gpr' ? 'general-purpose' : want.toUpperCase()} register (got ${regName(expr)})`;
    if (!want && kind.cls !== 'crbit' && expr.file !== 'cr') return `${kind.name} must be a number (got ${regName(expr)})`;
    return kind.cls === 'crbit' ? expr.number * 4 : expr.number;
  }
  // Branch targets and `.` are 64-bit addresses: the displacement is taken modulo 2^64.
  if (kind.cls === 'rel') return fieldValue(kind, expr.relative ? expr.value : BigInt.asIntN(64, expr.value - address));
  if (expr.relative) return fieldValue(kind, BigInt.asIntN(64, expr.value + address));
  // objdump prints an absolute branch target as a 32-bit address; the field sign-extends it.
  if (kind.cls === 'abs' && expr.value >= 1n << 31n && expr.value < 1n << 32n) return fieldValue(kind, expr.value - (1n << 32n));
  return fieldValue(kind, expr.value);
}

function regName(r: Extract<OperandExpr, { kind: 'register' }>): string {
  return ({ gpr: 'r', fpr: 'f', vr: 'v', vsr: 'vs', cr: 'cr', acc: 'a' } as const)[r.file] + r.number;
}

// ---- Matching a row ---------------------------------------------------------------------

interface Attempt {
  encoded?: Encoded;
  error?: string;
}

/** Line up the written operands with the row's: memory operands spread into disp and base. */
function flatten(insn: Insn, exprs: OperandExpr[]): { list: (OperandExpr | undefined)[]; pcrel: boolean } | string {
  const kinds = insn.operands;
  const written: (OperandExpr | undefined)[] = [];
  let pcrel = false;
  const hasR = kinds.some((k) => k.name === 'R');
  for (const e of exprs) {
    const slot = kinds[written.length];
    if (slot?.parens) {
      if (e.kind === 'memory') {
        written.push(e.displacement, e.base);
      } else if (hasR) {
        // A prefixed load or store without a base register is PC-relative.
        written.push(e, { kind: 'number', value: 0n });
        pcrel = true;
      } else {
        return `${slot.name} needs a base register: write disp(rA)`;
      }
    } else if (e.kind === 'memory') {
      return `operand ${written.length + 1} is not a memory operand in ${insn.mnemonic}`;
    } else {
      written.push(e);
    }
  }
  return { list: written, pcrel };
}

function attempt(insn: Insn, exprs: OperandExpr[], opts: Required<Pick<EncodeOptions, 'address' | 'bigEndian'>>): Attempt {
  const flat = flatten(insn, exprs);
  if (typeof flat === 'string') return { error: flat };
  const kinds = insn.operands;
  let written = flat.list;
  if (flat.pcrel && kinds[kinds.length - 1]?.name === 'R' && written.length === kinds.length - 1) written = [...written, { kind: 'number', value: 1n }];
  // Leave out optional operands as objdump does: trailing ones, or a leading CR field.
  const missing = kinds.length - written.length;
  if (missing < 0) return { error: `${insn.mnemonic} takes at most ${kinds.length} operands (got ${written.length})` };
  if (missing > 0) {
    const trailing = kinds.slice(kinds.length - missing);
    if (trailing.every((k) => k.optional !== undefined)) written = [...written, ...trailing.map(() => undefined)];
    else if (kinds[0]?.optional !== undefined && kinds.slice(kinds.length - missing + 1).every((k) => k.optional !== undefined)) {
      written = [undefined, ...written, ...kinds.slice(kinds.length - missing + 1).map(() => undefined)];
    } else {
      return { error: `${insn.mnemonic} needs ${kinds.filter((k) => k.optional === undefined).length} operands (got ${written.length})` };
    }
  }
  let word = insn.opcode;
  let prefix = insn.prefixOpcode;
  const relocations: Relocation[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const expr = written[i];
    let value: number | string;
    if (expr === undefined) {
      value = kind.optional!;
    } else if (expr.kind === 'symbol') {
      const r = relocationFor(kind, expr, opts.bigEndian);
      if (typeof r === 'string') return { error: `operand ${i + 1} (${kind.name}): ${r}` };
      relocations.push({ offset: r.offset, type: r.type, symbol: expr.symbol, addend: r.addend });
      // GNU as also leaves the addend in a 34-bit field; 16-, 24- and 14-bit fields stay 0.
      value = kind.name === 'D34' || kind.name === 'SI34' ? fieldValue(kind, r.addend) : 0;
    } else {
      value = valueFor(kind, expr, opts.address);
    }
    if (typeof value === 'string') return { error: `operand ${i + 1} (${kind.name}): ${value}` };
    const bits = kind.put(value);
    if (typeof bits === 'string') return { error: `operand ${i + 1} (${kind.name}): ${bits.replace(/^\w+(: | )/, '')}` };
    word = (word | bits.word) >>> 0;
    prefix = (prefix | bits.prefix) >>> 0;
  }
  // A value that disagrees with a field the row fixes (an extended mnemonic's operand) does not fit.
  if (((word & insn.mask) >>> 0) !== insn.opcode || ((prefix & insn.prefixMask) >>> 0) !== insn.prefixOpcode) {
    return { error: `${insn.mnemonic}: operands do not fit this form` };
  }
  const bad = kinds.find((k) => k.valid && !k.valid(word, prefix));
  if (bad) return { error: `operand ${kinds.indexOf(bad) + 1} (${bad.name}) is not allowed with these other operands` };
  return { encoded: { words: insn.prefixMask ? [prefix, word] : [word], relocations, insn } };
}

// ---- Assembler-only extended mnemonics defined by formulas --------------------------------

type Rewrite = (ops: OperandExpr[]) => [string, OperandExpr[]] | string;
/** A written number small enough for the formulas below (shift counts, masks, CR fields). */
const num = (e: OperandExpr | undefined): number | undefined =>
  (e?.kind === 'number' && e.value >= -(1n << 40n) && e.value < 1n << 40n ? Number(e.value) : undefined);
const n = (value: number | bigint): OperandExpr => ({ kind: 'number', value: BigInt(value) });

/** `name ra,rs,a,b` → `base ra,rs,f(a,b)...` for the rotate and shift shorthands. */
function rotate(base: string, count: number, f: (a: number, b: number) => number[]): Rewrite {
  return (ops) => {
    if (ops.length !== 2 + count) return `needs ${2 + count} operands (got ${ops.length})`;
    const a = num(ops[2]);
    const b = count > 1 ? num(ops[3]) : 0;
    if (a === undefined || b === undefined) return 'the shift and mask operands must be numbers';
    return [base, [ops[0], ops[1], ...f(a, b).map(n)]];
  };
}
/** Operands negated into the base instruction (`subi rt,ra,v` = `addi rt,ra,-v`). */
function negateLast(base: string): Rewrite {
  return (ops) => {
    const last = ops[ops.length - 1];
    if (last?.kind === 'number') return [base, [...ops.slice(0, -1), n(BigInt.asIntN(64, -last.value))]];
    if (last?.kind === 'symbol') return 'a symbol cannot be negated';
    return `needs a number as its last operand`;
  };
}
const swapLastTwo = (base: string): Rewrite => (ops) => (ops.length === 3 ? [base, [ops[0], ops[2], ops[1]]] : `needs 3 operands (got ${ops.length})`);

const REWRITES: Record<string, Rewrite> = {
  extldi: rotate('rldicr', 2, (len, b) => [b, len - 1]),
  extrdi: rotate('rldicl', 2, (len, b) => [(b + len) % 64, 64 - len]),
  insrdi: rotate('rldimi', 2, (len, b) => [(64 - (b + len)) % 64, b]),
  rotrdi: rotate('rldicl', 1, (k) => [(64 - k) % 64, 0]),
  clrlsldi: rotate('rldic', 2, (b, k) => [k, b - k]),
  extlwi: rotate('rlwinm', 2, (len, b) => [b, 0, len - 1]),
  extrwi: rotate('rlwinm', 2, (len, b) => [(b + len) % 32, 32 - len, 31]),
  inslwi: rotate('rlwimi', 2, (len, b) => [(32 - b) % 32, b, b + len - 1]),
  insrwi: rotate('rlwimi', 2, (len, b) => [(32 - (b + len)) % 32, b, b + len - 1]),
  rotrwi: rotate('rlwinm', 1, (k) => [(32 - k) % 32, 0, 31]),
  clrlslwi: rotate('rlwinm', 2, (b, k) => [k, b - k, 31 - k]),
  subi: negateLast('addi'), subis: negateLast('addis'), subic: negateLast('addic'), 'subic.': negateLast('addic.'),
  subpcis: negateLast('addpcis'), psubi: negateLast('paddi'),
  la: (ops) => (ops.length === 2 && ops[1].kind === 'memory' ? ['addi', [ops[0], ops[1].base ?? n(0), ops[1].displacement]] : 'needs rT,disp(rA)'),
  cmp: (ops) => compareWithL(ops, 'cmpw', 'cmpd'), cmpl: (ops) => compareWithL(ops, 'cmplw', 'cmpld'),
  cmpi: (ops) => compareWithL(ops, 'cmpwi', 'cmpdi'), cmpli: (ops) => compareWithL(ops, 'cmplwi', 'cmpldi'),
};
for (const flags of ['', '.', 'o', 'o.']) {
  REWRITES['sub' + flags] = swapLastTwo('subf' + flags);
  REWRITES['subc' + flags] = swapLastTwo('subfc' + flags);
}
for (let i = 0; i < 8; i++) {
  REWRITES[`mtsprg${i}`] = (ops) => ['mtsprg', [n(i), ...ops]];
  REWRITES[`mfsprg${i}`] = (ops) => ['mfsprg', [...ops, n(i)]];
}

/**
 * `rlwinm ra,rs,sh,MASK` (also rlwnm, rlwimi): GNU as takes a 32-bit mask of one run of ones,
 * possibly wrapping around, in place of MB,ME. Bit 0 is the most significant, as in the ISA.
 */
function maskToBounds(ops: OperandExpr[]): OperandExpr[] | string {
  const mask = num(ops[3]);
  if (mask === undefined) return 'the mask operand must be a number';
  const bits = mask >>> 0;
  if (bits !== mask && bits - 2 ** 32 !== mask) return `mask 0x${mask.toString(16)} does not fit 32 bits`;
  const bit = (i: number) => (bits >>> (31 - ((i + 32) % 32))) & 1;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < 32; i++) {
    if (bit(i) && !bit(i - 1)) starts.push(i);
    if (bit(i) && !bit(i + 1)) ends.push(i);
  }
  if (bits === 0xffffffff) return [ops[0], ops[1], ops[2], n(0), n(31)];
  if (starts.length !== 1 || ends.length !== 1) return `mask 0x${bits.toString(16)} is not one run of ones`;
  return [ops[0], ops[1], ops[2], n(starts[0]), n(ends[0])];
}

/** `cmp BF,L,RA,RB`: the L operand picks the word or doubleword compare. */
function compareWithL(ops: OperandExpr[], word: string, doubleword: string): [string, OperandExpr[]] | string {
  const withField = ops.length === 4 ? ops : ops.length === 3 ? [n(0), ...ops] : undefined;
  if (!withField) return `needs BF,L,RA,RB (got ${ops.length} operands)`;
  const l = num(withField[1]);
  if (l !== 0 && l !== 1) return 'operand 2 (L) must be 0 or 1';
  return [l ? doubleword : word, [withField[0], withField[2], withField[3]]];
}

/** Condition names GNU as accepts besides the ones objdump prints. */
const BRANCH_SYNONYMS: [RegExp, string][] = [[/^bnl/, 'bge'], [/^bng/, 'ble'], [/^bun/, 'bso'], [/^bnu/, 'bns']];
/** `bt`/`bf` test a CR bit given as an operand: `bc 12,BI,...` / `bc 4,BI,...`, hint kept. */
function branchOnBit(mnemonic: string): [string, (ops: OperandExpr[]) => OperandExpr[]] | undefined {
  const m = /^b([tf])(lr|ctr|tar)?(l)?(a)?([+-]?)$/.exec(mnemonic);
  if (!m) return undefined;
  const hint = m[5] === '+' ? 3 : m[5] === '-' ? 2 : 0;
  const bo = (m[1] === 't' ? 12 : 4) | hint;
  return ['bc' + (m[2] ?? '') + (m[3] ?? '') + (m[4] ?? '') + m[5], (ops) => [n(bo), ...ops]];
}

// ---- Entry point ------------------------------------------------------------------------

/** Encode one instruction; errors name the operand that is out of range or of the wrong kind. */
function isSingleField(mask: OperandExpr | undefined): boolean {
  return mask?.kind === 'number' && mask.value > 0n && mask.value <= 0xffn && (mask.value & (mask.value - 1n)) === 0n;
}

export function encodeInstruction(source: string | ParsedInstruction, options: EncodeOptions = {}): Encoded | { error: string } {
  const parsed = typeof source === 'string' ? parseInstruction(source) : source;
  if (typeof parsed === 'string') return { error: parsed };
  const opts = { address: options.address ?? 0n, bigEndian: options.bigEndian ?? false };
  let { mnemonic, operands } = parsed;
  if (/^rlw(inm|nm|imi)\.?$/.test(mnemonic) && operands.length === 4) {
    const bounds = maskToBounds(operands);
    if (typeof bounds === 'string') return { error: `${mnemonic}: ${bounds}` };
    operands = bounds;
  }
  if (!BY_MNEMONIC.has(mnemonic)) {
    const rewrite = REWRITES[mnemonic];
    const synonym = BRANCH_SYNONYMS.find(([re]) => re.test(mnemonic));
    const onBit = branchOnBit(mnemonic);
    if (rewrite) {
      const r = rewrite(operands);
      if (typeof r === 'string') return { error: `${mnemonic}: ${r}` };
      [mnemonic, operands] = r;
    } else if (synonym) {
      mnemonic = mnemonic.replace(synonym[0], synonym[1]);
    } else if (onBit) {
      operands = onBit[1](operands);
      mnemonic = onBit[0];
    }
  }
  if (mnemonic === 'mtcrf' && options.oneFieldCrMoves && isSingleField(operands[0])) mnemonic = 'mtocrf';
  if (mnemonic === 'tlbie' && options.tlbieWithL && operands.length === 1) operands = [...operands, { kind: 'number', value: 0n }];
  const rows = BY_MNEMONIC.get(mnemonic);
  if (!rows) return { error: `unknown instruction '${parsed.mnemonic}'` };
  let firstError: string | undefined;
  for (const insn of rows) {
    const a = attempt(insn, operands, opts);
    if (a.encoded) return a.encoded;
    firstError ??= a.error;
  }
  return { error: `${parsed.mnemonic}: ${firstError}` };
}
