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

export function objdumpListing(object: AssembledObject, objectName: string): string {
  const out: string[] = [`\n${objectName}:     file format elf64-powerpcle\n\n`];
  object.sections.forEach((section, index) => {
    if ((section.flags & SHF.EXECINSTR) === 0 || section.bytes.length === 0) return;
    out.push(`\nDisassembly of section ${section.name}:\n`);
    const symbols = symbolsOf(object, index);
    const starts = new Map<number, AssembledSymbol>();
    for (const s of symbols) if (!starts.has(Number(s.value)) && s.type !== 'section') starts.set(Number(s.value), s);
    const lookup = nearestSymbol(symbols.filter((s) => s.type !== 'section'));
    const relocs = object.relocations.filter((r) => r.section === index).sort((a, b) => a.offset - b.offset);
    let next = 0;
    const width = addressWidth(section.bytes.length);
    if (!starts.has(0)) out.push(`\n${'0'.padStart(16, '0')} <${section.name}>:\n`);
    for (let offset = 0; offset + 4 <= section.bytes.length;) {
      const header = starts.get(offset);
      if (header) out.push(`\n${offset.toString(16).padStart(16, '0')} <${header.name}>:\n`);
      const d = decodeAt(section.bytes, offset, BigInt(offset), { symbols: lookup });
      const bytes = Array.from(section.bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
      out.push(`${offset.toString(16).padStart(width)}:\t${bytes} \t${d.text}\n`);
      if (d.length === 8) {
        const second = Array.from(section.bytes.subarray(offset + 4, offset + 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
        out.push(`${(offset + 4).toString(16).padStart(width)}:\t${second}\n`);
      }
      while (next < relocs.length && relocs[next].offset < offset + d.length) {
        const r = relocs[next++];
        out.push(`\t\t\t${r.offset.toString(16)}: ${r.type}\t${relocationTarget(object, r.symbol, r.addend)}\n`);
      }
      offset += d.length;
    }
  });
  return out.join('');
}
