// Static ELF64 executables for Power, little- or big-endian: PT_LOAD segments become regions
// with their permissions, a stack is mapped, and the registers start as qemu's linux-user
// starts a process: PC at the entry point, r1 on the stack, r12 = the entry (ELFv2 global
// entry), or for ELFv1 the entry and r2 from the function descriptor e_entry points at.

import type { SymbolLookup } from '../isa/disasm.js';
import { Machine } from './machine.js';
import { PERM_R, PERM_W, PERM_X } from './memory.js';

/** A file that is not a loadable static ppc64 executable; the message is one line. */
export class ElfError extends Error {}

export interface Segment {
  vaddr: bigint;
  memsz: bigint;
  filesz: bigint;
  offset: bigint;
  perms: number;
}

export interface ElfSymbol {
  name: string;
  value: bigint;
  size: bigint;
}

export interface ElfImage {
  bigEndian: boolean;
  /** e_entry: the code address (ELFv2) or a function descriptor's address (ELFv1). */
  entry: bigint;
  abiVersion: number;
  segments: Segment[];
  symbols: ElfSymbol[];
}

const PT_LOAD = 1;
const PT_INTERP = 3;
const EM_PPC64 = 21;
const ET_EXEC = 2;
const SHT_SYMTAB = 2;

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

export function parseElf(bytes: Uint8Array): ElfImage {
  if (!isElf(bytes)) throw new ElfError('not an ELF file');
  if (bytes.length < 64) throw new ElfError('truncated ELF header');
  if (bytes[4] !== 2) throw new ElfError('not a 64-bit ELF file');
  if (bytes[5] !== 1 && bytes[5] !== 2) throw new ElfError(`unknown ELF byte order ${bytes[5]}`);
  const le = bytes[5] === 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const u64 = (o: number) => view.getBigUint64(o, le);
  const within = (offset: bigint, size: bigint) => offset + size <= BigInt(bytes.length);

  const machine = u16(18);
  if (machine !== EM_PPC64) throw new ElfError(`not a PowerPC64 ELF file (machine ${machine})`);
  const type = u16(16);
  if (type !== ET_EXEC) throw new ElfError(`not a static executable (ELF type ${type})`);
  const phoff = u64(32), phentsize = u16(54), phnum = u16(56);
  if (phnum === 0) throw new ElfError('no program headers');
  if (phentsize < 56 || !within(phoff, BigInt(phentsize * phnum))) throw new ElfError('truncated ELF: program headers past the end of the file');

  const segments: Segment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = Number(phoff) + i * phentsize;
    const ptype = u32(at);
    if (ptype === PT_INTERP) throw new ElfError('dynamically linked (PT_INTERP): only static executables run');
    if (ptype !== PT_LOAD) continue;
    const flags = u32(at + 4);
    const seg: Segment = {
      offset: u64(at + 8), vaddr: u64(at + 16), filesz: u64(at + 32), memsz: u64(at + 40),
      perms: (flags & 4 ? PERM_R : 0) | (flags & 2 ? PERM_W : 0) | (flags & 1 ? PERM_X : 0),
    };
    if (seg.filesz > seg.memsz) throw new ElfError(`segment ${i}: file size larger than memory size`);
    if (!within(seg.offset, seg.filesz)) throw new ElfError(`truncated ELF: segment ${i} extends past the end of the file`);
    if (seg.memsz > 0n) segments.push(seg);
  }
  if (segments.length === 0) throw new ElfError('no loadable segments');
  return { bigEndian: !le, entry: u64(24), abiVersion: u32(48) & 3, segments, symbols: readSymbols(view, le) };
}

/** Symbols of .symtab, when the file has one (a damaged table yields none rather than an error). */
function readSymbols(view: DataView, le: boolean): ElfSymbol[] {
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const u64 = (o: number) => view.getBigUint64(o, le);
  try {
    const shoff = Number(u64(40)), shentsize = u16(58), shnum = u16(60);
    if (shoff === 0 || shentsize < 64) return [];
    const section = (i: number) => {
      const at = shoff + i * shentsize;
      return { type: u32(at + 4), offset: Number(u64(at + 24)), size: Number(u64(at + 32)), link: u32(at + 40) };
    };
    const out: ElfSymbol[] = [];
    for (let i = 0; i < shnum; i++) {
      const symtab = section(i);
      if (symtab.type !== SHT_SYMTAB) continue;
      const strtab = section(symtab.link);
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      for (let at = symtab.offset; at + 24 <= symtab.offset + symtab.size; at += 24) {
        const nameAt = strtab.offset + u32(at);
        const kind = view.getUint8(at + 4) & 0xf;
        const value = u64(at + 8);
        // Functions, objects and untyped labels (hand-written assembly) name addresses.
        if (kind > 2 || value === 0n || u16(at + 6) === 0) continue;
        let end = nameAt;
        while (end < strtab.offset + strtab.size && bytes[end] !== 0) end++;
        const name = new TextDecoder().decode(bytes.subarray(nameAt, end));
        if (name && !name.startsWith('$')) out.push({ name, value, size: u64(at + 16) });
      }
    }
    return out;
  } catch {
    return [];
  }
}

/** objdump's way of naming an address: the nearest symbol at or below it, plus an offset. */
export function symbolLookup(symbols: ElfSymbol[]): SymbolLookup {
  const sorted = [...symbols].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return (address) => {
    const a = BigInt(address);
    let lo = 0, hi = sorted.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].value <= a) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return undefined;
    const sym = sorted[best];
    return a === sym.value ? sym.name : `${sym.name}+0x${(a - sym.value).toString(16)}`;
  };
}

/** qemu linux-user's stack for 64-bit guests: 8 MiB below this, the initial r1 near the top. */
export const STACK_TOP = 0x4000801000n;
export const STACK_SIZE = 0x800000n;

export interface LoadedElf {
  machine: Machine;
  image: ElfImage;
  entry: bigint;
  symbols: SymbolLookup;
}

export function loadElf(bytes: Uint8Array): LoadedElf {
  const image = parseElf(bytes);
  const machine = new Machine({ bigEndian: image.bigEndian });
  const mem = machine.mem;
  let texts = 0, datas = 0;
  for (const seg of image.segments) {
    const name = seg.perms & PERM_X ? `text${texts++ || ''}` : seg.perms & PERM_W ? `data${datas++ || ''}` : 'rodata';
    mem.map(name, seg.vaddr, seg.memsz, seg.perms);
    mem.poke(seg.vaddr, bytes.subarray(Number(seg.offset), Number(seg.offset + seg.filesz)));
  }
  mem.map('stack', STACK_TOP - STACK_SIZE, STACK_SIZE, PERM_R | PERM_W);
  // The ABI's initial stack: argc 0, then empty argv and envp lists and an empty auxv.
  const sp = STACK_TOP - 0x1000n;
  mem.poke(sp, new Uint8Array(40));
  machine.set('r1', sp);

  let entry = image.entry;
  if (image.abiVersion < 2 && image.bigEndian) {
    // ELFv1: e_entry is a function descriptor (code address, TOC).
    const desc = mem.peek(entry, 16);
    if (!desc) throw new ElfError(`entry descriptor 0x${entry.toString(16)} is not in a loaded segment`);
    const dv = new DataView(desc.buffer);
    machine.set('r2', dv.getBigUint64(8, false));
    entry = dv.getBigUint64(0, false);
  }
  if (!image.segments.some((s) => s.perms & PERM_X && entry >= s.vaddr && entry < s.vaddr + s.memsz)) {
    throw new ElfError(`entry point 0x${entry.toString(16)} is not in an executable segment`);
  }
  machine.set('r12', entry);
  machine.pc = entry;
  return { machine, image, entry, symbols: symbolLookup(image.symbols) };
}
