// Structured decoding and GNU objdump (binutils 2.40, default options) text for ppc64 code.
// Addresses are bigint at the interface; inside the decoding loop they travel as two unsigned
// 32-bit halves, so that millions of instructions cost no bigint each (their `address` and
// `target` are made when read).

import { halvesDigits, type Address, type SymbolLookup } from './address.js';
import { lookupPrefixed, lookupWord } from './decode.js';
import type { Insn } from './table.js';
import type { OperandClass } from './operands.js';

export type { SymbolLookup } from './address.js';

export interface DecodedOperand {
  kind: string;
  cls: OperandClass;
  value: number;
}

export interface Decoded {
  address: Address;
  /** 4 or 8 bytes. */
  length: number;
  /** The instruction word (the prefix word for prefixed instructions), and the suffix word. */
  word: number;
  suffix?: number;
  insn?: Insn;
  mnemonic: string;
  operands: DecodedOperand[];
  /**
   * Branch target, or the address a PC-relative prefixed instruction refers to, as the hardware
   * computes it (modulo 2^64; an absolute branch's field sign-extended to 64 bits).
   */
  target?: Address;
  text: string;
}

const CR_BITS = ['lt', 'gt', 'eq', 'so'];

function hex(n: number): string {
  return '0x' + n.toString(16);
}

const TWO32 = 4294967296;

const bigOf = (hi: number, lo: number): Address => (BigInt(hi) << 32n) | BigInt(lo);

/** objdump's text for a target address (halves): `0x1234`, `1234 <sym+0x8>`, or bare digits. */
function formatAddress(hi: number, lo: number, symbols?: SymbolLookup): string {
  const digits = halvesDigits(hi, lo);
  if (!symbols) return '0x' + digits;
  const sym = symbols(bigOf(hi, lo));
  if (sym === '') return digits;
  return sym ? `${digits} <${sym}>` : '0x' + digits;
}

/** Register and CR-bit names, made once: the disassembler prints millions of them. */
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => prefix + i);
const REGISTER_NAMES: Partial<Record<OperandClass, string[]>> = {
  gpr: names('r', 32), fpr: names('f', 32), vr: names('v', 32), vsr: names('vs', 64), acc: names('a', 8), cr: names('cr', 8),
  crbit: Array.from({ length: 32 }, (_, v) => (v >> 2 ? `4*cr${v >> 2}+` : '') + CR_BITS[v & 3]),
};
const SMALL_NUMBERS = Array.from({ length: 4096 }, (_, i) => String(i));

/** Text of a non-branch operand. */
function operandText(cls: OperandClass, value: number): string {
  switch (cls) {
    case 'gpr0': return value === 0 ? '0' : REGISTER_NAMES.gpr![value];
    case 'imm': return value >= 0 && value < 4096 ? SMALL_NUMBERS[value] : String(value);
    default: return REGISTER_NAMES[cls]![value];
  }
}

function readWord(bytes: Uint8Array, o: number, bigEndian: boolean): number {
  return bigEndian
    ? ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0
    : ((bytes[o + 3] << 24) | (bytes[o + 2] << 16) | (bytes[o + 1] << 8) | bytes[o]) >>> 0;
}

/** Decode the instruction at `offset` in `bytes` (little-endian unless `bigEndian`). */
export function decodeAt(bytes: Uint8Array, offset: number, address: Address, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded {
  const a = BigInt.asUintN(64, address);
  return decodeHalves(bytes, offset, Number(a >> 32n), Number(a & 0xffffffffn), opts);
}

function decodeHalves(bytes: Uint8Array, offset: number, hi: number, lo: number, opts: { bigEndian?: boolean; symbols?: SymbolLookup }): Decoded {
  const bigEndian = opts.bigEndian === true;
  const word = readWord(bytes, offset, bigEndian);
  if (word >>> 26 === 1 && offset + 8 <= bytes.length) {
    const suffix = readWord(bytes, offset + 4, bigEndian);
    const insn = lookupPrefixed(word, suffix);
    if (insn) return render(insn, suffix, word, hi, lo, 8, opts.symbols);
  }
  const insn = lookupWord(word);
  if (insn) return render(insn, word, 0, hi, lo, 4, opts.symbols);
  return { address: bigOf(hi, lo), length: 4, word, mnemonic: '.long', operands: [], text: '.long ' + hex(word) };
}

/** The instruction `insn` names in `word` (and `prefix`), as objdump would print it at `address`. */
export function formatInstruction(insn: Insn, word: number, prefix: number, address: Address, symbols?: SymbolLookup): Decoded {
  const a = BigInt.asUintN(64, address);
  return render(insn, word, prefix, Number(a >> 32n), Number(a & 0xffffffffn), insn.prefixMask ? 8 : 4, symbols);
}

/** Where a row keeps the operands PC-relative printing needs, found once per row. */
interface Layout {
  r: number;
  base: number;
  displacement: number;
  /** Spaces after the mnemonic: objdump pads it to 8 columns. */
  pad: string;
}
const layouts = new Map<Insn, Layout>();
function layoutOf(insn: Insn): Layout {
  let layout = layouts.get(insn);
  if (!layout) {
    const names = insn.operands.map((k) => k.name);
    layout = {
      r: names.indexOf('R'), base: names.indexOf('RA0'), displacement: names.findIndex((n) => n === 'D34' || n === 'SI34'),
      pad: ' '.repeat(Math.max(1, 8 - insn.mnemonic.length)),
    };
    layouts.set(insn, layout);
  }
  return layout;
}

/** A decoded instruction; its operand list, address and target are built only when asked for. */
class DecodedInstruction implements Decoded {
  constructor(
    private readonly hi: number, private readonly lo: number, readonly length: number, readonly word: number, readonly suffix: number | undefined,
    readonly insn: Insn, readonly mnemonic: string, readonly text: string,
    private readonly first: number, private readonly shown: number,
    /** The target's halves; targetHi is -1 when there is none. */
    private readonly targetHi: number, private readonly targetLo: number,
  ) {}

  get address(): Address {
    return bigOf(this.hi, this.lo);
  }

  get target(): Address | undefined {
    return this.targetHi < 0 ? undefined : bigOf(this.targetHi, this.targetLo);
  }

  get operands(): DecodedOperand[] {
    const [word, prefix] = this.suffix === undefined ? [this.word, 0] : [this.suffix, this.word];
    const out: DecodedOperand[] = [];
    for (let i = this.first; i < this.shown; i++) {
      const k = this.insn.operands[i];
      out.push({ kind: k.name, cls: k.cls, value: k.get(word, prefix) });
    }
    return out;
  }
}

/** Operand values of the instruction being rendered (no row has more than 8). */
const scratch: number[] = new Array(8).fill(0);

function render(insn: Insn, word: number, prefix: number, hi: number, lo: number, length: number, symbols?: SymbolLookup): Decoded {
  const kinds = insn.operands;
  const count = kinds.length;
  const values = scratch;
  for (let i = 0; i < count; i++) values[i] = kinds[i].get(word, prefix);
  // Trailing optional operands are left out when they all hold their defaults.
  let shown = count;
  while (shown > 0 && kinds[shown - 1].optional !== undefined && values[shown - 1] === kinds[shown - 1].optional) shown--;
  // A leading optional operand (a compare's cr0) is left out the same way when at its default.
  let first = 0;
  if (count > 0 && kinds[0].optional !== undefined && values[0] === kinds[0].optional) {
    first = 1;
    for (let i = 1; i < shown; i++) if (kinds[i].optional !== undefined) first = 0;
  }
  const layout = layoutOf(insn);
  const pcrel = layout.r >= 0 && values[layout.r] === 1;
  let text = '';
  let targetHi = -1;
  let targetLo = 0;
  let separator = '';
  for (let i = first; i < shown; i++) {
    if (pcrel && (i === layout.base || i === layout.r)) continue;
    const k = kinds[i];
    let piece: string;
    if (k.cls === 'rel') {
      // address + displacement modulo 2^64 (a displacement spans at most 34 bits).
      const sum = lo + values[i];
      const carry = Math.floor(sum / TWO32);
      targetLo = sum - carry * TWO32;
      targetHi = (hi + carry + TWO32) % TWO32;
      piece = formatAddress(targetHi, targetLo, symbols);
    } else if (k.cls === 'abs') {
      // The hardware sign-extends the field to 64 bits; objdump prints it as 32.
      targetLo = values[i] >>> 0;
      targetHi = values[i] < 0 ? TWO32 - 1 : 0;
      piece = formatAddress(0, targetLo, symbols);
    } else {
      piece = operandText(k.cls, values[i]);
    }
    text += separator === '(' ? '(' + piece + ')' : separator + piece;
    separator = k.parens && !pcrel ? '(' : ',';
  }
  if (pcrel) {
    const sum = lo + values[layout.displacement];
    const carry = Math.floor(sum / TWO32);
    targetLo = sum - carry * TWO32;
    targetHi = (hi + carry + TWO32) % TWO32;
    const sym = symbols?.(bigOf(targetHi, targetLo));
    // objdump names the address only when a symbol starts exactly there.
    text += `\t# ${halvesDigits(targetHi, targetLo)}` + (sym && !sym.includes('+0x') ? ` <${sym}>` : '');
  }
  const mnemonic = insn.mnemonic;
  const line = text ? mnemonic + layout.pad + text : mnemonic;
  return new DecodedInstruction(hi, lo, length, prefix || word, prefix ? word : undefined, insn, mnemonic, line, first, shown, targetHi, targetLo);
}

/** The instructions of a buffer one by one, without keeping them (for large inputs). */
export function* instructions(bytes: Uint8Array, address: Address = 0n, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Generator<Decoded> {
  const a = BigInt.asUintN(64, address);
  let hi = Number(a >> 32n);
  let lo = Number(a & 0xffffffffn);
  for (let off = 0; off + 4 <= bytes.length;) {
    const d = decodeHalves(bytes, off, hi, lo, opts);
    yield d;
    off += d.length;
    lo += d.length;
    if (lo >= TWO32) {
      lo -= TWO32;
      hi = (hi + 1) % TWO32;
    }
  }
}

/** Disassemble a whole buffer. */
export function disassemble(bytes: Uint8Array, address: Address = 0n, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded[] {
  return [...instructions(bytes, address, opts)];
}
