// After the input: addresses for every frag (alignment, `.org`, late `.space` and LEB128 sizes),
// then each fixup either resolved into its bytes or turned into an ELF relocation exactly as
// GNU as decides (PC-relative within a section is resolved; local symbols are replaced by their
// section symbol plus an addend where the relocation allows it), then the symbol table.
import { NOP } from '../../isa/words';
import type { Assembler, Fixup } from './assembler';
import { writeLittleEndian } from './assembler';
import type { Origin } from './diagnostics';
import { encodeLeb } from './directives';
import { addressOf, Evaluator, isConstant, sectionOf, type Value } from './evaluate';
import { ExpressionError } from './expression';
import { pcrelForm, partOf, RELOCS, storeField } from '../../isa/relocations';
import { MAX_SECTION_BYTES, SHF, storesBytes, type Frag, type Section } from './sections';
import type { AsmSymbol } from './symbols';

export interface AssembledSection {
  name: string;
  type: number;
  flags: number;
  entsize: number;
  /** Alignment in bytes. */
  align: number;
  /**
   * Contents up to the last byte that is not an implicit zero; the rest of `size` is zeros
   * (a `.org`, `.skip` or `.fill` of zeros at the end; all of a NOBITS section).
   */
  bytes: Uint8Array;
  size: number;
  /** Runs of zeros inside `bytes` that no byte was stored for (a `.skip` before more code). */
  zeroRuns: { offset: number; length: number }[];
  elfIndex: number;
  instructions: { offset: number; length: number; origin: Origin }[];
  origin: Origin;
}

export interface AssembledSymbol {
  name: string;
  value: bigint;
  size: bigint;
  type: 'notype' | 'func' | 'object' | 'section' | 'tls' | 'ifunc' | 'gnu_unique';
  binding: 'local' | 'global' | 'weak';
  visibility: 'default' | 'hidden' | 'protected' | 'internal';
  /** st_other: visibility and the ELFv2 local-entry bits. */
  other: number;
  /** Index into the sections, or where an undefined/absolute/common symbol lives. */
  section: number | 'undefined' | 'absolute' | 'common';
  origin?: Origin;
}

export interface AssembledRelocation {
  section: number;
  offset: number;
  /** `R_PPC64_...` */
  type: string;
  /** Index into the symbol table (0 for none, e.g. R_PPC64_TOC against the TOC base). */
  symbol: number;
  addend: bigint;
  origin: Origin;
}

export interface AssembledObject {
  sections: AssembledSection[];
  /** ELF order: the null symbol first, then locals, then globals. */
  symbols: AssembledSymbol[];
  relocations: AssembledRelocation[];
  abiVersion: number;
}

const GROUP_ENDING_NOP = 0x60420000;
const BRANCH_RELOCS = new Set(['REL24', 'REL24_NOTOC', 'REL14', 'ADDR24', 'ADDR14']);

export function finish(asm: Assembler): AssembledObject {
  const final = new Evaluator('final');
  for (const section of asm.sections) layOut(asm, section, final);
  // .eh_frame follows the code it describes: its advances are distances between code addresses.
  const callFrames = asm.callFrames.emit();
  if (callFrames) layOut(asm, callFrames, final);
  for (const [label, symbol] of asm.localLabels.undefinedReferences()) {
    asm.report('error', 'undefined-local-label', `local label "${label}" is referenced but not defined after it`, symbol.origin);
  }
  const pending: PendingReloc[] = [];
  for (const fixup of asm.fixups) {
    try {
      const r = resolveFixup(fixup, final);
      if (r) pending.push(r);
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      asm.report('error', 'fixup', err.message, fixup.origin);
    }
  }
  for (const r of asm.explicitRelocs) {
    try {
      pending.push(explicitReloc(r, final));
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      asm.report('error', 'fixup', err.message, r.origin);
    }
  }
  checkInstructionAlignment(asm);
  asm.reportRepeats();
  return buildObject(asm, pending, final);
}

// ---- layout ----

function layOut(asm: Assembler, section: Section, final: Evaluator): void {
  const frags = [...section.allFrags()];
  // Sizes depend on addresses and addresses on sizes: repeat until nothing moves.
  for (let pass = 0; pass < 20; pass++) {
    let address = 0;
    let changed = false;
    for (const frag of frags) {
      if (frag.address !== address) changed = true;
      frag.address = address;
      const size = variableSize(asm, frag, address + frag.length, final, pass === 19);
      if (size !== frag.variableSize) {
        changed = true;
        frag.variableSize = size;
      }
      address += frag.length + size;
    }
    section.size = address;
    if (!changed) break;
  }
  for (const frag of frags) fillVariable(asm, frag, final);
}

function variableSize(asm: Assembler, frag: Frag, at: number, final: Evaluator, report: boolean): number {
  const v = frag.variable;
  if (!v) return 0;
  const fail = (message: string) => {
    if (report) asm.report('error', 'layout', message, frag.origin);
    return 0;
  };
  try {
    switch (v.kind) {
      case 'align': {
        const pad = (-at) & ((1 << v.power) - 1);
        return v.max && pad > v.max ? 0 : pad;
      }
      case 'org': {
        const target = final.evaluate(v.target);
        let offset: bigint;
        if (isConstant(target)) offset = target.offset;
        else if (target.add && !target.sub && sectionOf(target.add) === frag.section) offset = BigInt(addressOf(target.add)) + target.offset;
        else return fail(`.org target is not in section ${frag.section.name}`);
        const size = Number(offset) - at;
        return size < 0 ? fail(`attempt to move .org backwards (to 0x${offset.toString(16)} from 0x${at.toString(16)})`) : size;
      }
      case 'space': {
        const count = final.evaluate(v.count);
        if (!isConstant(count)) return fail('.space size is not a constant');
        return count.offset < 0n ? fail('.space size is negative') : Number(count.offset);
      }
      case 'fill':
        return v.size;
      case 'leb128': {
        const value = final.evaluate(v.value);
        if (!isConstant(value)) return fail('.uleb128/.sleb128 value is not a constant');
        return encodeLeb(value.offset, v.signed).length;
      }
    }
  } catch (err) {
    if (err instanceof ExpressionError) return fail(err.message);
    throw err;
  }
}

function fillVariable(asm: Assembler, frag: Frag, final: Evaluator): void {
  const v = frag.variable;
  const size = frag.variableSize;
  if (!v || size === 0) return;
  // Runs of zeros keep no bytes: only what is not zero is stored.
  if (v.kind === 'fill' || ((v.kind === 'org' || v.kind === 'space') && v.fill === 0) || (v.kind === 'align' && v.fill?.value === 0n)) return;
  if (size > MAX_SECTION_BYTES) {
    asm.report('error', 'layout', `${size} bytes of fill: more than ${MAX_SECTION_BYTES} bytes of contents are not modelled (runs of zeros are)`, frag.origin);
    return;
  }
  const out = (frag.variableBytes = new Uint8Array(size));
  if (v.kind === 'align' && !v.fill) {
    fillCodePadding(out, frag.groupNop);
  } else if (v.kind === 'align' && v.fill) {
    for (let i = 0; i + v.fill.size <= out.length; i += v.fill.size) writeLittleEndian(out, i, v.fill.size, v.fill.value);
  } else if (v.kind === 'org' || v.kind === 'space') {
    out.fill(v.fill);
  } else if (v.kind === 'leb128') {
    out.set(encodeLeb(final.evaluate(v.value).offset, v.signed));
  }
  if (frag.section.isNobits && out.some((b) => b !== 0)) asm.report('error', 'nobits-data', `non-zero fill in section ${frag.section.name}`, frag.origin);
}

/** Code padding as ppc_handle_align writes it: nops, a branch over long runs, a group-ending last nop. */
function fillCodePadding(out: Uint8Array, groupNop: boolean): void {
  let count = out.length;
  if (count % 4 !== 0) return;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = 0;
  if (count > 16 && count < 0x2000000) {
    view.setUint32(0, 0x48000000 + count, true);
    at = 4;
    count -= 4;
  }
  for (let i = at; i < out.length; i += 4) view.setUint32(i, NOP, true);
  if (groupNop) view.setUint32(out.length - 4, GROUP_ENDING_NOP, true);
}

function checkInstructionAlignment(asm: Assembler): void {
  for (const section of asm.sections) {
    for (const frag of section.allFrags()) {
      for (const insn of frag.instructions) {
        if (!insn.data && (frag.address + insn.offset) % 4 !== 0) asm.report('error', 'misaligned-instruction', 'instruction address is not a multiple of 4', insn.origin);
      }
    }
  }
}

// ---- fixups ----

interface PendingReloc {
  frag: Frag;
  where: number;
  type: string;
  symbol?: AsmSymbol;
  addend: bigint;
  origin: Origin;
}

/** GNU as leaves these to the linker even within one section: preemptible or local-entry targets. */
function forcesRelocation(symbol: AsmSymbol, reloc: string): boolean {
  if (symbol.binding !== 'local') return true;
  return BRANCH_RELOCS.has(reloc) && symbol.localEntry !== 0;
}

function resolveFixup(fixup: Fixup, final: Evaluator): PendingReloc | undefined {
  const here = fixup.frag.address + fixup.where;
  let value: Value = final.evaluate(fixup.expr);
  value = { ...value, offset: value.offset + fixup.addend };
  if (value.register) throw new ExpressionError('a register is not a value here');
  let reloc = fixup.reloc;
  let pcrel = fixup.pcrel;
  if (value.sub) {
    const subSection = sectionOf(value.sub);
    if (subSection !== fixup.frag.section || value.sub.definition?.kind !== 'label') {
      throw new ExpressionError(`can't resolve ${value.add?.name ?? '0'} - ${value.sub.name}: the subtracted symbol is not in section ${fixup.frag.section.name}`);
    }
    const converted = pcrelForm(reloc);
    if (!converted) throw new ExpressionError(`relocation ${reloc} cannot be PC-relative (${value.add?.name ?? ''} - ${value.sub.name})`);
    value = { add: value.add, offset: value.offset + BigInt(here - addressOf(value.sub)) };
    reloc = converted;
    pcrel = true;
  }
  const info = RELOCS[reloc];
  if (!info) throw new ExpressionError(`unsupported relocation ${reloc}`);
  const store = (v: bigint) => {
    const problem = storeField(fixup.frag.bytes, fixup.where, info.field, partOf(info.part, v), fixup.signedHalf);
    if (problem) throw new ExpressionError(problem);
  };
  const symbol = value.add;
  if (reloc === 'TOC') {
    // `.TOC.@tocbase` is always left to the linker.
    return { frag: fixup.frag, where: fixup.where, type: reloc, symbol: symbol?.name === '.TOC.' ? undefined : symbol, addend: value.offset, origin: fixup.origin };
  }
  if (!symbol) {
    // A constant (a difference resolved within one section, or a late constant).
    store(pcrel && info.field.startsWith('b') ? value.offset - BigInt(here) : value.offset);
    return undefined;
  }
  if (pcrel && sectionOf(symbol) === fixup.frag.section && symbol.definition?.kind === 'label' && !forcesRelocation(symbol, reloc)) {
    store(BigInt(addressOf(symbol)) + value.offset - BigInt(here));
    return undefined;
  }
  if (info.tls && !symbol.type) symbol.type = 'tls';
  return { frag: fixup.frag, where: fixup.where, type: reloc, symbol, addend: value.offset, origin: fixup.origin };
}

function explicitReloc(r: Assembler['explicitRelocs'][number], final: Evaluator): PendingReloc {
  const offset = final.evaluate(r.offsetExpr);
  let where: number;
  if (isConstant(offset)) where = Number(offset.offset) - r.frag.address;
  else if (offset.add && sectionOf(offset.add) === r.frag.section && !offset.sub) where = addressOf(offset.add) + Number(offset.offset) - r.frag.address;
  else throw new ExpressionError('.reloc offset is not in the current section');
  const value = r.expr ? final.evaluate(r.expr) : { offset: 0n };
  if (value.sub) throw new ExpressionError('.reloc expression must be a symbol plus a constant');
  return { frag: r.frag, where, type: r.type, symbol: value.add, addend: value.offset, origin: r.origin };
}

// ---- the object ----

function adjustable(symbol: AsmSymbol, reloc: string, addend: bigint): boolean {
  if (symbol.sectionOf || symbol.definition?.kind !== 'label') return false;
  if (symbol.binding !== 'local' || RELOCS[reloc]?.keepSymbol) return false;
  // In a mergeable section only the symbol itself can say which piece is meant.
  if ((symbol.definition.frag.section.flags & SHF.MERGE) !== 0 && addend !== 0n) return false;
  return !(BRANCH_RELOCS.has(reloc) && symbol.localEntry !== 0);
}

function buildObject(asm: Assembler, pending: PendingReloc[], final: Evaluator): AssembledObject {
  // Relocations against local symbols move to the section symbol.
  const relocs = pending.map((r) => {
    if (r.symbol && adjustable(r.symbol, r.type, r.addend)) {
      return { ...r, addend: r.addend + BigInt(addressOf(r.symbol)), symbol: sectionOf(r.symbol)!.symbol };
    }
    return r;
  });
  for (const r of relocs) if (r.symbol) r.symbol.usedInReloc = true;

  // Section indexes: each section, followed by its .rela section when it has relocations.
  const relocSections = new Set(relocs.map((r) => r.frag.section));
  let index = 1;
  for (const section of asm.sections) {
    section.elfIndex = index++;
    if (relocSections.has(section)) index++;
  }
  const sections: AssembledSection[] = asm.sections.map((s) => sectionContents(asm, s));

  const emitted = new Map<AsmSymbol, number>();
  const locals: AssembledSymbol[] = [];
  const globals: AssembledSymbol[] = [];
  const globalSymbols: AsmSymbol[] = [];
  const localSymbols: AsmSymbol[] = [];
  for (const symbol of asm.symbols.ordered) {
    const out = symbolEntry(asm, symbol, final);
    if (!out) continue;
    (out.binding === 'local' ? locals : globals).push(out);
    (out.binding === 'local' ? localSymbols : globalSymbols).push(symbol);
  }
  // Internal symbols a relocation still needs (a `.L` branch target with a local entry).
  for (const r of relocs) {
    if (r.symbol && r.symbol.isAssemblerLocal && !localSymbols.includes(r.symbol)) {
      const out = symbolEntry(asm, r.symbol, final, true);
      if (out) {
        locals.push(out);
        localSymbols.push(r.symbol);
      }
    }
  }
  [...localSymbols, ...globalSymbols].forEach((s, i) => emitted.set(s, i + 1));
  const symbols: AssembledSymbol[] = [
    { name: '', value: 0n, size: 0n, type: 'notype', binding: 'local', visibility: 'default', other: 0, section: 'undefined' },
    ...locals,
    ...globals,
  ];

  const sectionIndex = new Map(asm.sections.map((s, i) => [s, i]));
  const ordered = relocs
    .map((r, sequence) => ({ r, sequence }))
    .sort((a, b) => sectionIndex.get(a.r.frag.section)! - sectionIndex.get(b.r.frag.section)! || a.r.frag.subsection - b.r.frag.subsection || a.sequence - b.sequence);
  const relocations: AssembledRelocation[] = ordered.map(({ r }) => ({
    section: sectionIndex.get(r.frag.section)!,
    offset: r.frag.address + r.where,
    type: 'R_PPC64_' + r.type,
    symbol: r.symbol ? emitted.get(r.symbol) ?? 0 : 0,
    addend: r.addend,
    origin: r.origin,
  }));
  return { sections, symbols, relocations, abiVersion: asm.abiVersion };
}

function sectionContents(asm: Assembler, section: Section): AssembledSection {
  let stored = 0;
  if (!section.isNobits) {
    for (const frag of section.allFrags()) {
      if (frag.length) stored = frag.address + frag.length;
      if (frag.variableBytes.length || storesBytes(frag.variable)) stored = frag.address + frag.length + frag.variableSize;
    }
  }
  if (stored > MAX_SECTION_BYTES) {
    asm.report('error', 'layout', `section ${section.name}: contents reach offset 0x${stored.toString(16)} past runs of zeros; more than ${MAX_SECTION_BYTES} bytes of contents are not modelled`, section.origin);
    stored = 0;
  }
  const bytes = new Uint8Array(stored);
  const instructions: AssembledSection['instructions'] = [];
  const zeroRuns: AssembledSection['zeroRuns'] = [];
  for (const frag of section.allFrags()) {
    if (frag.address < stored) {
      bytes.set(frag.bytes.subarray(0, frag.length), frag.address);
      bytes.set(frag.variableBytes, frag.address + frag.length);
      const at = frag.address + frag.length;
      const v = frag.variable;
      if (v?.kind === 'fill' && storesBytes(v)) writePattern(bytes.subarray(at, at + frag.variableSize), v.unit);
      else if (frag.variableSize > 0 && frag.variableBytes.length === 0 && at < stored) zeroRuns.push({ offset: at, length: Math.min(frag.variableSize, stored - at) });
    }
    for (const i of frag.instructions) {
      const offset = frag.address + i.offset;
      if (!i.data || offset % 4 === 0) instructions.push({ offset, length: i.length, origin: i.origin });
    }
  }
  return {
    name: section.name,
    type: section.type,
    flags: section.flags,
    entsize: section.entsize,
    align: 1 << section.alignPower,
    bytes,
    size: section.size,
    zeroRuns,
    elfIndex: section.elfIndex,
    instructions,
    origin: section.origin,
  };
}

/** `unit` repeated over `out`, doubled in place: a fill of megabytes is a few copies. */
function writePattern(out: Uint8Array, unit: Uint8Array): void {
  out.set(unit.subarray(0, Math.min(unit.length, out.length)), 0);
  for (let have = unit.length; have < out.length; have *= 2) out.copyWithin(have, 0, Math.min(have, out.length - have));
}

/** A symbol as the ELF symbol table shows it, or undefined when GNU as leaves it out. */
function symbolEntry(asm: Assembler, symbol: AsmSymbol, final: Evaluator, neededByReloc = false): AssembledSymbol | undefined {
  const other = visibilityBits(symbol.visibility) | symbol.localEntry;
  const base = { name: symbol.name, visibility: symbol.visibility, other, origin: symbol.origin };
  if (symbol.sectionOf) {
    return { ...base, value: 0n, size: 0n, type: 'section', binding: 'local', section: asm.sections.indexOf(symbol.sectionOf) };
  }
  if (symbol.isAssemblerLocal && !neededByReloc) return undefined;
  const size = symbolSize(asm, symbol, final);
  const type = symbol.type === undefined ? 'notype' : symbol.type;
  const d = symbol.definition;
  let value = 0n;
  let section: AssembledSymbol['section'] = 'undefined';
  if (d?.kind === 'label') {
    value = BigInt(addressOf(symbol));
    section = asm.sections.indexOf(d.frag.section);
  } else if (d?.kind === 'absolute') {
    // st_value is unsigned: -4 is 0xfffffffffffffffc.
    value = BigInt.asUintN(64, d.value);
    section = 'absolute';
  } else if (d?.kind === 'equated') {
    let v: Value;
    try {
      v = final.evaluate(d.expr);
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      asm.report('error', 'symbol', `symbol '${symbol.name}': ${err.message}`, symbol.origin);
      return undefined;
    }
    if (isConstant(v)) {
      value = BigInt.asUintN(64, v.offset);
      section = 'absolute';
    } else if (v.add && !v.sub && v.add.definition?.kind === 'label') {
      value = BigInt(addressOf(v.add)) + v.offset;
      section = asm.sections.indexOf(sectionOf(v.add)!);
    } else {
      // Equated to an undefined symbol: references went to that symbol; this one is not written.
      return undefined;
    }
  } else if (d?.kind === 'common') {
    return { ...base, value: d.align, size: d.size, type: type === 'notype' ? 'object' : type, binding: 'global', section: 'common' };
  } else if ((symbol.binding === 'weak' && !symbol.referenced || symbol.name === '.TOC.') && !symbol.usedInReloc) {
    // An unused weak declaration, and `.TOC.` in `.TOC.@tocbase` only, are not written.
    return undefined;
  }
  const binding = section === 'undefined' && symbol.binding === 'local' && !symbol.explicitLocal ? 'global' : symbol.binding;
  return { ...base, value, size, type, binding, section };
}

function symbolSize(asm: Assembler, symbol: AsmSymbol, final: Evaluator): bigint {
  if (!symbol.size) return 0n;
  try {
    const v = final.evaluate(symbol.size);
    if (isConstant(v)) return v.offset;
    asm.report('error', 'symbol', `.size expression for ${symbol.name} does not evaluate to a constant`, symbol.origin);
  } catch (err) {
    if (!(err instanceof ExpressionError)) throw err;
    asm.report('error', 'symbol', `.size of ${symbol.name}: ${err.message}`, symbol.origin);
  }
  return 0n;
}

function visibilityBits(v: AsmSymbol['visibility']): number {
  return { default: 0, internal: 1, hidden: 2, protected: 3 }[v];
}
