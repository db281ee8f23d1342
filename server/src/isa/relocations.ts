// ELF relocations for ppc64 as GNU as chooses them, the one table of them: `@` modifiers, the
// PC-relative, DS-form and 34-bit variants, which of them may be moved to the section symbol,
// and how a resolved value is computed (`@ha` and friends) and placed into data or an
// instruction word. The encoder (one instruction) and the assembler (whole sources) both read it.

/** How the relocated value is narrowed before it is stored. */
export type Part = 'all' | 'lo' | 'hi' | 'ha' | 'high' | 'higha' | 'higher' | 'highera' | 'highest' | 'highesta';

/** The field a relocation writes. */
export type Field = 'data8' | 'data4' | 'data2' | 'half' | 'ds' | 'b24' | 'b14' | 'd34' | 'none';

export interface RelocInfo {
  part: Part;
  field: Field;
  /** Never moved onto the section symbol (GOT, TLS, branches to local-entry symbols are decided later). */
  keepSymbol?: boolean;
  tls?: boolean;
}

const half = (part: Part, extra: Partial<RelocInfo> = {}): RelocInfo => ({ part, field: 'half', ...extra });
const ds = (part: Part, extra: Partial<RelocInfo> = {}): RelocInfo => ({ part, field: 'ds', ...extra });

export const RELOCS: Record<string, RelocInfo> = {
  ADDR64: { part: 'all', field: 'data8' },
  ADDR32: { part: 'all', field: 'data4' },
  ADDR16: half('all'),
  ADDR16_LO: half('lo'),
  ADDR16_HI: half('hi'),
  ADDR16_HA: half('ha'),
  ADDR16_HIGH: half('high'),
  ADDR16_HIGHA: half('higha'),
  ADDR16_HIGHER: half('higher'),
  ADDR16_HIGHERA: half('highera'),
  ADDR16_HIGHEST: half('highest'),
  ADDR16_HIGHESTA: half('highesta'),
  ADDR16_DS: ds('all'),
  ADDR16_LO_DS: ds('lo'),
  ADDR64_LOCAL: { part: 'all', field: 'data8', keepSymbol: true },
  REL64: { part: 'all', field: 'data8' },
  REL32: { part: 'all', field: 'data4' },
  REL16: half('all'),
  REL16_LO: half('lo'),
  REL16_HI: half('hi'),
  REL16_HA: half('ha'),
  REL16_HIGH: half('high'),
  REL16_HIGHA: half('higha'),
  REL16_HIGHER: half('higher'),
  REL16_HIGHERA: half('highera'),
  REL16_HIGHEST: half('highest'),
  REL16_HIGHESTA: half('highesta'),
  REL24: { part: 'all', field: 'b24' },
  REL24_NOTOC: { part: 'all', field: 'b24' },
  ADDR24: { part: 'all', field: 'b24' },
  REL14: { part: 'all', field: 'b14' },
  ADDR14: { part: 'all', field: 'b14' },
  TOC: { part: 'all', field: 'data8' },
  TOC16: half('all'),
  TOC16_LO: half('lo'),
  TOC16_HI: half('hi'),
  TOC16_HA: half('ha'),
  TOC16_DS: ds('all'),
  TOC16_LO_DS: ds('lo'),
  GOT16: half('all', { keepSymbol: true }),
  GOT16_LO: half('lo', { keepSymbol: true }),
  GOT16_HI: half('hi', { keepSymbol: true }),
  GOT16_HA: half('ha', { keepSymbol: true }),
  GOT16_DS: ds('all', { keepSymbol: true }),
  GOT16_LO_DS: ds('lo', { keepSymbol: true }),
  PCREL34: { part: 'all', field: 'd34' },
  D34: { part: 'all', field: 'd34' },
  DTPMOD64: { part: 'all', field: 'data8', keepSymbol: true, tls: true },
  DTPREL64: { part: 'all', field: 'data8', keepSymbol: true, tls: true },
  TPREL64: { part: 'all', field: 'data8', keepSymbol: true, tls: true },
  TLS: { part: 'all', field: 'none', keepSymbol: true, tls: true },
  DTPREL16: half('all', { keepSymbol: true, tls: true }),
  DTPREL16_LO: half('lo', { keepSymbol: true, tls: true }),
  DTPREL16_HI: half('hi', { keepSymbol: true, tls: true }),
  DTPREL16_HA: half('ha', { keepSymbol: true, tls: true }),
  DTPREL16_DS: ds('all', { keepSymbol: true, tls: true }),
  DTPREL16_LO_DS: ds('lo', { keepSymbol: true, tls: true }),
  TPREL16: half('all', { keepSymbol: true, tls: true }),
  TPREL16_LO: half('lo', { keepSymbol: true, tls: true }),
  TPREL16_HI: half('hi', { keepSymbol: true, tls: true }),
  TPREL16_HA: half('ha', { keepSymbol: true, tls: true }),
  TPREL16_DS: ds('all', { keepSymbol: true, tls: true }),
  TPREL16_LO_DS: ds('lo', { keepSymbol: true, tls: true }),
  GOT_TLSGD16: half('all', { keepSymbol: true, tls: true }),
  GOT_TLSGD16_LO: half('lo', { keepSymbol: true, tls: true }),
  GOT_TLSGD16_HI: half('hi', { keepSymbol: true, tls: true }),
  GOT_TLSGD16_HA: half('ha', { keepSymbol: true, tls: true }),
  GOT_TLSLD16: half('all', { keepSymbol: true, tls: true }),
  GOT_TLSLD16_LO: half('lo', { keepSymbol: true, tls: true }),
  GOT_TLSLD16_HI: half('hi', { keepSymbol: true, tls: true }),
  GOT_TLSLD16_HA: half('ha', { keepSymbol: true, tls: true }),
  GOT_TPREL16_DS: ds('all', { keepSymbol: true, tls: true }),
  GOT_TPREL16_LO_DS: ds('lo', { keepSymbol: true, tls: true }),
  GOT_TPREL16_HI: half('hi', { keepSymbol: true, tls: true }),
  GOT_TPREL16_HA: half('ha', { keepSymbol: true, tls: true }),
  GOT_DTPREL16_DS: ds('all', { keepSymbol: true, tls: true }),
  GOT_DTPREL16_LO_DS: ds('lo', { keepSymbol: true, tls: true }),
  GOT_DTPREL16_HI: half('hi', { keepSymbol: true, tls: true }),
  GOT_DTPREL16_HA: half('ha', { keepSymbol: true, tls: true }),
};

/** `@suffix` → the relocation a 16-bit field gets (data of other sizes adjust it, see dataReloc). */
export const SUFFIXES: Record<string, string> = {
  l: 'ADDR16_LO', h: 'ADDR16_HI', ha: 'ADDR16_HA',
  high: 'ADDR16_HIGH', higha: 'ADDR16_HIGHA', higher: 'ADDR16_HIGHER', highera: 'ADDR16_HIGHERA',
  highest: 'ADDR16_HIGHEST', highesta: 'ADDR16_HIGHESTA',
  toc: 'TOC16', 'toc@l': 'TOC16_LO', 'toc@h': 'TOC16_HI', 'toc@ha': 'TOC16_HA',
  tocbase: 'TOC', localentry: 'ADDR64_LOCAL', notoc: 'REL24_NOTOC', pcrel: 'PCREL34',
  got: 'GOT16', 'got@l': 'GOT16_LO', 'got@h': 'GOT16_HI', 'got@ha': 'GOT16_HA',
  tls: 'TLS', dtpmod: 'DTPMOD64', dtprel: 'DTPREL', tprel: 'TPREL',
  'dtprel@l': 'DTPREL16_LO', 'dtprel@h': 'DTPREL16_HI', 'dtprel@ha': 'DTPREL16_HA',
  'tprel@l': 'TPREL16_LO', 'tprel@h': 'TPREL16_HI', 'tprel@ha': 'TPREL16_HA',
  'got@tlsgd': 'GOT_TLSGD16', 'got@tlsgd@l': 'GOT_TLSGD16_LO', 'got@tlsgd@h': 'GOT_TLSGD16_HI', 'got@tlsgd@ha': 'GOT_TLSGD16_HA',
  'got@tlsld': 'GOT_TLSLD16', 'got@tlsld@l': 'GOT_TLSLD16_LO', 'got@tlsld@h': 'GOT_TLSLD16_HI', 'got@tlsld@ha': 'GOT_TLSLD16_HA',
  'got@tprel': 'GOT_TPREL16_DS', 'got@tprel@l': 'GOT_TPREL16_LO_DS', 'got@tprel@h': 'GOT_TPREL16_HI', 'got@tprel@ha': 'GOT_TPREL16_HA',
  'got@pcrel': 'GOT_PCREL34',
  'got@dtprel': 'GOT_DTPREL16_DS', 'got@dtprel@l': 'GOT_DTPREL16_LO_DS', 'got@dtprel@h': 'GOT_DTPREL16_HI', 'got@dtprel@ha': 'GOT_DTPREL16_HA',
};

export function suffixReloc(suffix: string): string | undefined {
  return SUFFIXES[suffix.toLowerCase()];
}

/** The relocation of `.byte/.short/.long/.quad expr[@suffix]`, or an error text. */
export function dataReloc(size: number, suffix: string | undefined): string {
  if (suffix === undefined) {
    if (size === 8) return 'ADDR64';
    if (size === 4) return 'ADDR32';
    if (size === 2) return 'ADDR16';
    return '';
  }
  const base = suffixReloc(suffix);
  if (base === 'DTPREL') return size === 8 ? 'DTPREL64' : 'DTPREL16';
  if (base === 'TPREL') return size === 8 ? 'TPREL64' : 'TPREL16';
  return base ?? '';
}

const PCREL: Record<string, string> = {
  ADDR64: 'REL64', ADDR32: 'REL32', ADDR16: 'REL16', ADDR16_LO: 'REL16_LO', ADDR16_HI: 'REL16_HI', ADDR16_HA: 'REL16_HA',
  ADDR16_HIGH: 'REL16_HIGH', ADDR16_HIGHA: 'REL16_HIGHA', ADDR16_HIGHER: 'REL16_HIGHER', ADDR16_HIGHERA: 'REL16_HIGHERA',
  ADDR16_HIGHEST: 'REL16_HIGHEST', ADDR16_HIGHESTA: 'REL16_HIGHESTA', D34: 'PCREL34',
};

/** A relocation whose expression turned out PC-relative (`x - .`): its REL form, if there is one. */
export function pcrelForm(reloc: string): string | undefined {
  if (reloc.startsWith('REL') || reloc === 'PCREL34') return reloc;
  return PCREL[reloc];
}

const DS_FORMS: Record<string, string> = {
  ADDR16: 'ADDR16_DS', ADDR16_LO: 'ADDR16_LO_DS', GOT16: 'GOT16_DS', GOT16_LO: 'GOT16_LO_DS',
  TOC16: 'TOC16_DS', TOC16_LO: 'TOC16_LO_DS', DTPREL16: 'DTPREL16_DS', DTPREL16_LO: 'DTPREL16_LO_DS',
  TPREL16: 'TPREL16_DS', TPREL16_LO: 'TPREL16_LO_DS',
};

/** The DS-form (`ld`, `std`: low two bits not stored) variant, or undefined when there is none. */
export function dsForm(reloc: string): string | undefined {
  if (reloc.startsWith('GOT_TPREL16') || reloc.startsWith('GOT_DTPREL16') || reloc.endsWith('_DS')) return reloc;
  return DS_FORMS[reloc];
}

const D34_FORMS: Record<string, string> = {
  ADDR16: 'D34', ADDR16_LO: 'D34_LO', ADDR16_HI: 'D34_HI30', ADDR16_HA: 'D34_HA30', PCREL34: 'PCREL34', GOT_PCREL34: 'GOT_PCREL34',
};

/** The 34-bit (prefixed `paddi`, `pld`) variant, or undefined when there is none. */
export function d34Form(reloc: string): string | undefined {
  return D34_FORMS[reloc];
}

/** The relocated value narrowed as the relocation stores it. */
export function partOf(part: Part, value: bigint): bigint {
  const v = BigInt.asUintN(64, value);
  const field = (shift: bigint, adjust: boolean) => ((adjust ? v + 0x8000n : v) >> shift) & 0xffffn;
  switch (part) {
    case 'all': return value;
    case 'lo': return v & 0xffffn;
    case 'hi': case 'high': return field(16n, false);
    case 'ha': case 'higha': return field(16n, true);
    case 'higher': return field(32n, false);
    case 'highera': return field(32n, true);
    case 'highest': return field(48n, false);
    case 'highesta': return field(48n, true);
  }
}

/**
 * Stores a resolved value into `bytes` at `at` (little-endian) as the field says. Returns an
 * error text when it does not fit.
 */
export function storeField(bytes: Uint8Array, at: number, field: Field, value: bigint, signedHalf = true): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (bits: number) => value >= -(1n << BigInt(bits - 1)) && value < 1n << BigInt(bits);
  switch (field) {
    case 'data8':
      view.setBigUint64(at, BigInt.asUintN(64, value), true);
      return undefined;
    case 'data4':
      if (!fits(32)) return `value 0x${BigInt.asUintN(64, value).toString(16)} truncated to 32 bits`;
      view.setUint32(at, Number(BigInt.asUintN(32, value)), true);
      return undefined;
    case 'data2':
      if (!fits(16)) return `value 0x${BigInt.asUintN(64, value).toString(16)} truncated to 16 bits`;
      view.setUint16(at, Number(BigInt.asUintN(16, value)), true);
      return undefined;
    case 'half':
    case 'ds': {
      const ok = signedHalf ? value >= -0x8000n && value <= 0xffffn : value >= 0n && value <= 0xffffn;
      if (!ok) return `operand out of range (0x${BigInt.asUintN(64, value).toString(16)} does not fit in 16 bits)`;
      if (field === 'ds' && (value & 3n) !== 0n) return `operand must be a multiple of 4 (${value})`;
      const old = view.getUint16(at, true);
      const mask = field === 'ds' ? 0xfffc : 0xffff;
      view.setUint16(at, (old & ~mask) | (Number(BigInt.asUintN(16, value)) & mask), true);
      return undefined;
    }
    case 'b24':
    case 'b14': {
      const bits = field === 'b24' ? 26 : 16;
      if (value < -(1n << BigInt(bits - 1)) || value >= 1n << BigInt(bits - 1)) return `branch target out of range (${value})`;
      if ((value & 3n) !== 0n) return `branch to a misaligned address (${value})`;
      const mask = field === 'b24' ? 0x03fffffc : 0xfffc;
      const old = view.getUint32(at, true);
      view.setUint32(at, ((old & ~mask) | (Number(BigInt.asUintN(32, value)) & mask)) >>> 0, true);
      return undefined;
    }
    case 'd34': {
      if (!fits(34)) return `operand out of range (${value})`;
      const v = BigInt.asUintN(34, value);
      const prefix = view.getUint32(at, true);
      const suffix = view.getUint32(at + 4, true);
      view.setUint32(at, ((prefix & ~0x3ffff) | Number(v >> 16n)) >>> 0, true);
      view.setUint32(at + 4, ((suffix & ~0xffff) | Number(v & 0xffffn)) >>> 0, true);
      return undefined;
    }
    case 'none':
      return undefined;
  }
}
