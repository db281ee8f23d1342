// The assembled object as the object model the analyses read: the same shape the listing
// loader builds from `objdump -dr` and `readelf -sW` text.
import { decodeLocalEntry, type InstructionSite, type ObjectFile, type ObjectSymbol, type SourceLocation, type SymbolSection } from '../object';
import type { Origin } from './diagnostics';
import type { AssembledObject } from './layout';
import { SHF, SHT } from './sections';

export function toObjectFile(
  path: string, assembled: AssembledObject, at: (origin: Origin | undefined) => SourceLocation,
  expanded: (origin: Origin) => Pick<InstructionSite, 'spelled' | 'expansion'> | undefined = () => undefined,
): ObjectFile {
  const fileStart = at(undefined);
  const sections = assembled.sections.map((s) => ({
    name: s.name,
    address: 0n,
    bytes: s.bytes,
    size: s.size,
    state: new Uint8Array(0),
    instructions: s.instructions.map((i) => {
      const source = at(i.origin);
      const macro = expanded(i.origin);
      return macro ? { offset: i.offset, length: i.length, source, ...macro } : { offset: i.offset, length: i.length, source };
    }),
    elided: [],
    source: at(s.origin),
    align: s.align,
    alloc: (s.flags & SHF.ALLOC) !== 0,
    write: (s.flags & SHF.WRITE) !== 0,
    exec: (s.flags & SHF.EXECINSTR) !== 0,
    nobits: s.type === SHT.NOBITS,
  }));
  const symbols: ObjectSymbol[] = assembled.symbols.slice(1).map((s) => {
    let section: SymbolSection;
    if (typeof s.section === 'number') {
      section = { kind: 'defined', index: s.section, name: assembled.sections[s.section].name, elfIndex: assembled.sections[s.section].elfIndex };
    } else {
      section = { kind: s.section };
    }
    const source = s.origin ? at(s.origin) : fileStart;
    return {
      name: s.name,
      value: s.value,
      size: s.size,
      type: s.type === 'tls' ? 'tls' : s.type === 'gnu_unique' ? 'object' : s.type,
      binding: s.binding,
      visibility: s.visibility,
      section,
      other: s.other,
      localEntry: decodeLocalEntry(s.other),
      source,
      tableSource: source,
    };
  });
  const relocations = assembled.relocations.map((r) => ({
    section: r.section,
    offset: r.offset,
    type: r.type,
    symbolName: r.symbol ? assembled.symbols[r.symbol].name : undefined,
    addend: r.addend,
    source: at(r.origin),
  }));
  return { file: path, name: path.replace(/\.(S|s|sx|asm)$/, '.o'), kind: 'relocatable', bigEndian: false, sections, symbols, relocations, source: fileStart };
}
