// 64-bit integer helpers on pairs of 32-bit halves. Registers live in an Int32Array as
// (low, high) slots, so the hot path never allocates: results that do not fit one number go
// to the scratch pair OUT (OUT[0] low, OUT[1] high). BigInt appears only in the slow paths
// (64-bit division) and at the edges (display, JSON).

/** Scratch results of the pair helpers: low half, high half. */
export const OUT = new Int32Array(2);

const TWO32 = 4294967296;

export function toBig(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function toSigned(lo: number, hi: number): bigint {
  return BigInt.asIntN(64, toBig(lo, hi));
}

/** Low and high halves of a bigint taken modulo 2^64, as int32 values. */
export function halves(v: bigint): [number, number] {
  const u = BigInt.asUintN(64, v);
  return [Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0];
}

export function hex64(lo: number, hi: number): string {
  return '0x' + (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** High 32 bits of the unsigned product of two 32-bit values. */
export function mulhu32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/** High 32 bits of the signed product of two 32-bit values. */
export function mulhs32(a: number, b: number): number {
  return (mulhu32(a, b) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
}

/** Low 64 bits of a 64x64 product into OUT. */
export function mul64(alo: number, ahi: number, blo: number, bhi: number): void {
  OUT[0] = Math.imul(alo, blo);
  OUT[1] = (mulhu32(alo, blo) + Math.imul(alo, bhi) + Math.imul(ahi, blo)) | 0;
}

/** High 64 bits of the unsigned 128-bit product into OUT. */
export function mulhu64(alo: number, ahi: number, blo: number, bhi: number): void {
  // Schoolbook on 32-bit limbs; every partial sum stays below 2^53.
  const ll = mulhu32(alo, blo) >>> 0;
  const lhLo = Math.imul(alo, bhi) >>> 0, lhHi = mulhu32(alo, bhi) >>> 0;
  const hlLo = Math.imul(ahi, blo) >>> 0, hlHi = mulhu32(ahi, blo) >>> 0;
  const hhLo = Math.imul(ahi, bhi) >>> 0, hhHi = mulhu32(ahi, bhi) >>> 0;
  const col1 = ll + lhLo + hlLo;
  const col2 = Math.floor(col1 / TWO32) + lhHi + hlHi + hhLo;
  OUT[0] = col2 | 0;
  OUT[1] = (Math.floor(col2 / TWO32) + hhHi) | 0;
}

/** High 64 bits of the signed 128-bit product into OUT. */
export function mulhs64(alo: number, ahi: number, blo: number, bhi: number): void {
  mulhu64(alo, ahi, blo, bhi);
  let lo = OUT[0] >>> 0, hi = OUT[1];
  // Signed correction: subtract b when a < 0 and a when b < 0, modulo 2^64.
  if (ahi < 0) { const nlo = lo - (blo >>> 0); hi = (hi - bhi - (nlo < 0 ? 1 : 0)) | 0; lo = nlo >>> 0; }
  if (bhi < 0) { const nlo = lo - (alo >>> 0); hi = (hi - ahi - (nlo < 0 ? 1 : 0)) | 0; lo = nlo >>> 0; }
  OUT[0] = lo | 0;
  OUT[1] = hi;
}

/** Rotate a 64-bit value left by n (0..63) into OUT. */
export function rotl64(lo: number, hi: number, n: number): void {
  if (n & 32) { const t = lo; lo = hi; hi = t; }
  n &= 31;
  if (n === 0) { OUT[0] = lo; OUT[1] = hi; return; }
  OUT[0] = (lo << n) | (hi >>> (32 - n));
  OUT[1] = (hi << n) | (lo >>> (32 - n));
}

/** The ISA's MASK(mb, me) over 64 bits (bit 0 most significant), as [low, high]. */
export function mask64(mb: number, me: number): [number, number] {
  const ones = (from: number, to: number): [number, number] => {
    // Bits from..to inclusive, ISA numbering, from <= to.
    let lo = 0, hi = 0;
    for (let b = from; b <= to; b++) {
      if (b < 32) hi |= 1 << (31 - b);
      else lo |= 1 << (63 - b);
    }
    return [lo, hi];
  };
  if (mb <= me) return ones(mb, me);
  const [alo, ahi] = ones(0, me);
  const [blo, bhi] = ones(mb, 63);
  return [alo | blo, ahi | bhi];
}

/** ISA MASK over a 32-bit word (used by the word rotates): bits mb..me of 0..31. */
export function mask32(mb: number, me: number): number {
  const [lo] = mask64(mb + 32, me + 32);
  return lo;
}

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

export function bswap32(x: number): number {
  return ((x >>> 24) | ((x >>> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24)) | 0;
}

export function bswap16(x: number): number {
  return ((x >>> 8) & 0xff) | ((x & 0xff) << 8);
}

/** Signed 64-bit comparison of (alo, ahi) with (blo, bhi): -1, 0 or 1. */
export function cmpSigned(alo: number, ahi: number, blo: number, bhi: number): number {
  if (ahi !== bhi) return ahi < bhi ? -1 : 1;
  if (alo === blo) return 0;
  return (alo >>> 0) < (blo >>> 0) ? -1 : 1;
}

/** Unsigned 64-bit comparison: -1, 0 or 1. */
export function cmpUnsigned(alo: number, ahi: number, blo: number, bhi: number): number {
  if (ahi !== bhi) return (ahi >>> 0) < (bhi >>> 0) ? -1 : 1;
  if (alo === blo) return 0;
  return (alo >>> 0) < (blo >>> 0) ? -1 : 1;
}
