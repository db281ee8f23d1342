// Structured decoding and GNU objdump (binutils 2.40, default options) text for ppc64 code.

import { lookupPrefixed, lookupWord } from './decode.js';
import type { Insn } from './table.js';
import type { OperandClass } from './operands.js';

export interface DecodedOperand {
  kind: string;
  cls: OperandClass;
  value: number;
}

export interface Decoded {
  address: number;
  /** 4 or 8 bytes. */
  length: number;
  /** The instruction word (the prefix word for prefixed instructions), and the suffix word. */
  word: number;
  suffix?: number;
  insn?: Insn;
  mnemonic: string;
  operands: DecodedOperand[];
  /** Branch target, or the address a PC-relative prefixed instruction refers to. */
  target?: number;
  text: string;
}

/**
 * Names an address as objdump does: `sym` or `sym+0x10`. undefined when the file has no symbols
 * (objdump then prints `0x...`); '' when it has some but none names the address (a bare `...`).
 */
export type SymbolLookup = (address: number) => string | undefined;

const CR_BITS = ['lt', 'gt', 'eq', 'so'];

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** An address as objdump's 64-bit bfd_vma: a target before address 0 wraps around. */
function addressHex(address: number): string {
  return (address < 0 ? BigInt.asUintN(64, BigInt(address)) : address).toString(16);
}

function formatAddress(address: number, symbols?: SymbolLookup): string {
  const sym = symbols?.(address);
  if (sym === '') return addressHex(address);
  return sym ? `${addressHex(address)} <${sym}>` : '0x' + addressHex(address);
}

/** Register and CR-bit names, made once: the disassembler prints millions of them. */
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => prefix + i);
const REGISTER_NAMES: Partial<Record<OperandClass, string[]>> = {
  gpr: names('r', 32), fpr: names('f', 32), vr: names('v', 32), vsr: names('vs', 64), acc: names('a', 8), cr: names('cr', 8),
  crbit: Array.from({ length: 32 }, (_, v) => (v >> 2 ? `4*cr${v >> 2}+` : '') + CR_BITS[v & 3]),
};
const SMALL_NUMBERS = Array.from({ length: 4096 }, (_, i) => String(i));

function operandText(cls: OperandClass, value: number, address: number, symbols?: SymbolLookup): string {
  switch (cls) {
    case 'gpr0': return value === 0 ? '0' : REGISTER_NAMES.gpr![value];
    case 'rel': return formatAddress(address + value, symbols);
    case 'abs': return formatAddress(value >>> 0, symbols);
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
export function decodeAt(bytes: Uint8Array, offset: number, address: number, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded {
  const bigEndian = opts.bigEndian === true;
  const word = readWord(bytes, offset, bigEndian);
  if (word >>> 26 === 1 && offset + 8 <= bytes.length) {
    const suffix = readWord(bytes, offset + 4, bigEndian);
    const insn = lookupPrefixed(word, suffix);
    if (insn) return render(insn, suffix, word, address, 8, opts.symbols);
  }
  const insn = lookupWord(word);
  if (insn) return render(insn, word, 0, address, 4, opts.symbols);
  return { address, length: 4, word, mnemonic: '.long', operands: [], text: '.long ' + hex(word) };
}

/** The instruction `insn` names in `word` (and `prefix`), as objdump would print it at `address`. */
export function formatInstruction(insn: Insn, word: number, prefix: number, address: number, symbols?: SymbolLookup): Decoded {
  return render(insn, word, prefix, address, insn.prefixMask ? 8 : 4, symbols);
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

/** A decoded instruction; its operand list is built only when asked for. */
class DecodedInstruction implements Decoded {
  constructor(
    readonly address: number, readonly length: number, readonly word: number, readonly suffix: number | undefined,
    readonly insn: Insn, readonly mnemonic: string, readonly target: number | undefined, readonly text: string,
    private readonly first: number, private readonly shown: number,
  ) {}

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

function render(insn: Insn, word: number, prefix: number, address: number, length: number, symbols?: SymbolLookup): Decoded {
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
  let target: number | undefined;
  let separator = '';
  for (let i = first; i < shown; i++) {
    if (pcrel && (i === layout.base || i === layout.r)) continue;
    const k = kinds[i];
    const piece = operandText(k.cls, values[i], address, symbols);
    if (k.cls === 'rel') target = address + values[i];
    else if (k.cls === 'abs') target = values[i] >>> 0;
    text += separator === '(' ? '(' + piece + ')' : separator + piece;
    separator = k.parens && !pcrel ? '(' : ',';
  }
  if (pcrel) {
    target = address + values[layout.displacement];
    const sym = symbols?.(target);
    // objdump names the address only when a symbol starts exactly there.
    text += `\t# ${addressHex(target)}` + (sym && !sym.includes('+0x') ? ` <${sym}>` : '');
  }
  const mnemonic = insn.mnemonic;
  const line = text ? mnemonic + layout.pad + text : mnemonic;
  return new DecodedInstruction(address, length, prefix || word, prefix ? word : undefined, insn, mnemonic, target, line, first, shown);
}

/** The instructions of a buffer one by one, without keeping them (for large inputs). */
export function* instructions(bytes: Uint8Array, address = 0, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Generator<Decoded> {
  for (let off = 0; off + 4 <= bytes.length;) {
    const d = decodeAt(bytes, off, address + off, opts);
    yield d;
    off += d.length;
  }
}

/** Disassemble a whole buffer. */
export function disassemble(bytes: Uint8Array, address = 0, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded[] {
  return [...instructions(bytes, address, opts)];
}
