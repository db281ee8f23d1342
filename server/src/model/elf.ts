// ELF64 files for Power into the object model: relocatable objects and kernel modules
// (`.o`/`.ko`, either byte order) with their allocated sections, symbol table and RELA
// relocations, so a scenario can load what the kernel build produced. The header and table
// readers are shared with the emulator's static-executable loader.
import type { SourceRange } from '../parse/syntax';
import {
  decodeLocalEntry,
  SHN_LIVEPATCH,
  type FileKind,
  type ObjectFile,
  type ObjectSymbol,
  type Relocation,
  type Section,
  type SourceLocation,
  type SymbolBinding,
  type SymbolSection,
  type SymbolType,
  type SymbolVisibility,
} from './object';

/** A file that is not a usable ppc64 ELF file; the message is one line. */
export class ElfFormatError extends Error {}

export const EM_PPC64 = 21;
export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;
const SHT_SYMTAB = 2;
const SHT_RELA = 4;
const SHT_NOBITS = 8;
const SHF_WRITE = 1;
const SHF_ALLOC = 2;
const SHF_EXECINSTR = 4;
const SHN_ABS = 0xfff1;
const SHN_COMMON = 0xfff2;

export interface ElfHeader {
  bigEndian: boolean;
  view: DataView;
  bytes: Uint8Array;
  type: number;
  machine: number;
  entry: bigint;
  flags: number;
  phoff: bigint;
  phentsize: number;
  phnum: number;
  shoff: number;
  shentsize: number;
  shnum: number;
  shstrndx: number;
}

export interface ElfSectionHeader {
  index: number;
  name: string;
  type: number;
  flags: number;
  addr: bigint;
  offset: number;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
}

export interface ElfSymbolEntry {
  name: string;
  value: bigint;
  size: bigint;
  /** st_info & 0xf. */
  type: number;
  /** st_info >> 4. */
  bind: number;
  other: number;
  shndx: number;
}

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

/** The ELF64 header of a PowerPC64 file; other files are an ElfFormatError. */
export function readElfHeader(bytes: Uint8Array): ElfHeader {
  if (!isElf(bytes)) throw new ElfFormatError('not an ELF file');
  if (bytes.length < 64) throw new ElfFormatError('truncated ELF header');
  if (bytes[4] !== 2) throw new ElfFormatError('not a 64-bit ELF file');
  if (bytes[5] !== 1 && bytes[5] !== 2) throw new ElfFormatError(`unknown ELF byte order ${bytes[5]}`);
  const le = bytes[5] === 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const machine = view.getUint16(18, le);
  if (machine !== EM_PPC64) throw new ElfFormatError(`not a PowerPC64 ELF file (machine ${machine})`);
  return {
    bigEndian: !le, view, bytes, machine,
    type: view.getUint16(16, le), entry: view.getBigUint64(24, le), flags: view.getUint32(48, le),
    phoff: view.getBigUint64(32, le), phentsize: view.getUint16(54, le), phnum: view.getUint16(56, le),
    shoff: Number(view.getBigUint64(40, le)), shentsize: view.getUint16(58, le), shnum: view.getUint16(60, le),
    shstrndx: view.getUint16(62, le),
  };
}

function cString(bytes: Uint8Array, at: number, end: number): string {
  let stop = at;
  while (stop < end && bytes[stop] !== 0) stop++;
  return new TextDecoder().decode(bytes.subarray(at, stop));
}

/** Section headers with their names; none when the file has no table. */
export function readSectionHeaders(h: ElfHeader): ElfSectionHeader[] {
  if (h.shoff === 0 || h.shnum === 0) return [];
  if (h.shentsize < 64 || h.shoff + h.shnum * h.shentsize > h.bytes.length) throw new ElfFormatError('truncated ELF: section headers past the end of the file');
  const le = !h.bigEndian;
  const v = h.view;
  const out: ElfSectionHeader[] = [];
  for (let i = 0; i < h.shnum; i++) {
    const at = h.shoff + i * h.shentsize;
    const s = {
      index: i, name: '', nameAt: v.getUint32(at, le),
      type: v.getUint32(at + 4, le), flags: Number(v.getBigUint64(at + 8, le) & 0xffffffffn), addr: v.getBigUint64(at + 16, le),
      offset: Number(v.getBigUint64(at + 24, le)), size: Number(v.getBigUint64(at + 32, le)),
      link: v.getUint32(at + 40, le), info: v.getUint32(at + 44, le),
      align: Number(v.getBigUint64(at + 48, le)), entsize: Number(v.getBigUint64(at + 56, le)),
    };
    if (s.type !== SHT_NOBITS && s.offset + s.size > h.bytes.length) throw new ElfFormatError(`truncated ELF: section ${i} extends past the end of the file`);
    out.push(s);
  }
  const names = out[h.shstrndx];
  for (const s of out as (ElfSectionHeader & { nameAt: number })[]) {
    if (names) s.name = cString(h.bytes, names.offset + s.nameAt, names.offset + names.size);
    delete (s as Partial<typeof s>).nameAt;
  }
  return out;
}

/** The entries of a SHT_SYMTAB section (index 0, the null symbol, included). */
export function readSymbolTable(h: ElfHeader, sections: ElfSectionHeader[], symtab: ElfSectionHeader): ElfSymbolEntry[] {
  const le = !h.bigEndian;
  const v = h.view;
  const strtab = sections[symtab.link];
  const out: ElfSymbolEntry[] = [];
  for (let at = symtab.offset; at + 24 <= symtab.offset + symtab.size; at += 24) {
    const info = v.getUint8(at + 4);
    out.push({
      name: strtab ? cString(h.bytes, strtab.offset + v.getUint32(at, le), strtab.offset + strtab.size) : '',
      type: info & 0xf, bind: info >> 4, other: v.getUint8(at + 5), shndx: v.getUint16(at + 6, le),
      value: v.getBigUint64(at + 8, le), size: v.getBigUint64(at + 16, le),
    });
  }
  return out;
}

/** R_PPC64_* names by number (binutils' elf/ppc64.h numbering). */
const RELOC_NAMES: Record<number, string> = {};
[
  'NONE', 'ADDR32', 'ADDR24', 'ADDR16', 'ADDR16_LO', 'ADDR16_HI', 'ADDR16_HA', 'ADDR14', 'ADDR14_BRTAKEN', 'ADDR14_BRNTAKEN',
  'REL24', 'REL14', 'REL14_BRTAKEN', 'REL14_BRNTAKEN', 'GOT16', 'GOT16_LO', 'GOT16_HI', 'GOT16_HA', '', 'COPY',
  'GLOB_DAT', 'JMP_SLOT', 'RELATIVE', '', 'UADDR32', 'UADDR16', 'REL32', 'PLT32', 'PLTREL32', 'PLT16_LO',
  'PLT16_HI', 'PLT16_HA', '', 'SECTOFF', 'SECTOFF_LO', 'SECTOFF_HI', 'SECTOFF_HA', 'ADDR30', 'ADDR64', 'ADDR16_HIGHER',
  'ADDR16_HIGHERA', 'ADDR16_HIGHEST', 'ADDR16_HIGHESTA', 'UADDR64', 'REL64', 'PLT64', 'PLTREL64', 'TOC16', 'TOC16_LO', 'TOC16_HI',
  'TOC16_HA', 'TOC', 'PLTGOT16', 'PLTGOT16_LO', 'PLTGOT16_HI', 'PLTGOT16_HA', 'ADDR16_DS', 'ADDR16_LO_DS', 'GOT16_DS', 'GOT16_LO_DS',
  'PLT16_LO_DS', 'SECTOFF_DS', 'SECTOFF_LO_DS', 'TOC16_DS', 'TOC16_LO_DS', 'PLTGOT16_DS', 'PLTGOT16_LO_DS', 'TLS', 'DTPMOD64', 'TPREL16',
  'TPREL16_LO', 'TPREL16_HI', 'TPREL16_HA', 'TPREL64', 'DTPREL16', 'DTPREL16_LO', 'DTPREL16_HI', 'DTPREL16_HA', 'DTPREL64', 'GOT_TLSGD16',
  'GOT_TLSGD16_LO', 'GOT_TLSGD16_HI', 'GOT_TLSGD16_HA', 'GOT_TLSLD16', 'GOT_TLSLD16_LO', 'GOT_TLSLD16_HI', 'GOT_TLSLD16_HA', 'GOT_TPREL16_DS', 'GOT_TPREL16_LO_DS', 'GOT_TPREL16_HI',
  'GOT_TPREL16_HA', 'GOT_DTPREL16_DS', 'GOT_DTPREL16_LO_DS', 'GOT_DTPREL16_HI', 'GOT_DTPREL16_HA', 'TPREL16_DS', 'TPREL16_LO_DS', 'TPREL16_HIGHER', 'TPREL16_HIGHERA', 'TPREL16_HIGHEST',
  'TPREL16_HIGHESTA', 'DTPREL16_DS', 'DTPREL16_LO_DS', 'DTPREL16_HIGHER', 'DTPREL16_HIGHERA', 'DTPREL16_HIGHEST', 'DTPREL16_HIGHESTA', 'TLSGD', 'TLSLD', 'TOCSAVE',
  'ADDR16_HIGH', 'ADDR16_HIGHA', 'TPREL16_HIGH', 'TPREL16_HIGHA', 'DTPREL16_HIGH', 'DTPREL16_HIGHA', 'REL24_NOTOC', 'ADDR64_LOCAL', 'ENTRY', 'PLTSEQ',
  'PLTCALL', 'PLTSEQ_NOTOC', 'PLTCALL_NOTOC', 'PCREL_OPT', 'REL24_P9NOTOC',
].forEach((name, i) => { if (name) RELOC_NAMES[i] = name; });
['D34', 'D34_LO', 'D34_HI30', 'D34_HA30', 'PCREL34', 'GOT_PCREL34', 'PLT_PCREL34', 'PLT_PCREL34_NOTOC'].forEach((name, i) => { RELOC_NAMES[128 + i] = name; });
['REL16_HIGH', 'REL16_HIGHA', 'REL16_HIGHER', 'REL16_HIGHERA', 'REL16_HIGHEST', 'REL16_HIGHESTA', 'REL16DX_HA', 'JMP_IREL', 'IRELATIVE', 'REL16', 'REL16_LO', 'REL16_HI', 'REL16_HA']
  .forEach((name, i) => { RELOC_NAMES[240 + i] = name; });

export function relocationName(type: number): string {
  return `R_PPC64_${RELOC_NAMES[type] ?? `UNKNOWN_${type}`}`;
}

const SYMBOL_TYPES: Record<number, SymbolType> = { 0: 'notype', 1: 'object', 2: 'func', 3: 'section', 4: 'file', 5: 'common', 6: 'tls', 10: 'ifunc' };
const BINDINGS: Record<number, SymbolBinding> = { 0: 'local', 1: 'global', 2: 'weak', 10: 'unique' };
const VISIBILITIES: SymbolVisibility[] = ['default', 'internal', 'hidden', 'protected'];
/** Sections only a kernel module has. */
const MODULE_SECTIONS = new Set(['.modinfo', '__versions', '.gnu.linkonce.this_module']);

/**
 * Reads an ELF64 PowerPC64 file into the object model. Only allocated sections are kept (with
 * the relocations that apply to them); a binary has no source lines, so every location is the
 * file's start.
 */
export function readElfObject(bytes: Uint8Array, file: string): ObjectFile {
  const h = readElfHeader(bytes);
  const headers = readSectionHeaders(h);
  const range: SourceRange = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 }, startIndex: 0, endIndex: 0 };
  const at: SourceLocation = { file, range };
  const kept = new Map<number, number>();
  const sections: Section[] = [];
  for (const s of headers) {
    if (!(s.flags & SHF_ALLOC)) continue;
    const nobits = s.type === SHT_NOBITS;
    // A NOBITS section is zeros known by their size alone (a .bss of any size takes no memory).
    const contents = nobits ? new Uint8Array(0) : bytes.slice(s.offset, s.offset + s.size);
    kept.set(s.index, sections.length);
    sections.push({
      name: s.name, address: s.addr, bytes: contents, size: s.size, state: new Uint8Array(0),
      instructions: [], elided: [], source: at,
      align: Math.max(1, s.align), alloc: true, write: (s.flags & SHF_WRITE) !== 0, exec: (s.flags & SHF_EXECINSTR) !== 0, nobits,
    });
  }
  const symtab = headers.find((s) => s.type === SHT_SYMTAB);
  const entries = symtab ? readSymbolTable(h, headers, symtab) : [];
  const nameOf = (e: ElfSymbolEntry) => (e.type === 3 && !e.name ? headers[e.shndx]?.name ?? '' : e.name);
  const symbols: ObjectSymbol[] = entries.slice(1).map((e) => {
    let section: SymbolSection;
    if (e.shndx === 0) section = { kind: 'undefined' };
    else if (e.shndx === SHN_ABS) section = { kind: 'absolute' };
    else if (e.shndx === SHN_COMMON) section = { kind: 'common' };
    else if (e.shndx === SHN_LIVEPATCH) section = { kind: 'livepatch' };
    else section = { kind: 'defined', index: kept.get(e.shndx), name: headers[e.shndx]?.name, elfIndex: e.shndx };
    return {
      name: nameOf(e), value: e.value, size: e.size, type: SYMBOL_TYPES[e.type], binding: BINDINGS[e.bind],
      visibility: VISIBILITIES[e.other & 3], section, other: e.other, localEntry: decodeLocalEntry(e.other), source: at, tableSource: at,
    };
  });
  const relocations: Relocation[] = [];
  const le = !h.bigEndian;
  for (const rela of headers) {
    if (rela.type !== SHT_RELA) continue;
    const target = kept.get(rela.info);
    if (target === undefined) continue;
    for (let o = rela.offset; o + 24 <= rela.offset + rela.size; o += 24) {
      const info = h.view.getBigUint64(o + 8, le);
      const sym = entries[Number(info >> 32n)];
      relocations.push({
        section: target, offset: Number(h.view.getBigUint64(o, le)), type: relocationName(Number(info & 0xffffffffn)),
        symbolName: sym && Number(info >> 32n) !== 0 ? nameOf(sym) : undefined, addend: h.view.getBigInt64(o + 16, le), source: at,
      });
    }
  }
  let kind: FileKind = 'unknown';
  if (h.type === ET_REL) {
    const moduleLike = /\.ko$/.test(file) || headers.some((s) => MODULE_SECTIONS.has(s.name)) || symbols.some((s) => s.section.kind === 'livepatch');
    kind = moduleLike ? 'module' : 'relocatable';
  } else if (h.type === ET_EXEC) kind = 'executable';
  else if (h.type === ET_DYN) kind = 'shared';
  return { file, name: file, kind, bigEndian: h.bigEndian, sections, symbols, relocations, source: at };
}
