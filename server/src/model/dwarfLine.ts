// Source lines from `.debug_line` (DWARF 2 to 5), so that a finding in an ELF file can name
// the `file:line` the compiler noted for the instruction. In relocatable files the addresses
// (DW_LNE_set_address) and DWARF 5's string offsets are relocations, applied here.
import { ET_REL, type ElfFile, type ElfRelocationEntry } from './elf';
import { searchSorted } from './object';

export interface SourceLine {
  file: string;
  /** 1-based; column 0 when the table gives none. */
  line: number;
  column: number;
}

interface Row {
  offset: bigint;
  file: string;
  line: number;
  column: number;
  /** The first address past a sequence: no line. */
  end: boolean;
}

/** Where an instruction's source line is, by ELF section index and offset in that section. */
export type LineLookup = (section: number, offset: bigint) => SourceLine | undefined;

class Reader {
  constructor(private readonly view: DataView, public at: number, private readonly le: boolean) {}
  u8(): number { return this.view.getUint8(this.at++); }
  i8(): number { return this.view.getInt8(this.at++); }
  u16(): number { const v = this.view.getUint16(this.at, this.le); this.at += 2; return v; }
  u32(): number { const v = this.view.getUint32(this.at, this.le); this.at += 4; return v; }
  u64(): bigint { const v = this.view.getBigUint64(this.at, this.le); this.at += 8; return v; }
  uleb(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      if (shift < 53) result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  }
  sleb(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.u8();
      if (shift < 53) result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return b & 0x40 && shift < 53 ? result - 2 ** shift : result;
  }
  cstring(bytes: Uint8Array): string {
    const start = this.at;
    while (bytes[this.at] !== 0) this.at++;
    return new TextDecoder().decode(bytes.subarray(start, this.at++));
  }
}

const DW_FORM = { block: 0x09, data1: 0x0b, data2: 0x05, data4: 0x06, data8: 0x07, data16: 0x1e, string: 0x08, strp: 0x0e, udata: 0x0f, line_strp: 0x1f };
const DW_LNCT_path = 1;
const DW_LNCT_directory_index = 2;

/** The line table of the file, or undefined when it has none (or one this reader cannot follow). */
export function readLineTable(elf: ElfFile): LineLookup | undefined {
  const section = elf.sections.find((s) => s.name === '.debug_line' && s.type !== 8);
  if (!section) return undefined;
  try {
    return parse(elf, section.index);
  } catch {
    return undefined; // a damaged or unusual table costs the lines, not the check
  }
}

function parse(elf: ElfFile, index: number): LineLookup {
  const h = elf.header;
  const le = !h.bigEndian;
  const debugLine = elf.sections[index];
  const relocatable = h.type === ET_REL;
  // r_offset in .debug_line → the relocation that fills it.
  const relocations = new Map<number, ElfRelocationEntry>();
  if (relocatable) for (const r of elf.relocations.find((x) => x.appliesTo === index)?.entries ?? []) relocations.set(Number(r.offset), r);
  const strings = (name: string) => elf.sections.find((s) => s.name === name);
  const lineStr = strings('.debug_line_str');
  const str = strings('.debug_str');
  const readString = (table: typeof lineStr, offset: number) => {
    if (!table || offset >= table.size) return '';
    const r = new Reader(h.view, table.offset + offset, le);
    return r.cstring(h.bytes);
  };
  /** A relocated value at `at`: the symbol's value and addend, and the section it is in. */
  const relocated = (at: number, stored: bigint): { value: bigint; section?: number } => {
    const r = relocations.get(at - debugLine.offset);
    if (!r) return { value: stored };
    const sym = elf.symbols[r.symbol];
    return { value: (sym?.value ?? 0n) + r.addend, section: sym && sym.shndx < elf.sections.length ? sym.shndx : undefined };
  };

  const rows = new Map<number, Row[]>();
  const r = new Reader(h.view, debugLine.offset, le);
  const end = debugLine.offset + debugLine.size;
  while (r.at + 4 <= end) {
    let length = r.u32();
    let offsetSize = 4;
    if (length === 0xffffffff) {
      length = Number(r.u64());
      offsetSize = 8;
    }
    const unitEnd = r.at + length;
    if (unitEnd > end) break;
    const version = r.u16();
    let addressSize = 8;
    if (version >= 5) {
      addressSize = r.u8();
      r.u8(); // segment selector size
    }
    const headerLength = offsetSize === 8 ? Number(r.u64()) : r.u32();
    const programStart = r.at + headerLength;
    const minInstruction = r.u8();
    if (version >= 4) r.u8(); // maximum operations per instruction (VLIW only)
    const defaultIsStmt = r.u8();
    void defaultIsStmt;
    const lineBase = r.i8();
    const lineRange = r.u8();
    const opcodeBase = r.u8();
    const standardLengths = Array.from({ length: opcodeBase - 1 }, () => r.u8());
    const directories: string[] = [];
    const files: string[] = [];
    const readForm = (form: number): { text?: string; number?: number } => {
      switch (form) {
        case DW_FORM.string: return { text: r.cstring(h.bytes) };
        case DW_FORM.line_strp:
        case DW_FORM.strp: {
          const at = r.at;
          const stored = offsetSize === 8 ? r.u64() : BigInt(r.u32());
          return { text: readString(form === DW_FORM.line_strp ? lineStr : str, Number(relocated(at, stored).value)) };
        }
        case DW_FORM.udata: return { number: r.uleb() };
        case DW_FORM.data1: return { number: r.u8() };
        case DW_FORM.data2: return { number: r.u16() };
        case DW_FORM.data4: return { number: r.u32() };
        case DW_FORM.data8: r.at += 8; return {};
        case DW_FORM.data16: r.at += 16; return {};
        case DW_FORM.block: r.at += r.uleb(); return {};
        default: throw new Error(`DW_FORM ${form}`);
      }
    };
    const join = (dir: string | undefined, name: string) => (!dir || name.startsWith('/') ? name : `${dir}/${name}`);
    if (version >= 5) {
      const entries = (into: string[], isFile: boolean) => {
        const formats = Array.from({ length: r.u8() }, () => [r.uleb(), r.uleb()] as const);
        const count = r.uleb();
        for (let i = 0; i < count; i++) {
          let path = '';
          let dir: number | undefined;
          for (const [type, form] of formats) {
            const v = readForm(form);
            if (type === DW_LNCT_path) path = v.text ?? '';
            else if (type === DW_LNCT_directory_index) dir = v.number;
          }
          into.push(isFile ? join(dir === undefined ? undefined : directories[dir], path) : path);
        }
      };
      entries(directories, false);
      entries(files, true);
    } else {
      directories.push('');
      for (let d = r.cstring(h.bytes); d; d = r.cstring(h.bytes)) directories.push(d);
      files.push('');
      for (let f = r.cstring(h.bytes); f; f = r.cstring(h.bytes)) {
        const dir = r.uleb();
        r.uleb();
        r.uleb();
        files.push(join(dir ? directories[dir] : undefined, f));
      }
    }

    r.at = programStart;
    let address = 0n;
    let addressSection: number | undefined;
    let file = version >= 5 ? 0 : 1;
    let line = 1;
    let column = 0;
    const emit = (endSequence: boolean) => {
      const key = addressSection ?? -1;
      const list = rows.get(key) ?? [];
      list.push({ offset: address, file: files[file] ?? '', line, column, end: endSequence });
      rows.set(key, list);
    };
    while (r.at < unitEnd) {
      const opcode = r.u8();
      if (opcode >= opcodeBase) {
        const adjusted = opcode - opcodeBase;
        address += BigInt(Math.floor(adjusted / lineRange) * minInstruction);
        line += lineBase + (adjusted % lineRange);
        emit(false);
        continue;
      }
      switch (opcode) {
        case 0: {
          const length = r.uleb();
          const next = r.at + length;
          const sub = r.u8();
          if (sub === 1) {
            emit(true);
            address = 0n;
            addressSection = undefined;
            file = version >= 5 ? 0 : 1;
            line = 1;
            column = 0;
          } else if (sub === 2) {
            const at = r.at;
            const stored = addressSize === 8 ? r.u64() : BigInt(r.u32());
            const v = relocated(at, stored);
            address = v.value;
            addressSection = v.section;
          }
          r.at = next;
          break;
        }
        case 1: emit(false); break;
        case 2: address += BigInt(r.uleb() * minInstruction); break;
        case 3: line += r.sleb(); break;
        case 4: file = r.uleb(); break;
        case 5: column = r.uleb(); break;
        case 8: address += BigInt(Math.floor((255 - opcodeBase) / lineRange) * minInstruction); break;
        case 9: address += BigInt(r.u16()); break;
        default: for (let i = 0; i < standardLengths[opcode - 1]; i++) r.uleb();
      }
    }
    r.at = unitEnd;
  }
  for (const list of rows.values()) list.sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : Number(b.end) - Number(a.end)));

  return (sectionIndex, offset) => {
    // Relocatable files key rows by section; linked ones by address.
    const key = relocatable ? sectionIndex : -1;
    const address = relocatable ? offset : elf.sections[sectionIndex].addr + offset;
    const list = rows.get(key);
    if (!list) return undefined;
    const i = searchSorted(list, (row) => row.offset, address, 'past') - 1;
    const row = list[i];
    if (!row || row.end) return undefined;
    return { file: row.file, line: row.line, column: row.column };
  };
}
