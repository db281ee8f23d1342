// Static ELF64 executables for Power, little- or big-endian: PT_LOAD segments become regions
// with their permissions, a stack is mapped, and the registers start as qemu's linux-user
// starts a process: PC at the entry point, r1 on the stack, r12 = the entry (ELFv2 global
// entry), or for ELFv1 the entry and r2 from the function descriptor e_entry points at.

import { nearestSymbol, type SymbolLookup } from '../isa/address.js';
import { ElfFormatError as ElfError, ET_EXEC, readElfHeader, readSectionHeaders, readSymbolTable, type ElfHeader } from '../model/elf.js';
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
const SHT_SYMTAB = 2;

export function parseElf(bytes: Uint8Array): ElfImage {
  const h = readElfHeader(bytes);
  const le = !h.bigEndian;
  const view = h.view;
  const u32 = (o: number) => view.getUint32(o, le);
  const u64 = (o: number) => view.getBigUint64(o, le);
  const within = (offset: bigint, size: bigint) => offset + size <= BigInt(bytes.length);

  if (h.type !== ET_EXEC) throw new ElfError(`not a static executable (ELF type ${h.type})`);
  const { phoff, phentsize, phnum } = h;
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
  return { bigEndian: h.bigEndian, entry: h.entry, abiVersion: h.flags & 3, segments, symbols: readSymbols(h) };
}

/** Symbols of .symtab, when the file has one (a damaged table yields none rather than an error). */
function readSymbols(h: ElfHeader): ElfSymbol[] {
  try {
    const sections = readSectionHeaders(h);
    const out: ElfSymbol[] = [];
    for (const symtab of sections) {
      if (symtab.type !== SHT_SYMTAB) continue;
      for (const e of readSymbolTable(h, sections, symtab).slice(1)) {
        // Functions, objects and untyped labels (hand-written assembly) name addresses.
        if (e.type > 2 || e.value === 0n || e.shndx === 0) continue;
        if (e.name && !e.name.startsWith('$')) out.push({ name: e.name, value: e.value, size: e.size });
      }
    }
    return out;
  } catch {
    return [];
  }
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
