// Reads a little-endian ELF64 relocatable (GNU as output) and compares it with what Tocsin's
// assembler built: section contents and attributes, the symbol table in order, and every
// relocation. Used by the oracle scripts that run powerpc64le-linux-gnu-as beside `tocsin asm`.
import type { AssembledObject } from '../../server/src/model/assembler/index';

const RELOC_NAMES: Record<number, string> = {
  0: 'NONE', 1: 'ADDR32', 2: 'ADDR24', 3: 'ADDR16', 4: 'ADDR16_LO', 5: 'ADDR16_HI', 6: 'ADDR16_HA', 7: 'ADDR14',
  10: 'REL24', 11: 'REL14', 14: 'GOT16', 15: 'GOT16_LO', 16: 'GOT16_HI', 17: 'GOT16_HA', 26: 'REL32',
  38: 'ADDR64', 39: 'ADDR16_HIGHER', 40: 'ADDR16_HIGHERA', 41: 'ADDR16_HIGHEST', 42: 'ADDR16_HIGHESTA', 44: 'REL64',
  47: 'TOC16', 48: 'TOC16_LO', 49: 'TOC16_HI', 50: 'TOC16_HA', 51: 'TOC', 56: 'ADDR16_DS', 57: 'ADDR16_LO_DS',
  58: 'GOT16_DS', 59: 'GOT16_LO_DS', 63: 'TOC16_DS', 64: 'TOC16_LO_DS', 67: 'TLS', 68: 'DTPMOD64', 69: 'TPREL16',
  70: 'TPREL16_LO', 71: 'TPREL16_HI', 72: 'TPREL16_HA', 73: 'TPREL64', 74: 'DTPREL16', 75: 'DTPREL16_LO',
  76: 'DTPREL16_HI', 77: 'DTPREL16_HA', 78: 'DTPREL64', 79: 'GOT_TLSGD16', 80: 'GOT_TLSGD16_LO', 81: 'GOT_TLSGD16_HI',
  82: 'GOT_TLSGD16_HA', 83: 'GOT_TLSLD16', 84: 'GOT_TLSLD16_LO', 85: 'GOT_TLSLD16_HI', 86: 'GOT_TLSLD16_HA',
  87: 'GOT_TPREL16_DS', 88: 'GOT_TPREL16_LO_DS', 89: 'GOT_TPREL16_HI', 90: 'GOT_TPREL16_HA', 91: 'GOT_DTPREL16_DS',
  92: 'GOT_DTPREL16_LO_DS', 93: 'GOT_DTPREL16_HI', 94: 'GOT_DTPREL16_HA', 95: 'TPREL16_DS', 96: 'TPREL16_LO_DS',
  101: 'DTPREL16_DS', 102: 'DTPREL16_LO_DS', 110: 'ADDR16_HIGH', 111: 'ADDR16_HIGHA', 116: 'REL24_NOTOC', 117: 'ADDR64_LOCAL',
  132: 'PCREL34', 249: 'REL16', 250: 'REL16_LO', 251: 'REL16_HI', 252: 'REL16_HA',
};
const SYMBOL_TYPES = ['notype', 'object', 'func', 'section', 'file', 'common', 'tls', '7', '8', '9', 'ifunc'];
const BINDINGS = ['local', 'global', 'weak'];

export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  entsize: number;
  align: number;
  size: number;
  bytes: Uint8Array;
}

/** Comparable facts of one object, whoever built it. */
export interface ObjectFacts {
  sections: { name: string; type: number; flags: number; entsize: number; align: number; size: number; hex?: string }[];
  symbols: string[];
  relocations: string[];
}

export function readElfFacts(file: Uint8Array): ObjectFacts {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const shoff = Number(view.getBigUint64(0x28, true));
  const shnum = view.getUint16(0x3c, true);
  const shstrndx = view.getUint16(0x3e, true);
  const headers = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * 64;
    return {
      nameOffset: view.getUint32(at, true),
      type: view.getUint32(at + 4, true),
      flags: Number(view.getBigUint64(at + 8, true)),
      offset: Number(view.getBigUint64(at + 24, true)),
      size: Number(view.getBigUint64(at + 32, true)),
      link: view.getUint32(at + 40, true),
      info: view.getUint32(at + 44, true),
      align: Number(view.getBigUint64(at + 48, true)),
      entsize: Number(view.getBigUint64(at + 56, true)),
    };
  });
  const cstring = (table: number, offset: number) => {
    const start = headers[table].offset + offset;
    let end = start;
    while (file[end] !== 0) end++;
    return Buffer.from(file.subarray(start, end)).toString('latin1');
  };
  const names = headers.map((h) => cstring(shstrndx, h.nameOffset));
  const facts: ObjectFacts = { sections: [], symbols: [], relocations: [] };
  const symtab = headers.findIndex((h) => h.type === 2);
  const symbolNames: string[] = [];
  if (symtab >= 0) {
    const h = headers[symtab];
    for (let at = h.offset; at < h.offset + h.size; at += 24) {
      const nameOffset = view.getUint32(at, true);
      const info = file[at + 4];
      const other = file[at + 5];
      const shndx = view.getUint16(at + 6, true);
      const value = view.getBigUint64(at + 8, true);
      const size = view.getBigUint64(at + 16, true);
      const type = SYMBOL_TYPES[info & 15];
      const name = type === 'section' ? names[shndx] : cstring(h.link, nameOffset);
      symbolNames.push(name);
      const where = shndx === 0 ? 'UND' : shndx === 0xfff1 ? 'ABS' : shndx === 0xfff2 ? 'COM' : names[shndx];
      facts.symbols.push(symbolLine(name, value, size, type, BINDINGS[info >> 4] ?? String(info >> 4), other, where));
    }
  }
  headers.forEach((h, i) => {
    if (h.type === 4) {
      for (let at = h.offset; at < h.offset + h.size; at += 24) {
        const offset = view.getBigUint64(at, true);
        const info = view.getBigUint64(at + 8, true);
        const addend = view.getBigInt64(at + 16, true);
        const type = RELOC_NAMES[Number(info & 0xffffffffn)] ?? String(info & 0xffffffffn);
        facts.relocations.push(relocLine(names[h.info], offset, 'R_PPC64_' + type, symbolNames[Number(info >> 32n)] ?? '', addend));
      }
      return;
    }
    if (i === 0 || h.type === 2 || h.type === 3) return;
    facts.sections.push({
      name: names[i], type: h.type, flags: h.flags, entsize: h.entsize, align: h.align, size: h.size,
      hex: h.type === 8 ? undefined : Buffer.from(file.subarray(h.offset, h.offset + h.size)).toString('hex'),
    });
  });
  return facts;
}

export function assembledFacts(object: AssembledObject): ObjectFacts {
  return {
    sections: object.sections.map((s) => ({
      name: s.name, type: s.type, flags: s.flags, entsize: s.entsize, align: s.align, size: s.size,
      // The zeros past the stored bytes, as the file has them.
      hex: s.type === 8 ? undefined : Buffer.from(s.bytes).toString('hex') + '00'.repeat(s.size - s.bytes.length),
    })),
    symbols: object.symbols.map((s) => symbolLine(
      s.type === 'section' ? object.sections[s.section as number].name : s.name, s.value, s.size, s.type === 'gnu_unique' ? 'object' : s.type,
      s.binding, s.other, typeof s.section === 'number' ? object.sections[s.section].name : s.section === 'undefined' ? 'UND' : s.section === 'absolute' ? 'ABS' : 'COM')),
    relocations: object.relocations.map((r) => relocLine(object.sections[r.section].name, BigInt(r.offset), r.type,
      r.symbol ? (object.symbols[r.symbol].type === 'section' ? object.sections[object.symbols[r.symbol].section as number].name : object.symbols[r.symbol].name) : '', r.addend)),
  };
}

function symbolLine(name: string, value: bigint, size: bigint, type: string, binding: string, other: number, where: string): string {
  return `${name} value=0x${value.toString(16)} size=${size} ${type} ${binding} other=0x${other.toString(16)} ${where}`;
}

function relocLine(section: string, offset: bigint, type: string, symbol: string, addend: bigint): string {
  return `${section}+0x${offset.toString(16)} ${type} ${symbol}${addend < 0n ? '-' : '+'}0x${(addend < 0n ? -addend : addend).toString(16)}`;
}

/** Differences between two objects, as readable lines; empty when they are identical. */
export function compareFacts(expected: ObjectFacts, actual: ObjectFacts): string[] {
  const out: string[] = [];
  const byName = new Map(actual.sections.map((s) => [s.name, s]));
  for (const e of expected.sections) {
    const a = byName.get(e.name);
    if (!a) {
      out.push(`section ${e.name}: missing`);
      continue;
    }
    for (const key of ['type', 'flags', 'entsize', 'align', 'size'] as const) {
      if (e[key] !== a[key]) out.push(`section ${e.name}: ${key} ${a[key]}, GNU as ${e[key]}`);
    }
    if (e.hex !== a.hex && e.size === a.size) {
      const first = [...(e.hex ?? '')].findIndex((c, i) => c !== a.hex?.[i]);
      out.push(`section ${e.name}: bytes differ from offset 0x${Math.floor(first / 2).toString(16)}: ${a.hex?.slice(first - (first % 8), first - (first % 8) + 16)} vs GNU as ${e.hex?.slice(first - (first % 8), first - (first % 8) + 16)}`);
    }
  }
  for (const a of actual.sections) if (!expected.sections.some((e) => e.name === a.name)) out.push(`section ${a.name}: not made by GNU as`);
  const order = (name: string, e: string[], a: string[]) => {
    const n = Math.max(e.length, a.length);
    for (let i = 0; i < n; i++) if (e[i] !== a[i]) out.push(`${name} ${i}: ${a[i] ?? '(none)'} | GNU as: ${e[i] ?? '(none)'}`);
  };
  order('symbol', expected.symbols, actual.symbols);
  order('relocation', expected.relocations, actual.relocations);
  return out;
}
