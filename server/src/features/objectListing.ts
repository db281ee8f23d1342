// Built objects in the editor: an ELF file (`.o`, `.ko`, vmlinux) as read-only listings with
// the findings of `tocsin check` on the object itself, placed on the listing's lines. A large
// object is offered in parts, per section or per function, since editors take documents only
// up to a size (VS Code hands none over 50 MB to extensions). Plain data; the wiring is the
// server's, the opening of documents the client's.
import { statSync } from 'node:fs';
import { checkObjects, type CheckDiagnostic, type CheckTarget } from '../analysis/tocRules';
import { addressText } from '../isa/address';
import { disassembly } from '../model/disassembly';
import { readElf, readElfObject, SHF_EXECINSTR, SHT_NOBITS, STT_FUNC, type ElfFile } from '../model/elf';
import { readSourceBytes } from '../parse/source';

/** A listing of this many bytes or fewer opens whole; larger objects open by part. */
export const WHOLE_LISTING_LIMIT = 16 * 1024 * 1024;
/** objdump -dr writes about 60 bytes of listing per instruction byte pair of code: 16 per byte is a safe estimate. */
const LISTING_BYTES_PER_CODE_BYTE = 16;

export interface ObjectPart {
  kind: 'whole' | 'section' | 'function';
  /** The section, and for a function its symbol. */
  section?: string;
  name: string;
  /** For a function: its address range as `0x` hex, for `--start-address`/`--stop-address`. */
  start?: string;
  stop?: string;
  size: number;
}

export interface ObjectOverview {
  file: string;
  /** Estimated listing size in bytes. */
  listingSize: number;
  /** `whole` alone when the listing is small enough; else each code section, and functions of the large ones. */
  parts: ObjectPart[];
}

export interface ListingFinding {
  /** 0-based lines and columns of the listing text. */
  line: number;
  column: number;
  endColumn: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  location?: string;
}

export interface ObjectListing {
  text: string;
  findings: ListingFinding[];
}

function load(file: string): ElfFile {
  const bytes = readSourceBytes(file);
  return readElf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function codeSections(elf: ElfFile) {
  return elf.sections.filter((s) => s.flags & SHF_EXECINSTR && s.type !== SHT_NOBITS && s.size > 0);
}

/** What the object can be opened as. */
export function objectOverview(file: string): ObjectOverview {
  const elf = load(file);
  const sections = codeSections(elf);
  const listingSize = sections.reduce((n, s) => n + s.size * LISTING_BYTES_PER_CODE_BYTE, 0);
  if (listingSize <= WHOLE_LISTING_LIMIT) return { file, listingSize, parts: [{ kind: 'whole', name: file, size: listingSize }] };
  const parts: ObjectPart[] = [];
  for (const s of sections) {
    const size = s.size * LISTING_BYTES_PER_CODE_BYTE;
    parts.push({ kind: 'section', section: s.name, name: s.name, size });
    if (size <= WHOLE_LISTING_LIMIT) continue;
    // Too large for one document: its functions, each from its start to the next one's.
    const functions = elf.symbols.filter((e) => e.shndx === s.index && e.type === STT_FUNC && e.name)
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const end = s.addr + BigInt(s.size);
    functions.forEach((f, i) => {
      if (i > 0 && functions[i - 1].value === f.value) return;
      let next = i + 1;
      while (next < functions.length && functions[next].value === f.value) next++;
      const stop = next < functions.length ? functions[next].value : end;
      parts.push({ kind: 'function', section: s.name, name: f.name, start: addressText(f.value), stop: addressText(stop), size: Number(stop - f.value) * LISTING_BYTES_PER_CODE_BYTE });
    });
  }
  return { file, listingSize, parts };
}

/** The listing of a part (the whole object by default), with the findings on its lines. */
export function objectListing(file: string, part: Pick<ObjectPart, 'kind' | 'section' | 'start' | 'stop'> = { kind: 'whole' }, target?: CheckTarget): ObjectListing {
  const elf = load(file);
  const options = {
    relocations: true,
    ...(part.kind !== 'whole' && part.section ? { sections: [part.section] } : {}),
    ...(part.kind === 'function' && part.start && part.stop ? { start: BigInt(part.start), stop: BigInt(part.stop) } : {}),
  };
  const text = [...disassembly(elf, file, options)].join('');
  // Where each instruction is: `section` + address → line.
  const lines = text.split('\n');
  const lineOf = new Map<string, number>();
  let section = '';
  lines.forEach((l, i) => {
    const s = /^Disassembly of section (.+):$/.exec(l);
    if (s) section = s[1];
    const a = /^ *([0-9a-f]+):\t/.exec(l);
    if (a && !lineOf.has(`${section}\0${a[1]}`)) lineOf.set(`${section}\0${a[1]}`, i);
  });
  const findings: ListingFinding[] = [];
  for (const d of objectFindings(file, elf, target)) {
    const place = d.place;
    if (!place) continue;
    const line = lineOf.get(`${place.section}\0${place.address.toString(16)}`);
    if (line === undefined) continue;
    const textLine = lines[line];
    // The instruction text, after the bytes.
    const column = textLine.lastIndexOf('\t') + 1;
    findings.push({ line, column, endColumn: textLine.length, severity: d.severity, code: d.code, message: d.message, ...(place.symbol ? { location: place.symbol } : {}) });
  }
  return { text, findings };
}

/** The findings of the last object checked: the parts of one large object are opened one after another. */
let lastChecked: { key: string; findings: CheckDiagnostic[] } | undefined;

function objectFindings(file: string, elf: ElfFile, target: CheckTarget | undefined): CheckDiagnostic[] {
  const key = `${file}\0${target ?? ''}\0${elf.header.bytes.length}\0${statSync(file).mtimeMs}`;
  if (lastChecked?.key !== key) {
    const object = readElfObject(elf.header.bytes, file, elf);
    // The rules are ELFv2's; ELFv1 code is not judged by them.
    lastChecked = { key, findings: object.abi === 'elfv1' ? [] : checkObjects([object], { target }) };
  }
  return lastChecked.findings;
}
