// What the features read from a line of text: the word under the cursor, and the parts of
// an objdump instruction or relocation line.
import type { Position, TextRange } from '../host/snapshot';

export interface Word {
  text: string;
  range: TextRange;
}

const WORD = /[A-Za-z_.$][\w.$@]*|[0-9][\w]*/g;

/** The name or number under the cursor (a cursor just after a word counts). */
export function wordAt(line: string, position: Position): Word | undefined {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    const end = m.index + m[0].length;
    if (m.index <= position.column && position.column <= end) {
      // `sym@toc@ha`: the symbol is the part before the first `@`.
      const text = m[0].split('@')[0] || m[0];
      return { text, range: { start: { line: position.line, column: m.index }, end: { line: position.line, column: m.index + text.length } } };
    }
    if (m.index > position.column) break;
  }
  return undefined;
}

export interface ListingInstruction {
  address: bigint;
  /** The words as the listing shows them, in memory order of their bytes. */
  bytes: number[];
  mnemonic: string;
  mnemonicRange: TextRange;
  operands: string;
}

const INSTRUCTION = /^(\s*)([0-9a-f]+):(\s+)((?:[0-9a-f]{2} )+)(\s*)(\S+)?(.*)$/;

export function listingInstruction(line: string, n: number): ListingInstruction | undefined {
  const m = INSTRUCTION.exec(line.replace(/\t/g, ' '));
  if (!m) return undefined;
  const start = m[1].length + m[2].length + 1 + m[3].length + m[4].length + m[5].length;
  const mnemonic = m[6] ?? '';
  return {
    address: BigInt('0x' + m[2]),
    bytes: m[4].trim().split(' ').map((b) => parseInt(b, 16)),
    mnemonic,
    mnemonicRange: { start: { line: n, column: start }, end: { line: n, column: start + mnemonic.length } },
    operands: (m[7] ?? '').trim(),
  };
}

export function listingRelocation(line: string): { address: bigint; type: string; symbol?: string } | undefined {
  const m = /^\s*([0-9a-f]+):\s+(R_PPC(?:64)?_\w+)\s*(\S+)?/.exec(line);
  return m ? { address: BigInt('0x' + m[1]), type: m[2], symbol: m[3] } : undefined;
}

/** The words of instruction bytes in memory order. */
export function wordsOf(bytes: number[], bigEndian: boolean): number[] {
  const words: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const [a, b, c, d] = bytes.slice(i, i + 4);
    words.push((bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a) >>> 0);
  }
  return words;
}

/** Addresses as the kernel people read them: 16 hex digits, no prefix. */
export function hex16(value: bigint): string {
  return BigInt.asUintN(64, value).toString(16).padStart(16, '0');
}

export function hex8(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

export function signedHex(n: bigint | number): string {
  const v = BigInt(n);
  return v < 0n ? `- 0x${(-v).toString(16)}` : `+ 0x${v.toString(16)}`;
}
