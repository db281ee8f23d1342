// The assembled object as `objdump -dr` prints an object file: each code section
// disassembled, a `<symbol>:` header where a symbol starts, and each relocation under the
// instruction it patches.
import { nearestSymbol } from '../../isa/address';
import { decodeAt } from '../../isa/disasm';
import type { AssembledObject, AssembledSymbol } from './layout';
import { SHF } from './sections';

/** objdump's order among symbols at one address: functions, objects, globals, then by name; section symbols last. */
function compareAtAddress(a: AssembledSymbol, b: AssembledSymbol): number {
  const keys = (s: AssembledSymbol) => [s.type === 'section' ? 1 : 0, s.type === 'func' ? 0 : 1, s.type === 'object' ? 0 : 1, s.binding === 'local' ? 1 : 0];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function symbolsOf(object: AssembledObject, section: number): AssembledSymbol[] {
  const list = object.symbols.filter((s) => s.section === section);
  return list.sort((a, b) => (a.value === b.value ? compareAtAddress(a, b) : a.value < b.value ? -1 : 1));
}

/** objdump's address column: the section's end address with leading zeros dropped in fours. */
function addressWidth(size: number): number {
  const zeros = 16 - size.toString(16).length;
  return 16 - (zeros ? (zeros - 1) & ~3 : 0);
}

function relocationTarget(object: AssembledObject, symbol: number, addend: bigint): string {
  const s = object.symbols[symbol];
  const name = symbol === 0 ? '*ABS*' : s.type === 'section' ? object.sections[s.section as number].name : s.name;
  if (addend === 0n) return name;
  return addend < 0n ? `${name}-0x${(-addend).toString(16)}` : `${name}+0x${addend.toString(16)}`;
}

/** objdump's DEFAULT_SKIP_ZEROES and DEFAULT_SKIP_ZEROES_AT_END. */
const SKIP_ZEROES = 8;
const SKIP_ZEROES_AT_END = 3;

export function objdumpListing(object: AssembledObject, objectName: string): string {
  return [...objdumpListingPieces(object, objectName)].join('');
}

/** The listing in pieces of a few thousand lines: a section of megabytes is printed as it is made. */
export function* objdumpListingPieces(object: AssembledObject, objectName: string): Generator<string> {
  let out: string[] = [`\n${objectName}:     file format elf64-powerpcle\n\n`];
  for (const [index, section] of object.sections.entries()) {
    if ((section.flags & SHF.EXECINSTR) === 0 || section.size === 0) continue;
    out.push(`\nDisassembly of section ${section.name}:\n`);
    const symbols = symbolsOf(object, index);
    const starts = new Map<number, AssembledSymbol>();
    for (const s of symbols) if (!starts.has(Number(s.value)) && s.type !== 'section') starts.set(Number(s.value), s);
    const lookup = nearestSymbol(symbols.filter((s) => s.type !== 'section'));
    const relocs = object.relocations.filter((r) => r.section === index).sort((a, b) => a.offset - b.offset);
    let next = 0;
    const printRelocations = (end: number) => {
      while (next < relocs.length && relocs[next].offset < end) {
        const r = relocs[next++];
        out.push(`\t\t\t${r.offset.toString(16)}: ${r.type}\t${relocationTarget(object, r.symbol, r.addend)}\n`);
      }
    };
    const { bytes, size } = section;
    // Known runs of zeros are passed in one step, not byte by byte.
    let run = 0;
    const zerosFrom = (at: number) => {
      while (run < section.zeroRuns.length && section.zeroRuns[run].offset + section.zeroRuns[run].length <= at) run++;
      const r = section.zeroRuns[run];
      return r && r.offset <= at ? r.offset + r.length : at;
    };
    const width = addressWidth(size);
    /** The bytes an instruction at `offset` is read from, and where in them: past the stored bytes, the section's zeros. */
    const window = (offset: number): [Uint8Array, number] => {
      const length = Math.min(8, size - offset);
      if (offset + length <= bytes.length) return length === 8 || offset + length === bytes.length ? [bytes, offset] : [bytes.subarray(0, offset + length), offset];
      return [paddedWindow(bytes, offset, length), 0];
    };
    if (!starts.has(0)) out.push(`\n${'0'.padStart(16, '0')} <${section.name}>:\n`);
    // objdump disassembles from one symbol to the next, eliding runs of zeros in each stretch.
    const boundaries = [...new Set([...starts.keys()].filter((a) => a > 0 && a < size))].sort((a, b) => a - b);
    boundaries.push(size);
    let offset = 0;
    for (const stop of boundaries) {
      while (offset < stop) {
        const header = starts.get(offset);
        if (header) out.push(`\n${offset.toString(16).padStart(16, '0')} <${header.name}>:\n`);
        let zero = offset;
        while (zero < stop && zero < bytes.length) {
          const past = zerosFrom(zero);
          if (past > zero) zero = past;
          else if (bytes[zero] === 0) zero++;
          else break;
        }
        zero = zero >= bytes.length ? stop : Math.min(zero, stop);
        let zeros = zero - offset;
        if (zeros >= SKIP_ZEROES || (zero === stop && zeros < SKIP_ZEROES_AT_END && zeros > 0)) {
          // Followed by more, zeros are skipped in whole words: one may start an instruction.
          if (zero !== stop) zeros &= ~3;
          out.push('\t...\n');
          offset += zeros;
          printRelocations(offset);
          continue;
        }
        if (offset + 4 > stop) break;
        const [code, at] = window(offset);
        const d = decodeAt(code, at, BigInt(offset), { symbols: lookup });
        out.push(`${offset.toString(16).padStart(width)}:\t${hexWord(code, at)} \t${d.text}\n`);
        if (d.length === 8) out.push(`${(offset + 4).toString(16).padStart(width)}:\t${hexWord(code, at + 4)}\n`);
        printRelocations(offset + d.length);
        offset += d.length;
        if (out.length >= PIECE_LINES) {
          yield out.join('');
          out = [];
        }
      }
      offset = Math.max(offset, stop);
    }
  }
  yield out.join('');
}

const PIECE_LINES = 4096;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Four bytes as objdump shows them: `00 00 00 60`. */
function hexWord(bytes: Uint8Array, at: number): string {
  return `${HEX[bytes[at]]} ${HEX[bytes[at + 1]]} ${HEX[bytes[at + 2]]} ${HEX[bytes[at + 3]]}`;
}

function paddedWindow(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (offset < bytes.length) out.set(bytes.subarray(offset, Math.min(offset + length, bytes.length)));
  return out;
}
