// Round trip of one disassembled instruction: its objdump-style text, read back as assembly at
// the same address, must encode to the same bytes. Words that set bits objdump ignores (reserved
// fields, the pre-2.03 branch y bit) cannot come back exactly; they must still re-encode to a word
// with the same text.
import { decodeAt, type Decoded } from '../../server/src/isa/disasm.js';
import { encodeInstruction } from '../../server/src/isa/encode.js';

export type RoundTrip = { result: 'exact' } | { result: 'same-text'; words: number[] } | { result: 'failed'; detail: string };

/** objdump text as assembler input: a branch target (bare hex, or hex with a symbol) as 0x..., comments dropped. */
export function asAssembly(d: Decoded): string {
  const text = d.text.replace(/\t#.*$/, '');
  const branch = d.insn?.operands.some((k) => k.cls === 'rel' || k.cls === 'abs');
  return branch ? text.replace(/(?:0x)?([0-9a-f]+)(?: <[^>]*>)?$/, '0x$1') : text;
}

export function roundTrip(d: Decoded): RoundTrip {
  if (!d.insn) return { result: 'exact' };
  const e = encodeInstruction(asAssembly(d), { address: d.address });
  if ('error' in e) return { result: 'failed', detail: e.error };
  const original = d.suffix === undefined ? [d.word] : [d.word, d.suffix];
  if (e.words.length === original.length && e.words.every((w, i) => w === original[i])) return { result: 'exact' };
  // The same word with the bits objdump ignores cleared: the text cannot carry those bits.
  const covered = d.insn.operands.reduce((m, k) => ({ word: (m.word | k.wordBits) >>> 0, prefix: (m.prefix | k.prefixBits) >>> 0 }), { word: 0, prefix: 0 });
  const significant = d.suffix === undefined ? [(d.insn.mask | covered.word) >>> 0] : [(d.insn.prefixMask | covered.prefix) >>> 0, (d.insn.mask | covered.word) >>> 0];
  if (e.words.length === original.length && e.words.every((w, i) => w === ((original[i] & significant[i]) >>> 0))) return { result: 'same-text', words: e.words };
  const bytes = new Uint8Array(e.words.length * 4);
  e.words.forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w, true));
  const again = decodeAt(bytes, 0, d.address);
  // Symbols aside (the re-decoded word has none), the text must be the same.
  const norm = (x: Decoded) => asAssembly(x).replace(/\s+/g, ' ').trim();
  if (norm(again) === norm(d)) return { result: 'same-text', words: e.words };
  const detail = `encoded ${e.words.map((w) => w.toString(16)).join(' ')}, which reads back as ${norm(again)}`;
  return { result: 'failed', detail };
}
