// The object model that every analysis reads: sections with their bytes, symbols and
// relocations, each tied to the source line it came from. The listing loader builds it
// from objdump/readelf text; the assembler will build the same model from `.S` sources,
// so the analyses never care which one produced it.
import { lookupPrefixed } from '../isa/decode';
import type { SourceRange } from '../parse/syntax';

/** Where a model object came from: a file and a range in it, for diagnostics and navigation. */
export interface SourceLocation {
  file: string;
  range: SourceRange;
}

/** What the file is, as far as it can be told: it decides which link rules apply. */
export type FileKind = 'relocatable' | 'module' | 'executable' | 'shared' | 'unknown';

/** Relocatable inputs: relocations are still pending and the TOC base is known only at link time. */
export function isRelocatable(kind: FileKind): boolean {
  return kind === 'relocatable' || kind === 'module';
}

export function isLinked(kind: FileKind): boolean {
  return kind === 'executable' || kind === 'shared';
}

/** One instruction as the source shows it: a listing line, or later an assembly statement. */
export interface InstructionSite {
  /** Byte offset in the section. */
  offset: number;
  /** 4, or 8 for a prefixed instruction. */
  length: number;
  source: SourceLocation;
  /**
   * Where a macro expansion's instruction was spelled (the macro body's line, 0-based), when
   * that is not `source` (the line that invoked the macro).
   */
  spelled?: { file: string; line: number };
  /**
   * The macro expansions (C preprocessor, GNU as macros, `.rept`/`.irp`) that made this
   * instruction, outermost first: the first was invoked on `source`'s line.
   */
  expansion?: ExpansionLevel[];
}

/** A place in a source file, 0-based. */
export interface FilePosition {
  file: string;
  line: number;
  column: number;
}

/** One level of an instruction's macro expansion chain. */
export interface ExpansionLevel {
  /** `cpp`: a `#define`; `macro`: a GNU as `.macro`; `repeat`: `.rept`, `.irp` or `.irpc`. */
  kind: 'cpp' | 'macro' | 'repeat';
  /** The macro's name, or the directive (`.rept`). */
  name: string;
  /** Where this expansion was asked for: the macro's name as written (in the file, or in the body of the level above). */
  at: FilePosition;
  /** Where the macro is defined; a `.rept` is its own definition. */
  definition?: FilePosition;
  /** Tells expansions from the same place apart: each pass of a macro invoked in a `.rept` is an expansion of its own. */
  instance: number;
}

/** Content state of each byte: not shown by the source, shown, or elided by objdump as zeros. */
export const enum ByteState {
  Unknown = 0,
  Listed = 1,
  Elided = 2,
}

export interface ElidedRange {
  offset: number;
  length: number;
  source: SourceLocation;
}

export interface Section {
  name: string;
  address: bigint;
  /**
   * Contents from `address`, up to the last byte that is stored: the rest of `size` is zeros
   * known only by their count (a `.org` or `.skip` at the end of a section, a `.bss`), so that a
   * section of gigabytes of zeros takes no memory. Bytes not shown by the source read as zero,
   * see `state`.
   */
  bytes: Uint8Array;
  /** Size in bytes, at least `bytes.length`. */
  size: number;
  /**
   * ByteState of each byte of `bytes`, or empty when every byte is known (assembled code, ELF
   * objects); the zeros past `bytes` are known, or elided where `elided` says.
   */
  state: Uint8Array;
  instructions: InstructionSite[];
  /** objdump's `...`: zero bytes it did not print. */
  elided: ElidedRange[];
  source: SourceLocation;
  // ELF facts a linker needs; listings do not give them (the linker then guesses from the name).
  /** Alignment in bytes (sh_addralign). */
  align?: number;
  /** SHF_ALLOC: occupies memory when loaded. */
  alloc?: boolean;
  /** SHF_WRITE. */
  write?: boolean;
  /** SHF_EXECINSTR. */
  exec?: boolean;
  /** SHT_NOBITS (.bss): `bytes` are zeros of the section's size. */
  nobits?: boolean;
  /**
   * Code read from an object file: every word is an instruction (a prefixed pair one of eight
   * bytes), and its sites are made when asked for rather than held (vmlinux has millions).
   */
  everyWord?: { bigEndian: boolean };
}

export type SymbolType = 'func' | 'object' | 'notype' | 'section' | 'file' | 'ifunc' | 'tls' | 'common';
export type SymbolBinding = 'local' | 'global' | 'weak' | 'unique';
export type SymbolVisibility = 'default' | 'hidden' | 'protected' | 'internal';

/** SHN_LIVEPATCH: symbols a live-patch module resolves against the patched object at load time. */
export const SHN_LIVEPATCH = 0xff20;

export type SymbolSection =
  | { kind: 'undefined' }
  | { kind: 'absolute' }
  | { kind: 'common' }
  | { kind: 'livepatch' }
  /**
   * Defined in a section: `index` into ObjectFile.sections when its contents are modelled,
   * `name` when the source names it, `elfIndex` when it gives the ELF section number.
   */
  | { kind: 'defined'; index?: number; name?: string; elfIndex?: number };

export interface ObjectSymbol {
  name: string;
  value: bigint;
  size?: bigint;
  /** Undefined when only a disassembly header named it (objdump -d tells neither). */
  type?: SymbolType;
  binding?: SymbolBinding;
  visibility?: SymbolVisibility;
  section: SymbolSection;
  /** The st_other byte, when a symbol table gives it. */
  other?: number;
  /**
   * ELFv2 local entry field (st_other bits 5-7) decoded: 0 single entry with r2 preserved,
   * 1 single entry that does not preserve r2, else the local entry's byte offset (4..64).
   */
  localEntry?: number;
  /** The line that defines it in the code (a disassembly header), else its symbol-table line. */
  source: SourceLocation;
  /** Its symbol-table line, when there is one. */
  tableSource?: SourceLocation;
}

export interface Relocation {
  /** Index into ObjectFile.sections. */
  section: number;
  offset: number;
  /** As objdump prints it, e.g. R_PPC64_REL24. */
  type: string;
  /** The symbol name as printed (a section name for section-relative relocations). */
  symbolName?: string;
  addend: bigint;
  source: SourceLocation;
  /** The `.klp.rela.OBJ.SECTION` section that holds it, for a live-patch relocation (SHF_RELA_LIVEPATCH). */
  relocationSection?: string;
}

export interface ObjectFile {
  /** The listing or source file the user opened. */
  file: string;
  /** The object the listing describes (objdump's path; `archive(member)` for archive members). */
  name: string;
  kind: FileKind;
  bigEndian: boolean;
  sections: Section[];
  symbols: ObjectSymbol[];
  relocations: Relocation[];
  /** The file-header line, or the first line of the listing. */
  source: SourceLocation;
  /** Read from the ELF file itself, not a listing or a source: places are section offsets. */
  binary?: boolean;
  /** ELFv1 (big-endian function descriptors); ELFv2 when absent. */
  abi?: 'elfv1';
  /** The source line `.debug_line` gives for an instruction (section index into `sections`, byte offset). */
  sourceLine?: (section: number, offset: number) => { file: string; line: number; column: number } | undefined;
  /** A kernel module's own name (struct module's `name` in `.gnu.linkonce.this_module`), as its loader messages say it. */
  moduleName?: string;
}

/** ELFv2 st_other bits 5-7 → 0, 1, or the local entry offset in bytes (7 is reserved: treated as 0). */
export function decodeLocalEntry(other: number): number {
  const field = (other >> 5) & 7;
  return field <= 1 ? field : field === 7 ? 0 : 1 << field;
}

/** A 32-bit word of a section, or undefined where the source does not show it. */
export interface Word {
  value: number;
  /** objdump elided it: it is zero. */
  elided: boolean;
}

export function readWord(obj: ObjectFile, section: Section, offset: number): Word | undefined {
  if (offset < 0 || offset + 4 > section.size) return undefined;
  let elided = false;
  for (let i = offset; i < Math.min(offset + 4, section.state.length); i++) {
    if (section.state[i] === ByteState.Unknown) return undefined;
    if (section.state[i] === ByteState.Elided) elided = true;
  }
  if (offset + 4 > section.bytes.length) {
    const from = Math.max(offset, section.bytes.length);
    elided ||= section.elided.some((e) => e.offset < offset + 4 && e.offset + e.length > from);
    return { value: wordOf(storedBytes(section, offset, 4), 0, obj.bigEndian), elided };
  }
  return { value: wordOf(section.bytes, offset, obj.bigEndian), elided };
}

/** `length` bytes of a section from `offset`, the zeros past its stored bytes included. */
export function storedBytes(section: Section, offset: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (offset < section.bytes.length) out.set(section.bytes.subarray(offset, Math.min(offset + length, section.bytes.length)));
  return out;
}

/** The 32-bit word at `offset` of bytes in memory order. */
export function wordOf(b: ArrayLike<number>, offset: number, bigEndian: boolean): number {
  return bigEndian
    ? ((b[offset] << 24) | (b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3]) >>> 0
    : ((b[offset + 3] << 24) | (b[offset + 2] << 16) | (b[offset + 1] << 8) | b[offset]) >>> 0;
}

interface SectionIndex {
  byOffset: Map<number, InstructionSite>;
  sorted: InstructionSite[];
}

const sectionIndexes = new WeakMap<Section, SectionIndex>();

function indexOf(section: Section): SectionIndex {
  let index = sectionIndexes.get(section);
  if (!index) {
    const sorted = [...section.instructions].sort((a, b) => a.offset - b.offset);
    index = { byOffset: new Map(sorted.map((i) => [i.offset, i])), sorted };
    sectionIndexes.set(section, index);
  }
  return index;
}

/** The instruction that starts at `offset`. */
export function instructionAt(section: Section, offset: number): InstructionSite | undefined {
  if (!section.everyWord) return indexOf(section).byOffset.get(offset);
  const length = wordInstructionLength(section, offset);
  return length ? { offset, length, source: section.source } : undefined;
}

/** The instructions that start in [start, end), in address order. */
export function instructionsIn(section: Section, start: number, end: number): InstructionSite[] {
  const out: InstructionSite[] = [];
  forEachInstruction(section, start, end, (offset, length) => { out.push(section.everyWord ? { offset, length, source: section.source } : instructionAt(section, offset)!); });
  return out;
}

/** Visits the instructions that start in [start, end) in address order, without making their sites. */
export function forEachInstruction(section: Section, start: number, end: number, visit: (offset: number, length: number) => void): void {
  if (!section.everyWord) {
    const sorted = indexOf(section).sorted;
    for (let i = searchSorted(sorted, (s) => s.offset, start); i < sorted.length && sorted[i].offset < end; i++) visit(sorted[i].offset, sorted[i].length);
    return;
  }
  const limit = Math.min(end, section.bytes.length - 3);
  let offset = Math.max(0, start) & ~3;
  if (offset < limit && wordInstructionLength(section, offset) === 0) offset += 4;
  while (offset < limit) {
    const length = isPrefixedPair(section, offset) ? 8 : 4;
    visit(offset, length);
    offset += length;
  }
}

const wordIn = (section: Section, offset: number) => wordOf(section.bytes, offset, section.everyWord!.bigEndian);

/** A prefix word followed by a suffix that makes a valid prefixed instruction, as the disassembler reads it. */
function isPrefixedPair(section: Section, offset: number): boolean {
  if (offset + 8 > section.bytes.length) return false;
  const prefix = wordIn(section, offset);
  return prefix >>> 26 === 1 && lookupPrefixed(prefix, wordIn(section, offset + 4)) !== undefined;
}

/** 4, 8 for a prefixed pair, or 0 where no instruction starts (a suffix word, a misaligned offset). */
function wordInstructionLength(section: Section, offset: number): number {
  if (offset < 0 || offset % 4 !== 0 || offset + 4 > section.bytes.length) return 0;
  // Whether a word is a suffix depends on the words before it: walk back over prefix-shaped words.
  let from = offset;
  while (from >= 4 && offset - from < 256 && wordIn(section, from - 4) >>> 26 === 1) from -= 4;
  while (from < offset) from += isPrefixedPair(section, from) ? 8 : 4;
  if (from !== offset) return 0;
  return isPrefixedPair(section, offset) ? 8 : 4;
}

/**
 * The first index of `sorted` whose key is at or above `value` (`orAbove`), or past `value`
 * (`past`); keys ascend. Offsets are numbers, addresses bigints.
 */
export function searchSorted<T, K extends number | bigint>(sorted: readonly T[], key: (t: T) => K, value: K, bound: 'orAbove' | 'past' = 'orAbove'): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = key(sorted[mid]);
    if (k < value || (bound === 'past' && k === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const relocationIndexes = new WeakMap<ObjectFile, Map<number, Relocation[]>>();

/** The relocations of a section whose offset lies in [start, end), in offset order. */
export function relocationsIn(obj: ObjectFile, section: number, start: number, end: number): Relocation[] {
  let index = relocationIndexes.get(obj);
  if (!index) {
    index = new Map();
    for (const r of obj.relocations) {
      const list = index.get(r.section);
      if (list) list.push(r);
      else index.set(r.section, [r]);
    }
    for (const list of index.values()) list.sort((a, b) => a.offset - b.offset);
    relocationIndexes.set(obj, index);
  }
  const sorted = index.get(section) ?? [];
  const out: Relocation[] = [];
  for (let i = searchSorted(sorted, (r) => r.offset, start); i < sorted.length && sorted[i].offset < end; i++) out.push(sorted[i]);
  return out;
}

/** Target of an I-form (b/bl) or B-form (bc) branch. */
export function branchTarget(word: number, address: bigint): bigint | undefined {
  const op = word >>> 26;
  const absolute = (word & 2) !== 0;
  let displacement: number;
  if (op === 18) displacement = ((word & 0x03fffffc) << 6) >> 6;
  else if (op === 16) displacement = ((word & 0xfffc) << 16) >> 16;
  else return undefined;
  return BigInt.asUintN(64, (absolute ? 0n : address) + BigInt(displacement));
}
