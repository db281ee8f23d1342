// An ELF file as `objdump -d` (binutils 2.40) prints it, and with relocations as `objdump -dr`:
// every code section with contents, a `<symbol>:` header at each distinct symbol address, runs
// of zero bytes as `...`, relocations under the instruction they patch. The symbol objdump
// names an address by is its choice: the symbol table without section, file, undefined and
// common symbols, ordered at one address by compare_symbols (functions, objects, globals before
// locals, names without '.', then by name); in a relocatable file only symbols of the section
// at hand count (find_symbol_for_address). Text comes in chunks so that a whole vmlinux streams.
import { addressColumn, halvesDigits, type SymbolLookup } from '../isa/address';
import { decodeAt } from '../isa/disasm';
import {
  ET_REL, SHF_ALLOC, SHF_EXECINSTR, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_NOBITS, STB_GLOBAL, STB_LOCAL, STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION,
  RELOCATION_NUMBERS, elfSymbolName, relocationName, type ElfFile, type ElfRelocationEntry, type ElfSectionHeader,
} from './elf';
import { searchSorted } from './object';

export interface DisassemblyOptions {
  /** `-r`: relocations under their instructions. */
  relocations?: boolean;
  /** `--section`: only these sections. */
  sections?: string[];
  /** `--start-address` / `--stop-address`. */
  start?: bigint;
  stop?: bigint;
}

/** A symbol as objdump sorts it. */
interface SortedSymbol {
  name: string;
  value: bigint;
  section: string;
  rank: number;
}

const R_PPC64_ADDR64 = RELOCATION_NUMBERS.get('R_PPC64_ADDR64')!;
/** objdump's DEFAULT_SKIP_ZEROES and DEFAULT_SKIP_ZEROES_AT_END. */
const SKIP_ZEROES = 8;
const SKIP_ZEROES_AT_END = 3;

/** compare_symbols' preferences after the value, as one number (lower first). */
function rankOf(type: number, bind: number, name: string): number {
  const fileLike = name.length > 2 && name[name.length - 2] === '.' && (name.endsWith('o') || name.endsWith('a'));
  return (fileLike ? 32 : 0) + (type === STT_FUNC ? 0 : 16) + (type === STT_OBJECT ? 0 : 8)
    + (bind === STB_LOCAL ? 4 : 0) + (bind === STB_GLOBAL ? 0 : 2) + (name.startsWith('.') ? 1 : 0);
}

function sortedSymbols(elf: ElfFile): SortedSymbol[] {
  const out: SortedSymbol[] = [];
  for (const e of elf.symbols.slice(1)) {
    if (!e.name || e.type === STT_SECTION || e.type === STT_FILE || e.shndx === SHN_UNDEF || e.shndx === SHN_COMMON) continue;
    const section = e.shndx < elf.sections.length ? elf.sections[e.shndx].name : e.shndx === SHN_ABS ? '*ABS*' : '*ABS*';
    out.push({ name: elfSymbolName(elf, e), value: e.value, section, rank: rankOf(e.type, e.bind, e.name) });
  }
  out.push(...descriptorEntries(elf));
  return out.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}

/**
 * ELFv1: objdump's synthetic `.name` symbols at the code each `.opd` function descriptor points
 * to (ppc64_elf_get_synthetic_symtab): through the descriptor's relocation in a relocatable
 * file, through its first doubleword in a linked one.
 */
function descriptorEntries(elf: ElfFile): SortedSymbol[] {
  if (!elf.elfV1) return [];
  const opd = elf.sections.find((s) => s.name === '.opd' && s.type !== SHT_NOBITS);
  if (!opd) return [];
  const relocatable = elf.header.type === ET_REL;
  const relocs = relocatable ? elf.relocations.find((r) => r.appliesTo === opd.index)?.entries ?? [] : [];
  const out: SortedSymbol[] = [];
  for (const e of elf.symbols.slice(1)) {
    if (e.shndx !== opd.index || !e.name || e.type === STT_SECTION || e.type === STT_FILE) continue;
    const at = e.value - opd.addr;
    if (at < 0n || at + 8n > BigInt(opd.size)) continue;
    let value: bigint;
    let section: string | undefined;
    if (relocatable) {
      const r = relocs.find((x) => x.offset === at && x.type === R_PPC64_ADDR64);
      const target = r && elf.symbols[r.symbol];
      if (!r || !target || target.shndx >= elf.sections.length) continue;
      value = target.value + r.addend;
      section = elf.sections[target.shndx].name;
    } else {
      value = elf.header.view.getBigUint64(opd.offset + Number(at), !elf.header.bigEndian);
      section = elf.sections.find((s) => s.flags & SHF_ALLOC && value >= s.addr && value < s.addr + BigInt(s.size))?.name;
      if (!section) continue;
    }
    const name = `.${e.name}`;
    out.push({ name, value, section, rank: rankOf(e.type, e.bind, name) });
  }
  return out;
}

/** The last index whose value is at or below `vma`, moved back to the first of its value; 0 when none is. */
function placeOf(sorted: SortedSymbol[], vma: bigint): number {
  let place = Math.max(0, searchSorted(sorted, (s) => s.value, vma, 'past') - 1);
  while (place > 0 && sorted[place - 1].value === sorted[place].value) place--;
  return place;
}

/** find_symbol_for_address: the symbol objdump names `vma` by, or undefined. */
function findSymbol(sorted: SortedSymbol[], vma: bigint, section: string, wantSection: boolean): number | undefined {
  if (sorted.length === 0) return undefined;
  let place = placeOf(sorted, vma);
  const ok = (i: number) => !wantSection || sorted[i].section === section;
  // Of several at one value, one of this section first.
  for (let i = place; i < sorted.length && sorted[i].value === sorted[place].value; i++) if (sorted[i].section === section) return i;
  if (ok(place)) return place;
  let found: number | undefined;
  let min = place;
  while (min < sorted.length && sorted[min].value === sorted[place].value) min++;
  for (let i = place - 1; i >= 0; i--) {
    if (!ok(i)) continue;
    if (found !== undefined && sorted[i].value !== sorted[found].value) break;
    found = i;
  }
  if (found === undefined) for (let i = place + 1; i < sorted.length; i++) if (ok(i)) { found = i; break; }
  place = found ?? place;
  return ok(place) ? place : undefined;
}

function hexDigits(v: bigint): string {
  return v.toString(16);
}

/** `<sym>`, `<sym+0x10>`, `<sym-0x8>`, or the section when no symbol serves. */
function symbolText(sorted: SortedSymbol[], index: number | undefined, vma: bigint, section: ElfSectionHeader): string {
  if (index === undefined) {
    const delta = vma - section.addr;
    return section.name + (delta === 0n ? '' : delta < 0n ? `-0x${hexDigits(-delta)}` : `+0x${hexDigits(delta)}`);
  }
  const s = sorted[index];
  return s.name + (s.value === vma ? '' : s.value > vma ? `-0x${hexDigits(s.value - vma)}` : `+0x${hexDigits(vma - s.value)}`);
}

/** objdump's address column width for a section: its end address less leading zeros, in fours. */
function addressWidth(section: ElfSectionHeader): number {
  const end = BigInt.asUintN(64, section.addr + BigInt(section.size));
  const zeros = 16 - end.toString(16).length;
  if (zeros === 16 && section.addr !== 0n) return 16;
  return 16 - (zeros ? (zeros - 1) & ~3 : 0);
}

/** The relocation sections objdump shows for each section: the first that applies to it, in a relocatable file. */
function relocationsBySection(elf: ElfFile): Map<number, ElfRelocationEntry[]> {
  const out = new Map<number, ElfRelocationEntry[]>();
  if (elf.header.type !== ET_REL) return out;
  const symtab = elf.sections.findIndex((s) => s.type === 2);
  for (const r of elf.relocations) {
    if (out.has(r.appliesTo) || r.section.link !== symtab) continue;
    out.set(r.appliesTo, [...r.entries].sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0)));
  }
  return out;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The text of `objdump -d` (or `-dr`) for the file, in chunks. */
export function* disassembly(elf: ElfFile, path: string, options: DisassemblyOptions = {}): Generator<string> {
  const h = elf.header;
  const relocatable = h.type === ET_REL;
  const format = h.bigEndian ? 'elf64-powerpc' : 'elf64-powerpcle';
  yield `\n${path}:     file format ${format}\n\n`;
  const sorted = sortedSymbols(elf);
  const relocations = options.relocations ? relocationsBySection(elf) : new Map<number, ElfRelocationEntry[]>();
  const symbolName = (r: ElfRelocationEntry): string => {
    if (r.symbol === 0) return '*ABS*';
    const e = elf.symbols[r.symbol];
    const name = elfSymbolName(elf, e);
    return name || (e.shndx === SHN_ABS ? '*ABS*' : '*unknown*');
  };
  const inSomeSection = (vma: bigint) => elf.sections.some((s) => s.flags & SHF_ALLOC && vma >= s.addr && vma < s.addr + BigInt(s.size));

  for (const section of elf.sections) {
    if (!(section.flags & SHF_EXECINSTR) || section.type === SHT_NOBITS || section.size === 0) continue;
    if (options.sections && !options.sections.includes(section.name)) continue;
    const sectionEnd = section.addr + BigInt(section.size);
    if ((options.start !== undefined && options.start >= sectionEnd) || (options.stop !== undefined && options.stop <= section.addr)) continue;
    const bytes = elf.header.bytes.subarray(section.offset, section.offset + section.size);
    const startOffset = options.start !== undefined && options.start > section.addr ? Number(options.start - section.addr) : 0;
    const stopOffset = options.stop !== undefined && options.stop < sectionEnd ? Number(options.stop - section.addr) : section.size;
    yield `\nDisassembly of section ${section.name}:\n`;

    const width = addressWidth(section);
    const base = section.addr;
    const baseHi = Number(base >> 32n);
    const baseLo = Number(base & 0xffffffffn);
    const column = (offset: number): string => {
      const lo = baseLo + offset;
      const carry = lo >= 0x100000000 ? 1 : 0;
      return halvesDigits(baseHi + carry, lo - carry * 0x100000000).padStart(width, ' ');
    };
    const lookup: SymbolLookup | undefined = sorted.length === 0 ? undefined : (vma) => {
      const inThis = vma >= base && vma < sectionEnd;
      if (!relocatable && !inSomeSection(vma)) return '';
      const index = findSymbol(sorted, vma, section.name, relocatable && inThis);
      return symbolText(sorted, index, vma, section);
    };
    const relocs = relocations.get(section.index) ?? [];
    let nextReloc = 0;
    while (nextReloc < relocs.length && Number(relocs[nextReloc].offset) < startOffset) nextReloc++;
    const relocationLines = (below: number): string => {
      let out = '';
      while (nextReloc < relocs.length && Number(relocs[nextReloc].offset) < below) {
        const r = relocs[nextReloc++];
        const addend = r.addend === 0n ? '' : r.addend < 0n ? `-0x${hexDigits(-r.addend)}` : `+0x${hexDigits(r.addend)}`;
        out += `\t\t\t${hexDigits(base + r.offset)}: ${relocationName(r.type)}\t${symbolName(r)}${addend}\n`;
      }
      return out;
    };

    // The symbol for the first region, then one region per distinct symbol address in the section.
    let symbol = findSymbol(sorted, base + BigInt(startOffset), section.name, true);
    let offset = startOffset;
    while (offset < stopOffset) {
      const vma = base + BigInt(offset);
      let chunk = `\n${addressColumn(vma)} <${symbolText(sorted, symbol, vma, section)}>:\n`;
      let next: number | undefined;
      if (symbol !== undefined && sorted[symbol].value > vma) next = symbol;
      else if (symbol !== undefined) {
        let place = symbol;
        const value = sorted[symbol].value;
        while (place < sorted.length && !(sorted[place].section === section.name && sorted[place].value > value)) place++;
        next = place < sorted.length ? place : undefined;
      }
      let stop = next === undefined ? stopOffset : Number(sorted[next].value - base);
      if (stop > stopOffset || stop <= offset) stop = stopOffset;
      chunk += regionText(offset, stop);
      yield chunk;
      offset = stop;
      symbol = next;
    }

    function regionText(from: number, to: number): string {
      let out = '';
      let at = from;
      while (at < to) {
        // Runs of zeros: `...` (objdump's skip_zeroes), in whole words unless they end the region.
        let z = at;
        while (z < to && bytes[z] === 0) z++;
        const zeros = z - at;
        if (zeros >= SKIP_ZEROES || (z === to && zeros > 0 && zeros < SKIP_ZEROES_AT_END)) {
          if (z !== to) z = at + (zeros & ~3);
          out += '\t...\n';
          out += relocationLines(z);
          at = z;
          continue;
        }
        if (at + 4 > to) {
          // A tail shorter than a word: objdump shows its bytes alone.
          out += `${column(at)}:\t${Array.from(bytes.subarray(at, to), (b) => BYTE_HEX[b] + ' ').join('')}${'   '.repeat(4 - (to - at))}\n`;
          out += relocationLines(to);
          at = to;
          continue;
        }
        const d = decodeAt(bytes, at, base + BigInt(at), { bigEndian: h.bigEndian, symbols: lookup });
        const length = at + d.length <= to ? d.length : 4;
        const text = length === d.length ? d.text : decodeAt(bytes.subarray(0, at + 4), at, base + BigInt(at), { bigEndian: h.bigEndian, symbols: lookup }).text;
        out += `${column(at)}:\t${BYTE_HEX[bytes[at]]} ${BYTE_HEX[bytes[at + 1]]} ${BYTE_HEX[bytes[at + 2]]} ${BYTE_HEX[bytes[at + 3]]} \t${text}\n`;
        if (length === 8) out += `${column(at + 4)}:\t${BYTE_HEX[bytes[at + 4]]} ${BYTE_HEX[bytes[at + 5]]} ${BYTE_HEX[bytes[at + 6]]} ${BYTE_HEX[bytes[at + 7]]}\n`;
        out += relocationLines(at + length);
        at += length;
      }
      return out;
    }
  }
}
