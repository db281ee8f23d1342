// The scenario linker: places a kernel image, kernel modules and plain objects in memory,
// resolves symbols across them, applies relocations (ld's rules inside a TOC group, the module
// loader's rules for modules) and describes the result as a Program for the emulator.
import { resolve } from 'node:path';
import { isLinked, searchSorted, instructionsIn, storedBytes, type ObjectFile, type ObjectSymbol } from '../../model/object';
import type { Machine } from '../machine';
import { PAGE_SIZE } from '../memory';
import type { BugRecord, Program, ProgramFunction, SourceLine } from '../program';
import { layOut, PERMS, type Layout, type SectionPlace } from './layout';
import { kernelOffsets } from '../kernelOffsets';
import { FTRACE_TRAMPOLINES, isExternalCall, ModuleStubs, relocateInput, stubKey, type Placed, type RelocContext, type Stub } from './relocate';
import { SymbolTable } from './symbols';

export interface LinkInput {
  object: ObjectFile;
  role: 'kernel' | 'module' | 'object';
  name: string;
  /** Placement base; default: after the previous input, 64 KiB aligned. */
  address?: bigint;
}

export interface LinkDiagnostic {
  kind: string /* 'module-load' | 'undefined-symbol' | 'relocation' | 'multiple-definition' */;
  message: string;
  file: string;
  /** 1-based. */
  line?: number;
  address?: bigint;
  /** Default: error. */
  severity?: 'error' | 'warning';
}

export interface PlacedSection {
  input: number;
  name: string;
  address: bigint;
  /** The stored contents; the rest of `size` is zeros. */
  bytes: Uint8Array;
  size: number;
  /** PERM_R | PERM_W | PERM_X from emu/memory.ts. */
  perms: number;
}

export interface LinkedImage extends Program {
  sections: PlacedSection[];
  toc(input: number): bigint | undefined;
  stubs: Stub[];
}

const TOC_BIAS = 0x8000n;
/** ld aligns the TOC start down to 256 bytes before adding the bias. */
const LD_TOC_ALIGN = 256n;
const BUGFLAG_WARNING = 1;
const BUG_ENTRY_SIZE = 12;

export interface LinkOptions {
  /** asm-offsets overrides (PACATOC for the ftrace stubs); default: the prelude's 6.1 values. */
  offsets?: Record<string, number>;
}

export function link(inputs: LinkInput[], options: LinkOptions = {}): { image?: LinkedImage; diagnostics: LinkDiagnostic[] } {
  const diagnostics: LinkDiagnostic[] = [];
  // module_finalize_ftrace: every module gets stubs to ftrace's callers, where ftrace points
  // the module's profiling calls once tracing is on.
  const trampolines = FTRACE_TRAMPOLINES.filter((name) => inputs.some((input) => input.role === 'kernel'
    && input.object.symbols.some((sym) => sym.name === name && sym.section.kind === 'defined')));
  const stubCounts = new Map<number, number>();
  inputs.forEach((input, i) => {
    if (input.role !== 'module' || isLinked(input.object.kind)) return;
    const keys = new Set(input.object.relocations.filter((r) => isExternalCall(input, r)).map((r) => stubKey(r.symbolName!, r.addend)));
    for (const name of trampolines) keys.add(stubKey(name, 0n));
    stubCounts.set(i, keys.size);
  });
  const layout = layOut(inputs, stubCounts);
  const symbols = new SymbolTable(inputs, layout);
  for (const [first, second] of symbols.duplicates) {
    const s = second.symbol;
    diagnostics.push({
      kind: 'multiple-definition', message: `multiple definition of \`${s.name}'; ${inputs[first.input].object.name} has the first definition`,
      file: s.source.file, line: s.source.range.start.line + 1, address: second.address,
    });
  }

  const tocs = layout.groups.map((_, g) => groupToc(layout, symbols, g));
  const toc = (input: number) => (input >= 0 && input < inputs.length ? tocs[layout.groupOf[input]] : undefined);

  const contents: (Placed | undefined)[][] = layout.places.map((list, i) => list.map((place) => {
    if (!place) return undefined;
    const s = inputs[i].object.sections[place.section];
    // The stored bytes, and the zeros after them as far as a relocation writes into them.
    let length = s.bytes.length;
    for (const r of inputs[i].object.relocations) if (r.section === place.section && r.offset < s.size) length = Math.max(length, Math.min(r.offset + 8, s.size));
    return { place, bytes: storedBytes(s, 0, length) };
  }));
  const stubContents = new Map<number, Placed>();
  for (const [i, place] of layout.stubAreas) stubContents.set(i, { place, bytes: new Uint8Array(place.size) });

  const kernelInput = inputs.findIndex((input) => input.role === 'kernel');
  const ctx: RelocContext = {
    inputs, layout, symbols, contents, stubContents, toc, diagnostics, stubs: [],
    kernelToc: kernelInput >= 0 ? toc(kernelInput) : undefined, pacaToc: kernelOffsets(options.offsets).PACATOC,
  };
  inputs.forEach((input, i) => {
    if (isLinked(input.object.kind)) return;
    const stubs = new ModuleStubs(ctx, i);
    relocateInput(ctx, i, stubs);
    if (input.role !== 'module') return;
    for (const name of trampolines) {
      const target = symbols.lookup(kernelInput, name);
      const made = target && stubs.get(stubKey(name, 0n), target.address, name);
      if (typeof made === 'string') diagnostics.push({ kind: 'relocation', message: made, file: input.object.file });
    }
  });

  const placedOf = (place: SectionPlace) => (place.section < 0 ? stubContents.get(place.input)! : contents[place.input][place.section]!);
  const sections: PlacedSection[] = layout.order.map((place) => ({
    input: place.input, name: place.name, address: place.address, bytes: placedOf(place).bytes, size: place.size, perms: PERMS[place.cls],
  }));
  const failed = diagnostics.some((d) => d.severity !== 'warning');
  const image = buildImage(inputs, layout, symbols, sections, toc, ctx.stubs);
  return { image: failed ? undefined : image, diagnostics };
}

/**
 * A group's TOC base (r2). Kernel and `object` groups as ld: the first `.got`, else the first
 * `.toc`, else the first writable section, else the first section, aligned down to 256, plus
 * 0x8000. Modules as module_64.c: `.toc`, else `.got`, else the stub area, plus 0x8000 (the
 * loader falls back to its stub section so r2 is sane in a module without a TOC). Linked inputs:
 * their `.TOC.` symbol, else ld's rule.
 */
function groupToc(layout: Layout, symbols: SymbolTable, g: number): bigint | undefined {
  const group = layout.groups[g];
  const places = layout.order.filter((p) => group.inputs.includes(p.input));
  const named = (n: string) => places.find((p) => p.name === n);
  if (group.kind === 'module') {
    const base = named('.toc') ?? named('.got') ?? layout.stubAreas.get(group.inputs[0]);
    return base ? base.address + TOC_BIAS : undefined;
  }
  if (group.kind === 'linked') {
    const tocSymbol = symbols.defined[group.inputs[0]].find((r) => r.symbol.name === '.TOC.');
    if (tocSymbol) return tocSymbol.address;
  }
  const base = named('.got') ?? named('.toc') ?? places.find((p) => PERMS[p.cls] & 2) ?? places[0];
  if (!base) return undefined;
  return (base.address & ~(LD_TOC_ALIGN - 1n)) + TOC_BIAS;
}

function buildImage(
  inputs: LinkInput[], layout: Layout, symbols: SymbolTable, sections: PlacedSection[], toc: (input: number) => bigint | undefined, stubs: Stub[],
): LinkedImage {
  const functions: ProgramFunction[] = [];
  inputs.forEach((input, i) => {
    // A listing without a symbol table names functions only in its disassembly headers: untyped
    // symbols at the start of code count as functions there.
    const isFunction = (sym: ObjectSymbol): boolean => {
      if (sym.type !== undefined) return sym.type === 'func';
      const section = sym.section.kind === 'defined' && sym.section.index !== undefined ? input.object.sections[sym.section.index] : undefined;
      return section !== undefined && (section.exec ?? section.instructions.length > 0);
    };
    const defined = symbols.defined[i].filter((r) => isFunction(r.symbol) && r.symbol.section.kind === 'defined');
    const starts = [...new Set(symbols.defined[i].filter((r) => isFunction(r.symbol)).map((r) => r.address))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const r of defined) {
      const place = layout.places[i][(r.symbol.section as { index: number }).index]!;
      const sectionEnd = place.address + BigInt(place.size);
      let end: bigint;
      if (r.symbol.size) end = r.address + r.symbol.size;
      else {
        const next = starts.find((a) => a > r.address);
        end = next !== undefined && next < sectionEnd ? next : sectionEnd;
      }
      const le = r.symbol.localEntry ?? 0;
      functions.push({ name: r.symbol.name, address: r.address, end, localEntry: le > 1 ? le : 0, toc: toc(i), input: i });
    }
  });
  functions.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));

  const byAddress = sections.filter((s) => s.size > 0).sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const placeOfSection = new Map<PlacedSection, SectionPlace>(layout.order.map((p, k) => [sections[k], p]));
  const sectionAt = (address: bigint): PlacedSection | undefined => {
    const k = searchSorted(byAddress, (s) => s.address, address, 'past') - 1;
    const s = byAddress[k];
    return s && address < s.address + BigInt(s.size) ? s : undefined;
  };

  const sourceOf = (address: bigint): SourceLine | undefined => {
    const s = sectionAt(address);
    const place = s && placeOfSection.get(s);
    if (!place || place.section < 0) return undefined;
    const section = inputs[place.input].object.sections[place.section];
    const offset = Number(address - s.address);
    const insn = instructionsIn(section, Math.max(0, offset - 7), offset + 1).reverse().find((x) => x.offset + x.length > offset);
    return insn ? { file: insn.source.file, line: insn.source.range.start.line + 1 } : undefined;
  };

  let lineIndex: Map<string, bigint[]> | undefined;
  const lineKey = (file: string, line: number) => `${resolve(file)}:${line}`;
  const addressesOf = (file: string, line: number): bigint[] => {
    if (!lineIndex) {
      lineIndex = new Map();
      const add = (key: string, address: bigint) => {
        const list = lineIndex!.get(key);
        if (list) list.push(address);
        else lineIndex!.set(key, [address]);
      };
      for (const s of byAddress) {
        const place = placeOfSection.get(s);
        if (!place || place.section < 0) continue;
        const section = inputs[place.input].object.sections[place.section];
        for (const insn of section.instructions) {
          const address = s.address + BigInt(insn.offset);
          add(lineKey(insn.source.file, insn.source.range.start.line + 1), address);
          if (insn.spelled) add(lineKey(insn.spelled.file, insn.spelled.line + 1), address);
        }
      }
      for (const list of lineIndex.values()) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    return lineIndex.get(lineKey(file, line)) ?? [];
  };

  const readString = (address: bigint): string | undefined => {
    const s = sectionAt(address);
    if (!s) return undefined;
    const from = Number(address - s.address);
    let end = from;
    while (end < s.bytes.length && s.bytes[end] !== 0) end++;
    return new TextDecoder().decode(s.bytes.subarray(from, end));
  };

  const bugs = new Map<bigint, BugRecord>();
  sections.forEach((s, k) => {
    if (s.name !== '__bug_table') return;
    const be = inputs[layout.order[k].input].object.bigEndian;
    const view = new DataView(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength);
    for (let o = 0; o + BUG_ENTRY_SIZE <= s.bytes.length; o += BUG_ENTRY_SIZE) {
      // Both pointers are relative to their own field (`.4byte x - .`).
      const field = s.address + BigInt(o);
      const address = field + BigInt(view.getInt32(o, !be));
      const file = readString(field + 4n + BigInt(view.getInt32(o + 4, !be))) ?? '';
      bugs.set(address, { address, file, line: view.getUint16(o + 8, !be), warning: (view.getUint16(o + 10, !be) & BUGFLAG_WARNING) !== 0 });
    }
  });

  return {
    inputs: inputs.map((input) => ({ name: input.name, file: input.object.file, role: input.role })),
    functions,
    functionAt(address) {
      const k = searchSorted(functions, (f) => f.address, address, 'past') - 1;
      for (let j = k; j >= 0 && j > k - 4; j--) if (address < functions[j].end) return functions[j];
      return undefined;
    },
    symbol(name, input) {
      if (name === '.TOC.') return toc(input ?? Math.max(0, inputs.findIndex((x) => x.role === 'kernel')));
      return symbols.find(name, input)?.address;
    },
    sourceOf,
    addressesOf,
    bugs,
    sections,
    toc,
    stubs,
  };
}

/** Maps the placed sections as page-aligned regions (sections sharing a page share a region) and copies their bytes. */
export function loadImage(machine: Machine, image: LinkedImage): void {
  const page = BigInt(PAGE_SIZE);
  const sorted = image.sections.filter((s) => s.size > 0).sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const regions: { start: bigint; end: bigint; perms: number; names: string[] }[] = [];
  for (const s of sorted) {
    const start = s.address & ~(page - 1n);
    const end = (s.address + BigInt(s.size) + page - 1n) & ~(page - 1n);
    const name = `${image.inputs[s.input].name}:${s.name}`;
    const last = regions[regions.length - 1];
    if (last && start < last.end) {
      if (end > last.end) last.end = end;
      last.perms |= s.perms;
      if (!last.names.includes(name)) last.names.push(name);
    } else regions.push({ start, end, perms: s.perms, names: [name] });
  }
  for (const r of regions) machine.mem.map(r.names.join(','), r.start, r.end - r.start, r.perms);
  for (const s of sorted) machine.mem.poke(s.address, s.bytes);
}
