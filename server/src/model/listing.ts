// Listings into the object model: `objdump -d/-dr` of objects, modules, linked images and
// archives, with `readelf -sW` / `objdump -t` tables in the same text or a companion file. Each file header
// starts an object (an archive member is `archive(member)`); a later header naming the same
// object, as `objdump -t` after `objdump -dr` does, continues it.
import { BL_SELF as UNRELOCATED_CALL } from '../isa/words';
import { basename } from 'node:path';
import { addAddress } from '../isa/address';
import type { ListingFile, ListingLine, SourceRange } from '../parse/syntax';
import {
  ByteState,
  decodeLocalEntry,
  type FileKind,
  type ObjectFile,
  type ObjectSymbol,
  readWord,
  wordOf,
  branchTarget,
  type Relocation,
  type Section,
  type SourceLocation,
  type SymbolBinding,
  type SymbolSection,
  type SymbolType,
  type SymbolVisibility,
  SHN_LIVEPATCH,
} from './object';

type LineOf<K extends ListingLine['kind']> = Extract<ListingLine, { kind: K }>;

/** A section while its lines are read: contents are laid out once its extent is known. */
interface SectionDraft {
  name: string;
  source: SourceLocation;
  chunks: { address: bigint; bytes: number[] }[];
  instructions: { address: bigint; length: number; source: SourceLocation }[];
  /** `...` lines: zeros from `from` up to the next listed address (or at least one word). */
  elisions: { from: bigint; to?: bigint; source: SourceLocation }[];
  headers: LineOf<'symbolHeader'>[];
  /** Branches annotated `<sym+off>`: they place symbols the listing does not show. */
  annotated: LineOf<'instruction'>[];
  relocations: LineOf<'relocation'>[];
  /** Where the next listed byte is expected. */
  end?: bigint;
}

interface ObjectDraft {
  name: string;
  path: string;
  format?: string;
  source: SourceLocation;
  sections: SectionDraft[];
  tableEntries: TableLine[];
}

/** A symbol-table line with the text it came from: a companion file's table joins another file's object. */
interface TableLine {
  entry: LineOf<'symbolTableEntry'>;
  file: string;
  text: string;
}

/** One listing as the caller read it. */
export interface ListingInput {
  syntax: ListingFile;
  text: string;
  file: string;
}

const FORMAT_BIG_ENDIAN = /^elf(32|64)-powerpc$/;

export function loadListing(syntax: ListingFile, text: string, file: string): ObjectFile[] {
  return loadListings([{ syntax, text, file }]);
}

/**
 * Several listings at once. A file that holds only symbol tables (`readelf -sW x.o > x.syms`)
 * completes the object of the same name, or else the object of the file given just before it.
 */
export function loadListings(inputs: ListingInput[]): ObjectFile[] {
  const drafts: ObjectDraft[] = [];
  let previous: ObjectDraft[] = [];
  for (const input of inputs) {
    const own = readDrafts(input);
    const tablesOnly = own.length > 0 && own.every((d) => d.sections.length === 0);
    if (tablesOnly) {
      for (const d of own) {
        const target = drafts.find((x) => x.name === d.name && x.sections.length > 0) ?? (previous.length === 1 ? previous[0] : undefined);
        if (target) target.tableEntries.push(...d.tableEntries);
        else drafts.push(d);
      }
      continue;
    }
    drafts.push(...own);
    previous = own;
  }
  return drafts.map((d) => finishObject(d, d.source.file));
}

function readDrafts({ syntax, text, file }: ListingInput): ObjectDraft[] {
  const objects: ObjectDraft[] = [];
  const at = (range: SourceRange): SourceLocation => ({ file, range });
  let archive: string | undefined;
  let current: ObjectDraft | undefined;
  let section: SectionDraft | undefined;
  let pendingElision: SourceLocation | undefined;
  /** Table lines before any header (a companion table listed first) wait for the first object. */
  const orphanEntries: TableLine[] = [];

  const object = (range: SourceRange): ObjectDraft => {
    if (!current) {
      current = { name: basename(file), path: file, source: at(range), sections: [], tableEntries: [] };
      objects.push(current);
    }
    return current;
  };
  const currentSection = (range: SourceRange): SectionDraft => {
    if (!section) {
      section = newSection('', at(range));
      object(range).sections.push(section);
    }
    return section;
  };
  const place = (draft: SectionDraft, address: bigint): void => {
    if (pendingElision) {
      const last = draft.elisions.at(-1);
      if (last && last.source === pendingElision) last.to = address;
      pendingElision = undefined;
    }
    draft.end = address;
  };

  for (const line of syntax.lines) {
    switch (line.kind) {
      case 'archiveHeader':
        archive = line.path;
        break;
      case 'fileHeader': {
        const name = archive ? `${archive}(${basename(line.path)})` : line.path;
        current = objects.find((o) => o.name === name);
        if (!current) {
          current = { name, path: line.path, format: line.format, source: at(line.range), sections: [], tableEntries: [] };
          objects.push(current);
        }
        section = undefined;
        pendingElision = undefined;
        break;
      }
      case 'sectionHeader': {
        const owner = object(line.range);
        section = owner.sections.find((s) => s.name === line.name);
        if (!section) {
          section = newSection(line.name, at(line.range));
          owner.sections.push(section);
        }
        pendingElision = undefined;
        break;
      }
      case 'symbolHeader': {
        const draft = currentSection(line.range);
        draft.headers.push(line);
        if (pendingElision) place(draft, line.address);
        break;
      }
      case 'instruction':
      case 'bytes': {
        const draft = currentSection(line.range);
        place(draft, line.address);
        draft.chunks.push({ address: line.address, bytes: line.bytes });
        const previous = draft.instructions.at(-1);
        // The second word of a prefixed instruction comes on a bytes-only line of its own.
        if (line.kind === 'bytes' && previous && addAddress(previous.address, previous.length) === line.address && previous.length === 4) {
          previous.length += line.bytes.length;
        } else if (line.kind === 'instruction') {
          draft.instructions.push({ address: line.address, length: line.bytes.length, source: at(line.range) });
          if (line.target) draft.annotated.push(line);
        }
        draft.end = addAddress(line.address, line.bytes.length);
        break;
      }
      case 'elision': {
        const draft = currentSection(line.range);
        if (draft.end === undefined) break;
        pendingElision = at(line.range);
        draft.elisions.push({ from: draft.end, source: pendingElision });
        break;
      }
      case 'relocation':
        currentSection(line.range).relocations.push(line);
        break;
      case 'symbolTableEntry':
        if (current) current.tableEntries.push({ entry: line, file, text });
        else orphanEntries.push({ entry: line, file, text });
        break;
      case 'source': {
        // readelf names each archive member of a table: `File: lib.a(member.o)`.
        const member = /^File: (.+)$/.exec(line.text.trim());
        if (member) {
          const name = member[1];
          current = objects.find((o) => o.name === name || o.path === name);
          if (!current) {
            current = { name, path: name, source: at(line.range), sections: [], tableEntries: [] };
            objects.push(current);
          }
        }
        break;
      }
      default:
        break;
    }
  }
  if (orphanEntries.length) object(syntax.lines[0]?.range ?? emptyRange()).tableEntries.unshift(...orphanEntries);
  return objects;
}

function newSection(name: string, source: SourceLocation): SectionDraft {
  return { name, source, chunks: [], instructions: [], elisions: [], headers: [], annotated: [], relocations: [] };
}

function emptyRange(): SourceRange {
  return { start: { line: 0, column: 0 }, end: { line: 0, column: 0 }, startIndex: 0, endIndex: 0 };
}

function finishObject(draft: ObjectDraft, file: string): ObjectFile {
  const sections: Section[] = [];
  const symbols: ObjectSymbol[] = [];
  const relocations: Relocation[] = [];
  for (const s of draft.sections) {
    const first = sections.length;
    sections.push(...finishSection(s));
    /** The section (of this draft's runs) that holds an address, and the offset in it. */
    const place = (address: bigint): { index: number; offset: number } => {
      for (let i = first; i < sections.length; i++) {
        const offset = BigInt.asUintN(64, address - sections[i].address);
        if (offset <= BigInt(sections[i].bytes.length)) return { index: i, offset: Number(offset) };
      }
      return { index: first, offset: 0 };
    };
    for (const h of s.headers) {
      symbols.push({ name: h.name, value: h.address, section: { kind: 'defined', index: place(h.address).index, name: s.name || undefined }, source: { file, range: h.range } });
    }
    for (const r of s.relocations) {
      const at = place(r.address);
      relocations.push({ section: at.index, offset: at.offset, type: r.type, symbolName: r.symbol, addend: r.addend, source: { file, range: r.range } });
    }
  }
  mergeTable(draft.tableEntries, symbols, sections);
  const bigEndian = draft.format ? FORMAT_BIG_ENDIAN.test(draft.format) : false;
  addAnnotatedSymbols(draft, symbols, sections, bigEndian, file);
  const object: ObjectFile = {
    file,
    name: draft.name,
    kind: 'unknown',
    bigEndian,
    sections,
    symbols,
    relocations,
    source: draft.source,
  };
  object.kind = detectKind(draft.path, object);
  return object;
}

/**
 * Listed bytes further apart than this start a new run of the section: objdump never leaves
 * such a gap unmarked, so only a hand-made or concatenated listing has one, and it must not
 * make the model allocate the space in between.
 */
const MAX_UNLISTED_GAP = 1n << 20n;

/** An extent of a section draft, as offsets from the first address it lists (modulo 2^64). */
interface Extent {
  start: bigint;
  end: bigint;
}

/**
 * A section's lines as one Section per run of nearby addresses (normally one). Offsets are
 * taken from the first address listed, modulo 2^64, so a section that runs past the top of
 * the address space continues at 0 as the hardware's addresses do.
 */
function finishSection(draft: SectionDraft): Section[] {
  const origin = draft.headers[0]?.address ?? draft.chunks[0]?.address ?? 0n;
  const rel = (a: bigint) => BigInt.asUintN(64, a - origin);
  const runs: Extent[] = [];
  const extend = (e: Extent): void => {
    const last = runs.at(-1);
    if (last && e.start <= last.end + MAX_UNLISTED_GAP) last.end = e.end > last.end ? e.end : last.end;
    else runs.push({ ...e });
  };
  const byStart = (a: Extent, b: Extent) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
  const spots: Extent[] = [
    ...draft.headers.map((h) => ({ start: rel(h.address), end: rel(h.address) })),
    // An elision with nothing listed after it still stands for at least one zero word.
    ...draft.elisions.map((e) => {
      const start = rel(e.from);
      const to = e.to === undefined ? start + 4n : rel(e.to);
      return { start, end: to > start && to - start <= MAX_UNLISTED_GAP ? to : start + 4n };
    }),
  ].sort(byStart);
  // Listed bytes come in address order but for hand-made listings: those are sorted first. The
  // chunks are merged into runs with the (few) headers and elisions as they come.
  let chunks: Extent[] | undefined;
  let previous = -1n;
  for (const c of draft.chunks) {
    const start = rel(c.address);
    if (start < previous) {
      chunks = draft.chunks.map((d) => ({ start: rel(d.address), end: rel(d.address) + BigInt(d.bytes.length) })).sort(byStart);
      break;
    }
    previous = start;
  }
  let next = 0;
  const chunkCount = chunks ? chunks.length : draft.chunks.length;
  for (let i = 0; i < chunkCount; i++) {
    let chunk: Extent;
    if (chunks) chunk = chunks[i];
    else {
      const start = rel(draft.chunks[i].address);
      chunk = { start, end: start + BigInt(draft.chunks[i].bytes.length) };
    }
    while (next < spots.length && spots[next].start <= chunk.start) extend(spots[next++]);
    extend(chunk);
  }
  while (next < spots.length) extend(spots[next++]);
  if (runs.length === 0) runs.push({ start: 0n, end: 0n });
  const runOf = (a: bigint) => runs.find((r) => a >= r.start && a <= r.end) ?? runs[0];
  const sections = runs.map((run): Section => {
    const size = Number(run.end - run.start);
    return {
      name: draft.name, address: BigInt.asUintN(64, origin + run.start), bytes: new Uint8Array(size), size, state: new Uint8Array(size),
      instructions: [], elided: [], source: draft.source,
    };
  });
  const locate = (a: bigint): { section: Section; offset: number } => {
    const r = rel(a);
    const run = runOf(r);
    return { section: sections[runs.indexOf(run)], offset: Number(r - run.start) };
  };
  for (const e of draft.elisions) {
    const { section, offset } = locate(e.from);
    const to = e.to === undefined ? offset + 4 : offset + Number(BigInt.asUintN(64, e.to - e.from));
    const end = Math.min(to, section.bytes.length);
    if (end <= offset) continue;
    section.state.fill(ByteState.Elided, offset, end);
    section.elided.push({ offset, length: end - offset, source: e.source });
  }
  for (const c of draft.chunks) {
    const { section, offset } = locate(c.address);
    section.bytes.set(c.bytes, offset);
    section.state.fill(ByteState.Listed, offset, offset + c.bytes.length);
  }
  for (const i of draft.instructions) {
    const { section, offset } = locate(i.address);
    section.instructions.push({ offset, length: i.length, source: i.source });
  }
  return sections;
}

/**
 * A branch to `c000000000009d5c <_mcount>` names a symbol even when the listing shows neither
 * its code nor a table: record it where the branch says, so calls resolve by name.
 */
function addAnnotatedSymbols(draft: ObjectDraft, symbols: ObjectSymbol[], sections: Section[], bigEndian: boolean, file: string): void {
  const known = new Set(symbols.map((s) => s.name));
  for (const s of draft.sections) {
    for (const line of s.annotated) {
      const target = line.target!;
      if (known.has(target.name) || line.bytes.length !== 4) continue;
      const address = branchTarget(wordOf(line.bytes, 0, bigEndian), line.address);
      if (address === undefined) continue;
      const value = BigInt.asUintN(64, address - target.offset);
      const index = sections.findIndex((x) => BigInt.asUintN(64, value - x.address) < BigInt(x.bytes.length));
      symbols.push({ name: target.name, value, section: { kind: 'defined', index: index >= 0 ? index : undefined }, source: { file, range: line.range } });
      known.add(target.name);
    }
  }
}

// ---- symbol tables ----

const READELF_TYPES: Record<string, SymbolType> = {
  FUNC: 'func', OBJECT: 'object', NOTYPE: 'notype', SECTION: 'section', FILE: 'file', IFUNC: 'ifunc', TLS: 'tls', COMMON: 'common',
};
const BINDINGS: Record<string, SymbolBinding> = { LOCAL: 'local', GLOBAL: 'global', WEAK: 'weak', UNIQUE: 'unique' };
const VISIBILITIES: Record<string, SymbolVisibility> = { DEFAULT: 'default', HIDDEN: 'hidden', PROTECTED: 'protected', INTERNAL: 'internal' };

/** A symbol as a table row gives it; where in the listing it sits is added by the caller. */
type TableSymbol = Omit<ObjectSymbol, 'source' | 'tableSource' | 'size'> & { size: bigint };

/** `objdump -t`: VALUE FLAGS SECTION<TAB>SIZE [0xOTHER] [.hidden|.protected|.internal] NAME */
const OBJDUMP_T_LINE = /^[0-9a-fA-F]+ (.{7}) (\S+)\t[0-9a-fA-F]+(?:\s+0x([0-9a-fA-F]+))?(?:\s+\.(hidden|protected|internal))?\s+(.*)$/;

function readTableEntry(entry: LineOf<'symbolTableEntry'>, text: string, elfSectionNames: Map<number, string>): TableSymbol {
  // Dynamic symbols carry their version: `f@GLIBC_2.17`, `f@@VER`.
  const unversioned = (n: string) => n.replace(/@@?[^@]*$/, '');
  if (entry.table === 'readelf') {
    const ndx = entry.section.trim();
    const other = readelfOther(entry);
    const elfIndex = /^\d+$/.test(ndx) ? Number(ndx) : undefined;
    return {
      name: unversioned(entry.name),
      value: entry.value,
      size: entry.size,
      type: entry.type ? READELF_TYPES[entry.type] : undefined,
      binding: entry.bind ? BINDINGS[entry.bind] : undefined,
      visibility: entry.visibility ? VISIBILITIES[entry.visibility] : undefined,
      section: ndx === 'UND' ? { kind: 'undefined' }
        : ndx === 'ABS' ? { kind: 'absolute' }
        : ndx === 'COM' ? { kind: 'common' }
        : osSectionIndex(ndx) === SHN_LIVEPATCH ? { kind: 'livepatch' }
        : { kind: 'defined', elfIndex, name: elfIndex !== undefined ? elfSectionNames.get(elfIndex) : undefined },
      other,
      localEntry: other !== undefined ? decodeLocalEntry(other) : undefined,
    };
  }
  const raw = text.slice(entry.range.startIndex, entry.range.endIndex);
  const m = OBJDUMP_T_LINE.exec(raw);
  const flags = m?.[1] ?? '';
  const sectionName = m?.[2] ?? entry.section;
  const other = m?.[3] !== undefined ? parseInt(m[3], 16) : undefined;
  const visibility: SymbolVisibility = (m?.[4] as SymbolVisibility | undefined) ?? 'default';
  const name = unversioned(m?.[5]?.trim() ?? entry.name);
  const section: SymbolSection = sectionName === '*UND*' ? { kind: 'undefined' }
    : sectionName === '*ABS*' ? { kind: 'absolute' }
    : sectionName === '*COM*' ? { kind: 'common' }
    : { kind: 'defined', name: sectionName };
  return {
    name,
    value: entry.value,
    size: entry.size,
    type: objdumpType(flags[6], flags[5], section),
    binding: flags[1] === 'w' ? 'weak' : flags[0] === 'l' ? 'local' : flags[0] === 'u' ? 'unique' : flags[0] === 'g' || section.kind === 'undefined' ? 'global' : undefined,
    visibility,
    section,
    other,
    localEntry: decodeLocalEntry(other ?? 0),
  };
}

/** readelf prints OS-specific section indexes as `OS [0xff20]`. */
function osSectionIndex(ndx: string): number | undefined {
  const hex = /\[0x([0-9a-f]+)\]/i.exec(ndx);
  return hex ? parseInt(hex[1], 16) : undefined;
}

function objdumpType(kind: string | undefined, indirect: string | undefined, section: SymbolSection): SymbolType | undefined {
  if (indirect === 'i') return 'ifunc';
  switch (kind) {
    case 'F': return 'func';
    case 'O': return 'object';
    case 'f': return 'file';
    case 'd': return 'section';
    default: return section.kind === 'undefined' ? 'notype' : undefined;
  }
}

/** readelf shows st_other as `[<localentry>: 8]` (the decoded offset) or `[<other>: 0x..]`. */
function readelfOther(entry: LineOf<'symbolTableEntry'>): number | undefined {
  const offset = entry.localEntryOffset;
  if (offset !== undefined) return offset === 1 ? 1 << 5 : Math.log2(offset) << 5;
  const hexOther = /<other>:\s*(?:0x)?([0-9a-fA-F]+)/.exec(entry.other ?? '');
  return hexOther ? parseInt(hexOther[1], 16) : entry.other === undefined ? 0 : undefined;
}

function mergeTable(lines: TableLine[], symbols: ObjectSymbol[], sections: Section[]): void {
  const elfSectionNames = new Map<number, string>();
  for (const { entry: e } of lines) {
    if (e.table === 'readelf' && e.type === 'SECTION' && /^\d+$/.test(e.section.trim()) && e.name) elfSectionNames.set(Number(e.section.trim()), e.name);
  }
  const byName = new Map<string, ObjectSymbol[]>();
  for (const s of symbols) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  for (const { entry, file, text } of lines) {
    const t = readTableEntry(entry, text, elfSectionNames);
    if (!t.name || t.type === 'file' || t.type === 'section') continue;
    const tableSource: SourceLocation = { file, range: entry.range };
    const definedHere = t.section.kind === 'defined';
    const known = (byName.get(t.name) ?? []).find((s) =>
      definedHere ? s.section.kind === 'defined' && s.value === t.value : s.section.kind === t.section.kind);
    if (known) {
      // A second table (.dynsym beside .symtab, or both tools) fills in what the first left out.
      known.size ??= t.size;
      known.type ??= t.type;
      known.binding ??= t.binding;
      known.visibility ??= t.visibility;
      known.other ??= t.other;
      known.localEntry ??= t.localEntry;
      known.tableSource ??= tableSource;
      if (known.section.kind === 'defined' && t.section.kind === 'defined') {
        known.section.elfIndex ??= t.section.elfIndex;
        known.section.name ??= t.section.name;
      }
      continue;
    }
    // A defined symbol whose header the disassembly did not show: place it by section name.
    let section = t.section;
    if (section.kind === 'defined' && section.name !== undefined) {
      const index = sections.findIndex((s) => s.name === (section as { name?: string }).name);
      if (index >= 0) section = { ...section, index };
    }
    if (t.name.startsWith('.klp.sym.')) section = { kind: 'livepatch' };
    const symbol: ObjectSymbol = { ...t, section, source: tableSource, tableSource };
    symbols.push(symbol);
    byName.set(t.name, [...(byName.get(t.name) ?? []), symbol]);
  }
}

// ---- what kind of file ----

const MODULE_SYMBOLS = new Set(['__this_module', 'init_module', 'cleanup_module']);
const MODULE_SECTIONS = /^(\.modinfo|__versions|\.gnu\.linkonce\.this_module|\.klp\.)/;
const LINKER_STUB = /^[0-9a-f]{8}\.(plt_call|plt_branch|long_branch)/;
const KERNEL_ADDRESS = 0xc000000000000000n;

/** `bl .+0`: a call whose target field the linker has not filled in yet. */

function detectKind(path: string, object: ObjectFile): FileKind {
  const { symbols, relocations, sections } = object;
  const moduleEvidence = /\.ko$/.test(path)
    || symbols.some((s) => MODULE_SYMBOLS.has(s.name) || s.name.startsWith('.klp.sym.') || s.section.kind === 'livepatch')
    || symbols.some((s) => s.section.kind === 'defined' && MODULE_SECTIONS.test(s.section.name ?? ''));
  if (moduleEvidence) return 'module';
  if (/\.o$/.test(path)) return 'relocatable';
  if (/\.so(\.\d+)*$/.test(path)) return 'shared';
  if (/(^|\/)vmlinux/.test(path)) return 'executable';
  const pending = relocations.some((r) => /^R_PPC64_(REL24|REL16|TOC16|PCREL34|REL14)/.test(r.type));
  if (pending && sections.every((s) => s.address < 0x10000n)) return 'relocatable';
  if (symbols.some((s) => LINKER_STUB.test(s.name) || s.name === '__glink_PLTresolve')) {
    return symbols.some((s) => s.name === '_start' || s.name === '__start') ? 'executable' : 'shared';
  }
  if (sections.some((s) => s.address >= KERNEL_ADDRESS)) return 'executable';
  const unrelocated = sections.some((s) => s.instructions.some((i) => readWord(object, s, i.offset)?.value === UNRELOCATED_CALL));
  if (pending || unrelocated) return 'relocatable';
  if (sections.length && sections.every((s) => s.address >= 0x10000n)) return 'executable';
  return 'unknown';
}
