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

/** Names an address as objdump does: `sym` or `sym+0x10`, or undefined when no symbol covers it. */
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
  return sym ? `${addressHex(address)} <${sym}>` : '0x' + addressHex(address);
}

function operandText(cls: OperandClass, value: number, address: number, symbols?: SymbolLookup): string {
  switch (cls) {
    case 'gpr': return 'r' + value;
    case 'gpr0': return value === 0 ? '0' : 'r' + value;
    case 'fpr': return 'f' + value;
    case 'vr': return 'v' + value;
    case 'vsr': return 'vs' + value;
    case 'acc': return 'a' + value;
    case 'cr': return 'cr' + value;
    case 'crbit': return (value >> 2 ? `4*cr${value >> 2}+` : '') + CR_BITS[value & 3];
    case 'rel': return formatAddress(address + value, symbols);
    case 'abs': return formatAddress(value >>> 0, symbols);
    default: return String(value);
  }
}

/** Decode the instruction at `offset` in `bytes` (little-endian unless `bigEndian`). */
export function decodeAt(bytes: Uint8Array, offset: number, address: number, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded {
  const read = (o: number) => opts.bigEndian
    ? ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0
    : ((bytes[o + 3] << 24) | (bytes[o + 2] << 16) | (bytes[o + 1] << 8) | bytes[o]) >>> 0;
  const word = read(offset);
  if (word >>> 26 === 1 && offset + 8 <= bytes.length) {
    const suffix = read(offset + 4);
    const insn = lookupPrefixed(word, suffix);
    if (insn) return render(insn, suffix, word, address, 8, opts.symbols);
  }
  const insn = lookupWord(word);
  if (insn) return render(insn, word, 0, address, 4, opts.symbols);
  return { address, length: 4, word, mnemonic: '.long', operands: [], text: '.long ' + hex(word) };
}

function render(insn: Insn, word: number, prefix: number, address: number, length: number, symbols?: SymbolLookup): Decoded {
  const operands: DecodedOperand[] = insn.operands.map((k) => ({ kind: k.name, cls: k.cls, value: k.get(word, prefix) }));
  // Trailing optional operands are left out when they all hold their defaults.
  let shown = operands.length;
  while (shown > 0 && insn.operands[shown - 1].optional !== undefined && operands[shown - 1].value === insn.operands[shown - 1].optional) shown--;
  // Leading optional operands (a compare's cr0) are left out the same way when at their default.
  let first = 0;
  if (insn.operands[0]?.optional !== undefined && operands[0].value === insn.operands[0].optional && insn.operands.slice(1, shown).every((k) => k.optional === undefined)) first = 1;
  const pcrel = insn.operands.some((k) => k.name === 'R') && operands.find((o) => o.kind === 'R')!.value === 1;
  let text = '';
  let target: number | undefined;
  let separator = '';
  for (let i = first; i < shown; i++) {
    const k = insn.operands[i];
    const o = operands[i];
    if (pcrel && (k.name === 'RA0' || k.name === 'R')) continue;
    const piece = operandText(k.cls, o.value, address, symbols);
    if (k.cls === 'rel') target = address + o.value;
    if (k.cls === 'abs') target = o.value >>> 0;
    text += separator === '(' ? '(' + piece + ')' : separator + piece;
    separator = k.parens && !pcrel ? '(' : ',';
  }
  if (pcrel) {
    const d = operands.find((o) => o.kind === 'D34' || o.kind === 'SI34')!.value;
    target = address + d;
    const sym = symbols?.(target);
    // objdump names the address only when a symbol starts exactly there.
    text += `\t# ${addressHex(target)}` + (sym && !sym.includes('+0x') ? ` <${sym}>` : '');
  }
  const mnemonic = insn.mnemonic;
  const line = text ? mnemonic + ' '.repeat(Math.max(1, 8 - mnemonic.length)) + text : mnemonic;
  return { address, length, word: prefix || word, suffix: prefix ? word : undefined, insn, mnemonic, operands: operands.slice(first, shown), target, text: line };
}

/** Disassemble a whole buffer. */
export function disassemble(bytes: Uint8Array, address = 0, opts: { bigEndian?: boolean; symbols?: SymbolLookup } = {}): Decoded[] {
  const out: Decoded[] = [];
  for (let off = 0; off + 4 <= bytes.length;) {
    const d = decodeAt(bytes, off, address + off, opts);
    out.push(d);
    off += d.length;
  }
  return out;
}
