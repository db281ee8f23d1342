// Addresses are unsigned 64-bit values held as bigint everywhere: kernel text sits at
// 0xc000000000000000, far above the 2^53 a JavaScript number holds exactly. Arithmetic on them
// wraps modulo 2^64 as the hardware's does (0xffffffffffffffff + 4 is 3).

/** An unsigned 64-bit address. */
export type Address = bigint;

const ADDRESS_TEXT = /^(?:0x)?([0-9a-f]{1,16})$/i;

/** `a + delta` modulo 2^64. */
export function addAddress(a: Address, delta: number | bigint): Address {
  return BigInt.asUintN(64, a + BigInt(delta));
}

/** 16 hex digits without a prefix, as objdump heads a symbol (`c000000000d1467c <f>:`). */
export function addressColumn(a: Address): string {
  return a.toString(16).padStart(16, '0');
}

const TWO32 = 0x100000000;

/**
 * Hex digits of `base + offset` for the offsets of one buffer, as objdump prints an instruction's
 * address, without a bigint per address: listings print millions of them.
 */
export function addressPrinter(base: Address): (offset: number) => string {
  // Below 2^52 a number holds base + offset exactly (buffers are far smaller than the margin).
  if (base < 1n << 52n) {
    const start = Number(base);
    return (offset) => (start + offset).toString(16);
  }
  const baseLo = Number(base & 0xffffffffn);
  const baseHi = Number(base >> 32n);
  return (offset) => {
    const sum = baseLo + offset;
    const carry = sum >= TWO32 ? Math.floor(sum / TWO32) : 0;
    return halvesDigits((baseHi + carry) % TWO32, sum - carry * TWO32);
  };
}

const ZEROS = '00000000';
let lastHigh = -1;
let lastHighText = '';

/** Hex digits, without leading zeros, of the address with these unsigned 32-bit halves. */
export function halvesDigits(hi: number, lo: number): string {
  const low = lo.toString(16);
  if (hi === 0) return low;
  // Consecutive addresses share their high half: its text is kept.
  if (hi !== lastHigh) {
    lastHigh = hi;
    lastHighText = hi.toString(16);
  }
  return lastHighText + ZEROS.slice(low.length) + low;
}

/** `0x` and 16 digits: how JSON and messages carry an address (never as a JSON number). */
export function addressText(a: Address): string {
  return '0x' + a.toString(16).padStart(16, '0');
}

/** Hexadecimal with or without `0x`, at most 16 digits; anything else is not an address. */
export function parseAddress(text: string): Address | undefined {
  const m = ADDRESS_TEXT.exec(text.trim());
  return m ? BigInt('0x' + m[1]) : undefined;
}

/**
 * Names an address as objdump does: `sym` or `sym+0x10`. undefined when the file has no symbols
 * (objdump then prints `0x...`); '' when it has some but none names the address (a bare `...`).
 */
export type SymbolLookup = (address: Address) => string | undefined;

export interface NamedAddress {
  name: string;
  value: Address;
}

/**
 * The nearest symbol at or below an address, plus the offset; of several at one address the
 * first given wins, so callers order ties as objdump does.
 */
export function nearestSymbol(symbols: readonly NamedAddress[]): SymbolLookup {
  const sorted = symbols.map((s, i) => ({ s, i })).sort((a, b) => (a.s.value < b.s.value ? -1 : a.s.value > b.s.value ? 1 : a.i - b.i)).map((x) => x.s);
  return (address) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].value <= address) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    let best = lo - 1;
    while (best > 0 && sorted[best - 1].value === sorted[best].value) best--;
    const s = sorted[best];
    return address === s.value ? s.name : `${s.name}+0x${(address - s.value).toString(16)}`;
  };
}
