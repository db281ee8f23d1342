// ELFv2 entry points of every function: the global entry, the local entry (from st_other or
// from the TOC-setup prologue), and in linked code the TOC base that prologue computes.
import { ADD_R2_R2_R12, ADDI_R2_R2, ADDIS_R2_R12, LD_R2_M8_R12, LIS_R2 } from '../isa/words';
import {
  instructionAt,
  isRelocatable,
  readWord,
  relocationsIn,
  type InstructionSite,
  type ObjectFile,
  type ObjectSymbol,
  type Relocation,
  type Section,
} from '../model/object';
import { addAddress } from '../isa/address';

/** The instructions that load r2 at a global entry. */
export interface TocSetup {
  /** `addis r2,r12,HA; addi r2,r2,LO`, `lis r2,HA; addi r2,r2,LO` (non-PIC links), `ld r2,-8(r12); add r2,r2,r12` (large model). */
  form: 'addis' | 'lis' | 'large';
  sites: InstructionSite[];
  /** Bytes from the global entry to the first instruction after the setup: where the local entry belongs. */
  end: number;
  ha?: number;
  lo?: number;
  /** REL16_HA/LO (or R_PPC64_ENTRY) relocations on the setup, in relocatable objects. */
  relocations: Relocation[];
}

export type TocBase =
  | { kind: 'value'; value: bigint }
  /** Relocatable code: the linker fills in the offset to this symbol (`.TOC.`). */
  | { kind: 'symbolic'; symbol: string }
  | { kind: 'unknown'; reason: string };

export interface FunctionEntry {
  symbol: ObjectSymbol;
  sectionIndex: number;
  section: Section;
  /** Offsets in the section: [start, end). */
  start: number;
  end: number;
  globalEntry: bigint;
  tocSetup?: TocSetup;
  /** st_other's local entry field when a symbol table gives it: 0, 1, or 4..64 bytes. */
  declaredLocalEntry?: number;
  /** Offset of the local entry from the global entry; undefined for single-entry functions. */
  localEntryOffset?: number;
  /** Single entry that does not keep r2 (st_other 1: pcrel code). */
  clobbersToc: boolean;
  tocBase?: TocBase;
}

const HIGH_HALF = 0xffff0000;

/** Linker stubs and the PLT resolver are code without a function's conventions. */
export const LINKER_STUB = /^[0-9a-f]{8}\.(plt_call|plt_branch|long_branch|global_entry)\.(.+?)(\+[0-9a-f]+)?$/;

export function isCodeSymbol(symbol: ObjectSymbol): boolean {
  if (symbol.section.kind !== 'defined' || symbol.section.index === undefined) return false;
  if (LINKER_STUB.test(symbol.name) || symbol.name.startsWith('__glink') || symbol.name.endsWith('@plt')) return false;
  return symbol.type === undefined || symbol.type === 'func' || symbol.type === 'ifunc';
}

function signed16(v: number): number {
  return (v & 0xffff) << 16 >> 16;
}

/** Functions of an object in address order, each with its entry points. */
export function functionEntries(obj: ObjectFile): FunctionEntry[] {
  // Every label of a section bounds the function before it when that one's size is not known.
  const labels = new Map<number, ObjectSymbol[]>();
  for (const s of obj.symbols) {
    if (s.section.kind !== 'defined' || s.section.index === undefined) continue;
    const list = labels.get(s.section.index) ?? [];
    list.push(s);
    labels.set(s.section.index, list);
  }
  const entries: FunctionEntry[] = [];
  for (const [sectionIndex, symbols] of labels) {
    const section = obj.sections[sectionIndex];
    symbols.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const starts = symbols.map((s) => Number(s.value - section.address));
    let previous: bigint | undefined;
    symbols.forEach((symbol, i) => {
      // One function per address: the table and the header describe the same symbol.
      if (!isCodeSymbol(symbol) || symbol.value === previous) return;
      previous = symbol.value;
      const start = starts[i];
      let next = i + 1;
      while (next < starts.length && starts[next] <= start) next++;
      const boundary = next < starts.length ? starts[next] : section.size;
      const end = symbol.size !== undefined && symbol.size > 0n ? Math.min(start + Number(symbol.size), section.size) : boundary;
      entries.push(describeEntry(obj, sectionIndex, section, symbol, start, end));
    });
  }
  return entries.sort((a, b) => (a.globalEntry < b.globalEntry ? -1 : a.globalEntry > b.globalEntry ? 1 : a.sectionIndex - b.sectionIndex));
}

function describeEntry(obj: ObjectFile, sectionIndex: number, section: Section, symbol: ObjectSymbol, start: number, end: number): FunctionEntry {
  const tocSetup = findTocSetup(obj, sectionIndex, section, start, end);
  const declared = symbol.localEntry;
  const localEntryOffset = declared !== undefined ? (declared >= 4 ? declared : undefined) : tocSetup?.end;
  const globalEntry = addAddress(section.address, start);
  return {
    symbol,
    sectionIndex,
    section,
    start,
    end,
    globalEntry,
    tocSetup,
    declaredLocalEntry: declared,
    localEntryOffset,
    clobbersToc: declared === 1,
    tocBase: tocSetup ? tocBaseOf(obj, section, start, globalEntry, tocSetup) : undefined,
  };
}

function findTocSetup(obj: ObjectFile, sectionIndex: number, section: Section, start: number, end: number): TocSetup | undefined {
  if (end - start < 8) return undefined;
  const first = readWord(obj, section, start);
  const second = readWord(obj, section, start + 4);
  if (!first || !second || first.elided || second.elided) return undefined;
  const sites = [start, start + 4].map((o) => instructionAt(section, o)).filter((s): s is InstructionSite => !!s);
  if (sites.length !== 2) return undefined;
  const relocations = relocationsIn(obj, sectionIndex, start, start + 8);
  const hi = (first.value & HIGH_HALF) >>> 0;
  if ((hi === ADDIS_R2_R12 || hi === LIS_R2) && ((second.value & HIGH_HALF) >>> 0) === ADDI_R2_R2) {
    return { form: hi === LIS_R2 ? 'lis' : 'addis', sites, end: 8, ha: signed16(first.value), lo: signed16(second.value), relocations };
  }
  if (first.value === LD_R2_M8_R12 && second.value === ADD_R2_R2_R12) return { form: 'large', sites, end: 8, relocations };
  return undefined;
}

function tocBaseOf(obj: ObjectFile, section: Section, start: number, globalEntry: bigint, setup: TocSetup): TocBase {
  if (isRelocatable(obj.kind) || setup.relocations.length > 0) {
    const symbol = setup.relocations.find((r) => r.symbolName)?.symbolName ?? '.TOC.';
    return { kind: 'symbolic', symbol };
  }
  if (obj.kind === 'unknown' && setup.ha === 0 && setup.lo === 0) {
    return { kind: 'unknown', reason: 'zero offsets: an object not yet linked' };
  }
  switch (setup.form) {
    case 'addis':
      return { kind: 'value', value: BigInt.asUintN(64, globalEntry + (BigInt(setup.ha!) << 16n) + BigInt(setup.lo!)) };
    case 'lis':
      return { kind: 'value', value: BigInt.asUintN(64, (BigInt(setup.ha!) << 16n) + BigInt(setup.lo!)) };
    case 'large': {
      // r2 = r12 + the doubleword the linker stored just before the global entry.
      const low = readWord(obj, section, start - 8);
      const high = readWord(obj, section, start - 4);
      if (!low || !high) return { kind: 'unknown', reason: 'the offset doubleword before the function is not in the listing' };
      const [lsw, msw] = obj.bigEndian ? [high.value, low.value] : [low.value, high.value];
      return { kind: 'value', value: BigInt.asUintN(64, globalEntry + BigInt.asIntN(64, (BigInt(msw) << 32n) | BigInt(lsw))) };
    }
  }
}
