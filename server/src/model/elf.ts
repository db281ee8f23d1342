// The one ELF64 reader for Power: relocatable objects, kernel modules, executables (vmlinux
// included) and shared objects, either byte order, ELFv1 and ELFv2. Every table is checked
// against the file before it is read, so a truncated or damaged file is one ElfFormatError with
// a one-line message, never an exception from a DataView or a wild allocation. The object model
// (`readElfObject`), the disassembly printer and the emulator's loader all read through here.
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
import { readLineTable, type LineLookup } from './dwarfLine';

/** A file that is not a usable ppc64 ELF file; the message is one line. */
export class ElfFormatError extends Error {}

export const EM_PPC64 = 21;
export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;
export const SHT_SYMTAB = 2;
export const SHT_RELA = 4;
export const SHT_NOBITS = 8;
export const SHT_DYNSYM = 11;
const SHT_SYMTAB_SHNDX = 18;
export const SHF_WRITE = 1;
export const SHF_ALLOC = 2;
export const SHF_EXECINSTR = 4;
/** A `.klp.rela.OBJ.SECTION` section: applied by the live-patch core when OBJ is loaded. */
export const SHF_RELA_LIVEPATCH = 0x00100000;
export const SHN_UNDEF = 0;
const SHN_LORESERVE = 0xff00;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
const SHN_XINDEX = 0xffff;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;
export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
const ELF_HEADER_SIZE = 64;
const SECTION_HEADER_SIZE = 64;
const SYMBOL_SIZE = 24;
const RELA_SIZE = 24;
const PROGRAM_HEADER_SIZE = 56;

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

export interface ElfRelocationEntry {
  offset: bigint;
  type: number;
  /** Index into the symbol table the relocation section links to (0: none). */
  symbol: number;
  addend: bigint;
}

export interface ElfSegment {
  type: number;
  flags: number;
  offset: bigint;
  vaddr: bigint;
  filesz: bigint;
  memsz: bigint;
}

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

/** The ELF64 header of a PowerPC64 file; other files are an ElfFormatError. */
export function readElfHeader(bytes: Uint8Array): ElfHeader {
  if (!isElf(bytes)) throw new ElfFormatError('not an ELF file');
  if (bytes.length < ELF_HEADER_SIZE) throw new ElfFormatError('truncated ELF header');
  if (bytes[4] !== 2) throw new ElfFormatError('not a 64-bit ELF file');
  if (bytes[5] !== 1 && bytes[5] !== 2) throw new ElfFormatError(`unknown ELF byte order ${bytes[5]}`);
  const le = bytes[5] === 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const machine = view.getUint16(18, le);
  if (machine !== EM_PPC64) throw new ElfFormatError(`not a PowerPC64 ELF file (machine ${machine})`);
  const shoff = view.getBigUint64(40, le);
  if (shoff > BigInt(bytes.length)) throw new ElfFormatError(`truncated ELF: section headers at 0x${shoff.toString(16)}, past the end of the file (0x${bytes.length.toString(16)} bytes)`);
  return {
    bigEndian: !le, view, bytes, machine,
    type: view.getUint16(16, le), entry: view.getBigUint64(24, le), flags: view.getUint32(48, le),
    phoff: view.getBigUint64(32, le), phentsize: view.getUint16(54, le), phnum: view.getUint16(56, le),
    shoff: Number(shoff), shentsize: view.getUint16(58, le), shnum: view.getUint16(60, le),
    shstrndx: view.getUint16(62, le),
  };
}

/** ELFv1 (function descriptors in `.opd`, TOC saved at 40(r1)): e_flags says 1, or big-endian files that say nothing. */
export function isElfV1(h: ElfHeader): boolean {
  const abi = h.flags & 3;
  return abi === 1 || (abi === 0 && h.bigEndian);
}

/** The NUL-terminated string at `at`, read no further than `end` nor past the file. */
function cString(bytes: Uint8Array, at: number, end: number): string {
  const limit = Math.min(end, bytes.length);
  let stop = at;
  while (stop < limit && bytes[stop] !== 0) stop++;
  // Symbol names are ASCII in practice: skip the decoder for them (vmlinux has 100,000).
  let ascii = true;
  for (let i = at; i < stop; i++) if (bytes[i] >= 0x80) { ascii = false; break; }
  if (ascii && stop - at < 512) return String.fromCharCode.apply(null, bytes.subarray(at, stop) as unknown as number[]);
  return new TextDecoder().decode(bytes.subarray(at, stop));
}

/** Section headers with their names, each checked to lie in the file; none when the file has no table. */
export function readSectionHeaders(h: ElfHeader): ElfSectionHeader[] {
  if (h.shoff === 0) return [];
  const le = !h.bigEndian;
  const v = h.view;
  const size = h.bytes.length;
  if (h.shentsize !== SECTION_HEADER_SIZE) throw new ElfFormatError(`bad ELF: section header size ${h.shentsize}, not ${SECTION_HEADER_SIZE}`);
  if (h.shoff + SECTION_HEADER_SIZE > size) throw new ElfFormatError('truncated ELF: section headers past the end of the file');
  // Extended numbering: section 0 holds the real count and string-table index.
  const shnum = h.shnum || Number(v.getBigUint64(h.shoff + 32, le));
  const shstrndx = h.shstrndx === SHN_XINDEX ? v.getUint32(h.shoff + 40, le) : h.shstrndx;
  if (h.shoff + shnum * SECTION_HEADER_SIZE > size) {
    throw new ElfFormatError(`truncated ELF: ${shnum} section headers at 0x${h.shoff.toString(16)} run past the end of the file (0x${size.toString(16)} bytes)`);
  }
  const out: (ElfSectionHeader & { nameAt: number })[] = [];
  for (let i = 0; i < shnum; i++) {
    const at = h.shoff + i * SECTION_HEADER_SIZE;
    const offset = v.getBigUint64(at + 24, le);
    const bytes = v.getBigUint64(at + 32, le);
    const type = v.getUint32(at + 4, le);
    if (i > 0 && type !== SHT_NOBITS && type !== 0 && offset + bytes > BigInt(size)) {
      throw new ElfFormatError(`truncated ELF: section ${i} (0x${bytes.toString(16)} bytes at 0x${offset.toString(16)}) extends past the end of the file (0x${size.toString(16)} bytes)`);
    }
    // A NOBITS section has no file bytes; its size is still bounded, as the reader allocates it.
    if (type === SHT_NOBITS && bytes > 1n << 32n) throw new ElfFormatError(`bad ELF: section ${i} claims 0x${bytes.toString(16)} bytes`);
    out.push({
      index: i, name: '', nameAt: v.getUint32(at, le), type, flags: Number(v.getBigUint64(at + 8, le) & 0xffffffffn),
      addr: v.getBigUint64(at + 16, le), offset: Number(offset), size: i === 0 ? 0 : Number(bytes),
      link: v.getUint32(at + 40, le), info: v.getUint32(at + 44, le),
      align: Number(v.getBigUint64(at + 48, le) & 0xffffffffn), entsize: Number(v.getBigUint64(at + 56, le) & 0xffffffffn),
    });
  }
  if (shnum > 0 && shstrndx >= shnum) throw new ElfFormatError(`bad ELF: section name table index ${shstrndx} out of range (${shnum} sections)`);
  const names = shnum > 0 && shstrndx !== 0 ? out[shstrndx] : undefined;
  // Checked above only for sections with file bytes: the name table is read whatever its type says.
  if (names && names.offset + names.size > size) {
    throw new ElfFormatError(`truncated ELF: the section name table (section ${shstrndx}, 0x${names.size.toString(16)} bytes at 0x${names.offset.toString(16)}) extends past the end of the file (0x${size.toString(16)} bytes)`);
  }
  for (const s of out) {
    if (names) {
      if (s.nameAt >= names.size && s.nameAt !== 0) throw new ElfFormatError(`bad ELF: section ${s.index}'s name at ${s.nameAt} is outside the section name table`);
      s.name = cString(h.bytes, names.offset + s.nameAt, names.offset + names.size);
    }
    delete (s as Partial<typeof s>).nameAt;
  }
  return out;
}

/**
 * The entries of a SHT_SYMTAB or SHT_DYNSYM section (index 0, the null symbol, included), each
 * name and section index checked.
 */
export function readSymbolTable(h: ElfHeader, sections: ElfSectionHeader[], symtab: ElfSectionHeader): ElfSymbolEntry[] {
  const le = !h.bigEndian;
  const v = h.view;
  const strtab = sections[symtab.link];
  if (!strtab || symtab.link === 0) throw new ElfFormatError(`bad ELF: symbol table ${symtab.name} links to section ${symtab.link}, not a string table`);
  if (symtab.entsize !== SYMBOL_SIZE) throw new ElfFormatError(`bad ELF: symbol table ${symtab.name} has entries of ${symtab.entsize} bytes, not ${SYMBOL_SIZE}`);
  const extended = sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === symtab.index);
  const out: ElfSymbolEntry[] = [];
  const count = Math.floor(symtab.size / SYMBOL_SIZE);
  for (let i = 0; i < count; i++) {
    const at = symtab.offset + i * SYMBOL_SIZE;
    const info = v.getUint8(at + 4);
    const nameAt = v.getUint32(at, le);
    if (nameAt >= strtab.size && nameAt !== 0) throw new ElfFormatError(`bad ELF: symbol ${i}'s name at ${nameAt} is outside ${strtab.name || 'its string table'}`);
    let shndx = v.getUint16(at + 6, le);
    if (shndx === SHN_XINDEX && extended && extended.offset + i * 4 + 4 <= extended.offset + extended.size) shndx = v.getUint32(extended.offset + i * 4, le);
    else if (shndx >= sections.length && shndx < SHN_LORESERVE) {
      throw new ElfFormatError(`bad ELF: symbol ${i} (${cString(h.bytes, strtab.offset + nameAt, strtab.offset + strtab.size) || 'unnamed'}) is in section ${shndx}, out of range (${sections.length} sections)`);
    }
    out.push({
      name: cString(h.bytes, strtab.offset + nameAt, strtab.offset + strtab.size),
      type: info & 0xf, bind: info >> 4, other: v.getUint8(at + 5), shndx,
      value: v.getBigUint64(at + 8, le), size: v.getBigUint64(at + 16, le),
    });
  }
  return out;
}

/** The entries of a SHT_RELA section, each symbol index checked against its table of `symbols` entries. */
export function readRelocations(h: ElfHeader, rela: ElfSectionHeader, symbols: number): ElfRelocationEntry[] {
  const le = !h.bigEndian;
  const v = h.view;
  if (rela.entsize !== RELA_SIZE) throw new ElfFormatError(`bad ELF: relocation section ${rela.name} has entries of ${rela.entsize} bytes, not ${RELA_SIZE}`);
  const out: ElfRelocationEntry[] = [];
  const count = Math.floor(rela.size / RELA_SIZE);
  for (let i = 0; i < count; i++) {
    const at = rela.offset + i * RELA_SIZE;
    const info = v.getBigUint64(at + 8, le);
    const symbol = Number(info >> 32n);
    if (symbol >= symbols) throw new ElfFormatError(`bad ELF: relocation ${i} of ${rela.name} names symbol ${symbol}, out of range (${symbols} symbols)`);
    out.push({ offset: v.getBigUint64(at, le), type: Number(info & 0xffffffffn), symbol, addend: v.getBigInt64(at + 16, le) });
  }
  return out;
}

/** The program headers, each checked to lie in the file. */
export function readSegments(h: ElfHeader): ElfSegment[] {
  const { phoff, phentsize, phnum } = h;
  if (phnum === 0) return [];
  const le = !h.bigEndian;
  const v = h.view;
  const size = BigInt(h.bytes.length);
  if (phentsize < PROGRAM_HEADER_SIZE || phoff + BigInt(phentsize * phnum) > size) throw new ElfFormatError('truncated ELF: program headers past the end of the file');
  const out: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = Number(phoff) + i * phentsize;
    const seg = {
      type: v.getUint32(at, le), flags: v.getUint32(at + 4, le), offset: v.getBigUint64(at + 8, le),
      vaddr: v.getBigUint64(at + 16, le), filesz: v.getBigUint64(at + 32, le), memsz: v.getBigUint64(at + 40, le),
    };
    if (seg.offset + seg.filesz > size) throw new ElfFormatError(`truncated ELF: segment ${i} extends past the end of the file`);
    out.push(seg);
  }
  return out;
}

/** A whole ELF file, read and checked once: header, sections, the symbol table and every relocation section. */
export interface ElfFile {
  header: ElfHeader;
  sections: ElfSectionHeader[];
  /** `.symtab` (index 0 included), else `.dynsym`, else none. */
  symbols: ElfSymbolEntry[];
  /** `.dynsym` when the file has both tables (objdump names addresses by both). */
  dynamicSymbols: ElfSymbolEntry[];
  /** Relocation sections that apply to another section (sh_info), with their entries. */
  relocations: { section: ElfSectionHeader; appliesTo: number; entries: ElfRelocationEntry[] }[];
  elfV1: boolean;
}

export function readElf(bytes: Uint8Array): ElfFile {
  const header = readElfHeader(bytes);
  const sections = readSectionHeaders(header);
  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  const dynsym = sections.find((s) => s.type === SHT_DYNSYM);
  const symbols = symtab ? readSymbolTable(header, sections, symtab) : dynsym ? readSymbolTable(header, sections, dynsym) : [];
  const dynamicSymbols = symtab && dynsym ? readSymbolTable(header, sections, dynsym) : [];
  const relocations: ElfFile['relocations'] = [];
  for (const rela of sections) {
    if (rela.type !== SHT_RELA || rela.info === 0) continue;
    if (rela.info >= sections.length) throw new ElfFormatError(`bad ELF: relocation section ${rela.name} applies to section ${rela.info}, out of range (${sections.length} sections)`);
    const table = sections[rela.link];
    const count = table === symtab ? symbols.length : table && table === dynsym ? (symtab ? dynamicSymbols : symbols).length : 0;
    relocations.push({ section: rela, appliesTo: rela.info, entries: readRelocations(header, rela, Math.max(count, 1)) });
  }
  return { header, sections, symbols, dynamicSymbols, relocations, elfV1: isElfV1(header) };
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

/** R_PPC64_* name → number. */
export const RELOCATION_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(RELOC_NAMES).map(([n, name]) => [`R_PPC64_${name}`, Number(n)]));

export function relocationName(type: number): string {
  return `R_PPC64_${RELOC_NAMES[type] ?? `UNKNOWN_${type}`}`;
}

const SYMBOL_TYPES: Record<number, SymbolType> = { 0: 'notype', 1: 'object', 2: 'func', 3: 'section', 4: 'file', 5: 'common', 6: 'tls', 10: 'ifunc' };
const BINDINGS: Record<number, SymbolBinding> = { 0: 'local', 1: 'global', 2: 'weak', 10: 'unique' };
const VISIBILITIES: SymbolVisibility[] = ['default', 'internal', 'hidden', 'protected'];
/** Sections only a kernel module has. */
const MODULE_SECTIONS = new Set(['.modinfo', '__versions', '.gnu.linkonce.this_module']);

/** The name a symbol goes by: a section symbol's is its section's. */
export function elfSymbolName(elf: ElfFile, e: ElfSymbolEntry): string {
  return e.type === STT_SECTION && !e.name ? elf.sections[e.shndx]?.name ?? '' : e.name;
}

/**
 * Reads an ELF64 PowerPC64 file into the object model: its allocated sections (code sections
 * hold an instruction at every word), the symbol table and the RELA relocations that apply to
 * them (`.klp.rela.*` included). A binary has no source lines: every location is the file's start.
 */
export function readElfObject(bytes: Uint8Array, file: string, elf: ElfFile = readElf(bytes)): ObjectFile {
  const h = elf.header;
  const headers = elf.sections;
  const range: SourceRange = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 }, startIndex: 0, endIndex: 0 };
  const at: SourceLocation = { file, range };
  const kept = new Map<number, number>();
  const sections: Section[] = [];
  // Every byte of an ELF section is known (no state array), and the contents are views of the
  // file (the linker copies what it places).
  for (const s of headers.filter((s) => s.flags & SHF_ALLOC)) {
    const nobits = s.type === SHT_NOBITS;
    const exec = (s.flags & SHF_EXECINSTR) !== 0;
    // A NOBITS section is zeros known by their size alone (a .bss of any size takes no memory).
    const contents = nobits ? new Uint8Array(0) : bytes.subarray(s.offset, s.offset + s.size);
    kept.set(s.index, sections.length);
    sections.push({
      name: s.name, address: s.addr, bytes: contents, size: s.size, state: new Uint8Array(0),
      instructions: [], elided: [], source: at, ...(exec && !nobits ? { everyWord: { bigEndian: h.bigEndian } } : {}),
      align: Math.max(1, s.align), alloc: true, write: (s.flags & SHF_WRITE) !== 0, exec, nobits,
    });
  }
  const entries = elf.symbols;
  const symbols: ObjectSymbol[] = entries.slice(1).map((e) => {
    let section: SymbolSection;
    if (e.shndx === SHN_UNDEF) section = { kind: 'undefined' };
    else if (e.shndx === SHN_ABS) section = { kind: 'absolute' };
    else if (e.shndx === SHN_COMMON) section = { kind: 'common' };
    else if (e.shndx === SHN_LIVEPATCH) section = { kind: 'livepatch' };
    else section = { kind: 'defined', index: kept.get(e.shndx), name: headers[e.shndx]?.name, elfIndex: e.shndx };
    return {
      name: elfSymbolName(elf, e), value: e.value, size: e.size, type: SYMBOL_TYPES[e.type], binding: BINDINGS[e.bind],
      visibility: VISIBILITIES[e.other & 3], section, other: e.other, localEntry: decodeLocalEntry(e.other), source: at, tableSource: at,
    };
  });
  const relocations: Relocation[] = [];
  for (const rela of elf.relocations) {
    const target = kept.get(rela.appliesTo);
    if (target === undefined) continue;
    const livepatch = (rela.section.flags & SHF_RELA_LIVEPATCH) !== 0;
    const size = BigInt(sections[target].size);
    // In linked files r_offset is an address.
    const base = h.type === ET_REL ? 0n : sections[target].address;
    for (const r of rela.entries) {
      const offset = r.offset - base;
      if (offset < 0n || offset >= size) {
        throw new ElfFormatError(`bad ELF: a relocation of ${rela.section.name} at 0x${r.offset.toString(16)} is outside ${headers[rela.appliesTo].name} (0x${size.toString(16)} bytes)`);
      }
      const sym = entries[r.symbol];
      relocations.push({
        section: target, offset: Number(offset), type: relocationName(r.type),
        symbolName: sym && r.symbol !== 0 ? elfSymbolName(elf, sym) : undefined, addend: r.addend, source: at,
        ...(livepatch ? { relocationSection: rela.section.name } : {}),
      });
    }
  }
  let kind: FileKind = 'unknown';
  if (h.type === ET_REL) {
    const moduleLike = /\.ko$/.test(file) || headers.some((s) => MODULE_SECTIONS.has(s.name)) || symbols.some((s) => s.section.kind === 'livepatch');
    kind = moduleLike ? 'module' : 'relocatable';
  } else if (h.type === ET_EXEC) kind = 'executable';
  else if (h.type === ET_DYN) kind = 'shared';
  const moduleName = moduleNameOf(elf);
  const elfIndex = [...kept.entries()].sort((a, b) => a[1] - b[1]).map(([i]) => i);
  let lines: LineLookup | undefined | null = null;
  const sourceLine = (section: number, offset: number) => {
    // Read when a finding first asks for a line: most checks find nothing.
    if (lines === null) lines = readLineTable(elf);
    return lines?.(elfIndex[section], BigInt(offset));
  };
  return {
    file, name: file, kind, bigEndian: h.bigEndian, sections, symbols, relocations, source: at, binary: true, sourceLine,
    ...(elf.elfV1 ? { abi: 'elfv1' as const } : {}), ...(moduleName ? { moduleName } : {}),
  };
}

/** offsetof(struct module, name) on 64-bit kernels: after `state` and the `list` head. */
const MODULE_NAME_OFFSET = 24;
const MODULE_NAME_LENGTH = 56;

/** The name modpost wrote into `.gnu.linkonce.this_module`, when it is a plausible one. */
function moduleNameOf(elf: ElfFile): string | undefined {
  const s = elf.sections.find((x) => x.name === '.gnu.linkonce.this_module' && x.type !== SHT_NOBITS);
  if (!s || s.size < MODULE_NAME_OFFSET + MODULE_NAME_LENGTH) return undefined;
  const start = s.offset + MODULE_NAME_OFFSET;
  const name = cString(elf.header.bytes, start, start + MODULE_NAME_LENGTH);
  return /^[A-Za-z0-9_]+$/.test(name) ? name : undefined;
}
