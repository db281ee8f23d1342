// Static ELF64 executables for Power, little- or big-endian: PT_LOAD segments become regions
// with their permissions, a stack is mapped, and the registers start as qemu's linux-user
// starts a process: PC at the entry point, r1 on the stack, r12 = the entry (ELFv2 global
// entry), or for ELFv1 the entry and r2 from the function descriptor e_entry points at.

import { nearestSymbol, type SymbolLookup } from '../isa/address.js';
import { ElfFormatError as ElfError, ET_EXEC, readElf, readSegments } from '../model/elf.js';
import { Machine } from './machine.js';
import { PERM_R, PERM_W, PERM_X } from './memory.js';

/** A file that is not a loadable static ppc64 executable; the message is one line. */
export { ElfFormatError as ElfError, isElf } from '../model/elf.js';

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

export function parseElf(bytes: Uint8Array): ElfImage {
  const elf = readElf(bytes);
  const h = elf.header;
  if (h.type !== ET_EXEC) throw new ElfError(`not a static executable (ELF type ${h.type})`);
  if (h.phnum === 0) throw new ElfError('no program headers');
  const segments: Segment[] = [];
  for (const [i, seg] of readSegments(h).entries()) {
    if (seg.type === PT_INTERP) throw new ElfError('dynamically linked (PT_INTERP): only static executables run');
    if (seg.type !== PT_LOAD) continue;
    if (seg.filesz > seg.memsz) throw new ElfError(`segment ${i}: file size larger than memory size`);
    const perms = (seg.flags & 4 ? PERM_R : 0) | (seg.flags & 2 ? PERM_W : 0) | (seg.flags & 1 ? PERM_X : 0);
    if (seg.memsz > 0n) segments.push({ offset: seg.offset, vaddr: seg.vaddr, filesz: seg.filesz, memsz: seg.memsz, perms });
  }
  if (segments.length === 0) throw new ElfError('no loadable segments');
  // Functions, objects and untyped labels (hand-written assembly) name addresses.
  const symbols = elf.symbols.slice(1)
    .filter((e) => e.type <= 2 && e.value !== 0n && e.shndx !== 0 && e.name && !e.name.startsWith('$'))
    .map((e) => ({ name: e.name, value: e.value, size: e.size }));
  return { bigEndian: h.bigEndian, entry: h.entry, abiVersion: h.flags & 3, segments, symbols };
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
  return { machine, image, entry, symbols: nearestSymbol(image.symbols) };
}
