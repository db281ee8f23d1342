// Sections as GNU as builds them: each subsection a chain of frags, a frag being fixed bytes
// followed by at most one variable part (alignment, `.org`, a `.space` or LEB128 whose size is
// only known once addresses are). Addresses are assigned after the whole input is read.
import type { Expr } from './expression';
import type { AsmSymbol } from './symbols';
import type { Origin } from './diagnostics';

/**
 * Contents are stored densely up to a section's last stored byte, and the zeros after it only as
 * a size. Beyond this much stored content a section is not modelled (GNU as would write it;
 * Tocsin reports it once instead of exhausting memory).
 */
export const MAX_SECTION_BYTES = 256 * 1024 * 1024;

export const SHT = { PROGBITS: 1, NOTE: 7, NOBITS: 8, INIT_ARRAY: 14, FINI_ARRAY: 15, PREINIT_ARRAY: 16 } as const;
export const SHF = { WRITE: 1, ALLOC: 2, EXECINSTR: 4, MERGE: 0x10, STRINGS: 0x20, INFO_LINK: 0x40, LINK_ORDER: 0x80, GROUP: 0x200, TLS: 0x400, EXCLUDE: 0x80000000, GNU_RETAIN: 0x200000 } as const;

export type VariablePart =
  /** Pad to 2^power; `fill` undefined in code sections means nops. */
  | { kind: 'align'; power: number; fill?: { value: bigint; size: number }; max: number }
  | { kind: 'org'; target: Expr; fill: number }
  | { kind: 'space'; count: Expr; fill: number }
  /**
   * `.space`/`.skip`/`.fill` with a known count (GNU as's rs_fill frag): `size` bytes of `unit`
   * repeated, written only into the section's contents (and not at all when they are zeros).
   */
  | { kind: 'fill'; size: number; unit: Uint8Array }
  | { kind: 'leb128'; value: Expr; signed: boolean };

/** A `fill` of zeros stores nothing. */
export function storesBytes(v: VariablePart | undefined): boolean {
  return v?.kind === 'fill' && v.unit.some((b) => b !== 0);
}

export class Frag {
  bytes = new Uint8Array(16);
  length = 0;
  variable?: VariablePart;
  /** Bytes the variable part occupies once laid out. */
  variableSize = 0;
  /** Its contents; empty when they are all zeros (so that `.org 0x100000000` takes no memory). */
  variableBytes = new Uint8Array(0);
  /** Offset from the start of the section, set by layout. */
  address = 0;
  /** Position in the subsection's chain. */
  index = 0;
  /** Machine in force when an alignment was requested (power7 and later pad with a group-ending nop). */
  groupNop = false;
  /** Instruction sites in this frag: offset and source. */
  /** `data`: a `.long` in code, listed as a word where it lands on a word boundary. */
  instructions: { offset: number; length: number; origin: Origin; data?: boolean }[] = [];
  origin?: Origin;

  constructor(readonly section: Section, readonly subsection: number) {}

  get size(): number {
    return this.length + this.variableSize;
  }

  reserve(n: number): number {
    const at = this.length;
    if (at + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, at + n));
      grown.set(this.bytes.subarray(0, at));
      this.bytes = grown;
    }
    this.length += n;
    return at;
  }

  append(data: ArrayLike<number>): number {
    const at = this.reserve(data.length);
    this.bytes.set(data, at);
    return at;
  }
}

export class Section {
  readonly subsections = new Map<number, Frag[]>();
  /** Log2 of the largest alignment asked for. */
  alignPower = 0;
  /** ELF section index, set when the object is laid out. */
  elfIndex = 0;
  symbol!: AsmSymbol;
  size = 0;

  constructor(
    readonly name: string,
    public type: number,
    public flags: number,
    public entsize: number,
    readonly origin: Origin,
  ) {}

  get isCode(): boolean {
    return (this.flags & SHF.EXECINSTR) !== 0;
  }

  get isNobits(): boolean {
    return this.type === SHT.NOBITS;
  }

  frags(subsection: number): Frag[] {
    let list = this.subsections.get(subsection);
    if (!list) {
      list = [new Frag(this, subsection)];
      this.subsections.set(subsection, list);
    }
    return list;
  }

  /** All frags in address order. */
  *allFrags(): Generator<Frag> {
    for (const key of [...this.subsections.keys()].sort((a, b) => a - b)) yield* this.subsections.get(key)!;
  }

  recordAlignment(power: number): void {
    if (power > this.alignPower) this.alignPower = power;
  }
}

/** Distance from (a, aOffset) to (b, bOffset) when no variable part lies between them. */
export function fixedDistance(a: Frag, aOffset: number, b: Frag, bOffset: number): number | undefined {
  if (a === b) return bOffset - aOffset;
  if (a.section !== b.section || a.subsection !== b.subsection) return undefined;
  const chain = a.section.subsections.get(a.subsection)!;
  const [first, last, sign] = a.index < b.index ? [a, b, 1] : [b, a, -1];
  let distance = 0;
  for (let i = first.index; i < last.index; i++) {
    const f = chain[i];
    if (f.variable && f.variable.kind !== 'fill') return undefined;
    distance += f.length + (f.variable?.kind === 'fill' ? f.variable.size : 0);
  }
  const [from, to] = sign === 1 ? [aOffset, bOffset] : [bOffset, aOffset];
  return sign * (distance - from + to);
}

export interface SectionDefaults {
  type: number;
  flags: number;
  entsize?: number;
}

/** The type and flags GNU as gives a section named without them (bfd's special sections). */
export function defaultsFor(name: string): SectionDefaults {
  const is = (prefix: string) => name === prefix || name.startsWith(prefix + '.');
  if (is('.text')) return { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR };
  if (is('.data') || is('.sdata') || is('.data1') || is('.toc') || is('.got') || is('.opd')) return { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE };
  if (is('.bss') || is('.sbss')) return { type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE };
  if (is('.tbss')) return { type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE | SHF.TLS };
  if (is('.tdata')) return { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE | SHF.TLS };
  if (is('.rodata') || is('.rodata1') || is('.sdata2')) return { type: SHT.PROGBITS, flags: SHF.ALLOC };
  if (name.startsWith('.note')) return { type: SHT.NOTE, flags: 0 };
  if (is('.init_array')) return { type: SHT.INIT_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 8 };
  if (is('.fini_array')) return { type: SHT.FINI_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 8 };
  if (is('.preinit_array')) return { type: SHT.PREINIT_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 8 };
  if (is('.init') || is('.fini')) return { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR };
  return { type: SHT.PROGBITS, flags: 0 };
}
