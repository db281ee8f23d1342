// Test helpers: encoding instructions from the ISA table (operands in objdump's order), small
// static ELF images written in memory, and machines with code placed at a fixed address.

import { TABLE, type Insn } from '../../server/src/isa/table.js';
import { Cpu, type CpuOptions } from '../../server/src/emu/cpu.js';
import { Machine } from '../../server/src/emu/machine.js';
import { PERM_R, PERM_W, PERM_X } from '../../server/src/emu/memory.js';

/**
 * A 32-bit word (or prefix and suffix) for `mnemonic` with operand values in objdump's order.
 * Trailing operands left out take their defaults; trailing zeros beyond a row's operands are
 * dropped (a field the row fixes at 0, as addex's CY in some table versions).
 */
export function encode(mnemonic: string, ...values: number[]): number[] {
  for (const insn of TABLE.filter((r: Insn) => r.mnemonic === mnemonic)) {
    const n = insn.operands.length;
    if (values.length > n && values.slice(n).some((v) => v !== 0)) continue;
    if (values.length < n && insn.operands.slice(values.length).some((k) => k.optional === undefined)) continue;
    let word = insn.opcode;
    let prefix = insn.prefixOpcode;
    let ok = true;
    insn.operands.forEach((k, i) => {
      const r = k.put(i < values.length ? values[i] : k.optional!);
      if (typeof r === 'string') ok = false;
      else {
        word = (word | r.word) >>> 0;
        prefix = (prefix | r.prefix) >>> 0;
      }
    });
    if (ok && insn.operands.every((k) => !k.valid || k.valid(word, prefix))) return insn.prefixMask ? [prefix, word] : [word];
  }
  throw new Error(`cannot encode ${mnemonic} ${values.join(',')}`);
}

/** Words for several instructions: [mnemonic, ...operands] each. */
export function program(...insns: [string, ...number[]][]): number[] {
  return insns.flatMap(([m, ...ops]) => encode(m, ...ops));
}

export function wordsToBytes(words: number[], bigEndian = false): Uint8Array {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, !bigEndian));
  return bytes;
}

export const TEXT = 0x10000000n;
export const DATA = 0x10010000n;

/** A machine with `words` at TEXT (r-x), a 4 KiB data page at DATA (rw-) and PC at TEXT. */
export function machineWith(words: number[], opts: { bigEndian?: boolean; cpu?: CpuOptions; writableText?: boolean } = {}): { m: Machine; cpu: Cpu } {
  const m = new Machine({ bigEndian: opts.bigEndian });
  m.mem.map('text', TEXT, 0x1000n, PERM_R | PERM_X | (opts.writableText ? PERM_W : 0));
  m.mem.map('data', DATA, 0x1000n, PERM_R | PERM_W);
  m.mem.poke(TEXT, wordsToBytes(words, opts.bigEndian));
  m.pc = TEXT;
  return { m, cpu: new Cpu(m, opts.cpu) };
}

export interface ElfSpec {
  text: Uint8Array;
  data?: Uint8Array;
  bigEndian?: boolean;
  /** Byte offset of the entry point in the text. */
  entry?: number;
  abiVersion?: number;
}

/** A static ELF64 executable: text at TEXT (r-x), data at DATA (rw-), no section headers. */
export function elf(spec: ElfSpec): Uint8Array {
  const le = !spec.bigEndian;
  const segs = [{ bytes: spec.text, vaddr: TEXT, flags: 5 }, ...(spec.data ? [{ bytes: spec.data, vaddr: DATA, flags: 6 }] : [])];
  const headers = 64 + 56 * segs.length;
  let offset = Math.ceil(headers / 16) * 16;
  const placed = segs.map((s) => {
    const at = offset;
    offset += Math.ceil(s.bytes.length / 16) * 16;
    return { ...s, offset: at };
  });
  const out = new Uint8Array(offset);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, le ? 1 : 2, 1]);
  v.setUint16(16, 2, le); // ET_EXEC
  v.setUint16(18, 21, le); // EM_PPC64
  v.setUint32(20, 1, le);
  v.setBigUint64(24, TEXT + BigInt(spec.entry ?? 0), le);
  v.setBigUint64(32, 64n, le);
  v.setUint32(48, spec.abiVersion ?? 2, le);
  v.setUint16(52, 64, le);
  v.setUint16(54, 56, le);
  v.setUint16(56, segs.length, le);
  v.setUint16(58, 64, le);
  placed.forEach((s, i) => {
    const at = 64 + 56 * i;
    v.setUint32(at, 1, le); // PT_LOAD
    v.setUint32(at + 4, s.flags, le);
    v.setBigUint64(at + 8, BigInt(s.offset), le);
    v.setBigUint64(at + 16, s.vaddr, le);
    v.setBigUint64(at + 24, s.vaddr, le);
    v.setBigUint64(at + 32, BigInt(s.bytes.length), le);
    v.setBigUint64(at + 40, BigInt(s.bytes.length), le);
    v.setBigUint64(at + 48, 0x1000n, le);
    out.set(s.bytes, s.offset);
  });
  return out;
}

/** The exit system call: li r0,1; sc. */
export const EXIT: [string, ...number[]][] = [['li', 0, 1], ['sc', 0]];
