// Logical operations, sign extension, counting, parity, byte compares and permutes, byte
// reversal and the Power10 bit gathers. Bitwise operations work on each 32-bit half alone.

import { SPRS } from '../machine.js';
import { OUT, bswap16, bswap32, ctz32, halves, popcount32, toBig } from '../u64.js';
import { field, gpr, raField, setCr0, type Family, type Factory } from './context.js';

/** The eight two-input Boolean operations (shared with the CR and vector logicals), numbered for bitwise(). */
export const BITWISE_OPS = ['and', 'andc', 'or', 'orc', 'xor', 'nand', 'nor', 'eqv'] as const;

const OR = BITWISE_OPS.indexOf('or');

/**
 * One of the eight operations by number. Closures switch on a captured number rather than call
 * a function value: a call site that sees eight different functions is not inlined.
 */
export function bitwise(op: number, a: number, b: number): number {
  switch (op) {
    case 0: return a & b;
    case 1: return a & ~b;
    case 2: return a | b;
    case 3: return a | ~b;
    case 4: return a ^ b;
    case 5: return ~(a & b);
    case 6: return ~(a | b);
    default: return ~(a ^ b);
  }
}

/**
 * `or Rx,Rx,Rx` for some x sets the thread priority in PPR (bits 11:13); problem state may
 * use only the lower ones. The value is the priority field (qemu's table).
 */
const PRIORITY_NOPS: Record<number, { value: number; problemState: boolean }> = {
  31: { value: 1, problemState: false }, 1: { value: 2, problemState: true }, 6: { value: 3, problemState: true },
  2: { value: 4, problemState: true }, 5: { value: 5, problemState: false }, 3: { value: 6, problemState: false },
  7: { value: 7, problemState: false },
};
const PPR = SPRS.find((r) => r.name === 'ppr')!.slot;
/** PPR bits 11:13 are bits 18..20 of its high word. */
const PPR_PRIORITY_HI = 0x7 << 18;

/** D-form logicals: the operation, where the 16-bit immediate sits, and whether CR0 is set. */
const IMMEDIATE: Record<string, [op: string, shift: number, record: boolean]> = {
  'andi.': ['and', 0, true], 'andis.': ['and', 16, true], ori: ['or', 0, false], oris: ['or', 16, false],
  xori: ['xor', 0, false], xoris: ['xor', 16, false],
};

function bitwiseFactory(op: number, immediateShift = -1, record = false): Factory {
  return (c) => {
    const { s } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    const rb = immediateShift < 0 ? gpr(field(c, 'RB')) : -1;
    const k = immediateShift < 0 ? 0 : field(c, 'UI') << immediateShift;
    const rc = c.rc || record;
    // Low and high halves read and write disjoint slots, so RA may equal RS or RB.
    const priority = op === OR && rs === rb && rs === ra && !rc ? PRIORITY_NOPS[raField(c)] : undefined;
    if (priority !== undefined && (priority.problemState || c.host.modelPrivileged)) {
      const value = priority.value << 18;
      return () => {
        s[PPR + 1] = (s[PPR + 1] & ~PPR_PRIORITY_HI) | value;
      };
    }
    // mr (or RA,RS,RS) moves registers all the time: it gets a closure of its own.
    if (op === OR && rb === rs && !rc) {
      return () => {
        s[ra] = s[rs];
        s[ra + 1] = s[rs + 1];
      };
    }
    if (rb < 0) {
      return () => {
        s[ra] = bitwise(op, s[rs], k);
        s[ra + 1] = bitwise(op, s[rs + 1], 0);
        if (rc) setCr0(s, ra);
      };
    }
    return () => {
      s[ra] = bitwise(op, s[rs], s[rb]);
      s[ra + 1] = bitwise(op, s[rs + 1], s[rb + 1]);
      if (rc) setCr0(s, ra);
    };
  };
}

/** RA from RS alone; the operation writes OUT. */
type Unary = (lo: number, hi: number) => void;

function unary(op: Unary): Factory {
  return (c) => {
    const { s, rc } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    return () => {
      op(s[rs], s[rs + 1]);
      s[ra] = OUT[0];
      s[ra + 1] = OUT[1];
      if (rc) setCr0(s, ra);
    };
  };
}

/** RA from RS and RB; the operation writes OUT. */
function binary(op: (slo: number, shi: number, blo: number, bhi: number) => void): Factory {
  return (c) => {
    const { s } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS')), rb = gpr(field(c, 'RB'));
    return () => {
      op(s[rs], s[rs + 1], s[rb], s[rb + 1]);
      s[ra] = OUT[0];
      s[ra + 1] = OUT[1];
    };
  };
}

const out = (lo: number, hi: number): void => {
  OUT[0] = lo;
  OUT[1] = hi;
};
const signExtend = (lo: number): void => out(lo, lo >> 31);

/** Per-byte population counts (popcntb) or per-word (popcntw). */
const perByteCount = (x: number) => {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (x + (x >>> 4)) & 0x0f0f0f0f;
};

/** Parity of the least significant bit of each byte of a word. */
const wordParity = (x: number) => popcount32(x & 0x01010101) & 1;

/** 0xff in each byte where the two words agree. */
const equalBytes = (a: number, b: number) => {
  let r = 0;
  for (let i = 0; i < 32; i += 8) if (((a >>> i) & 0xff) === ((b >>> i) & 0xff)) r |= 0xff << i;
  return r;
};

/** Bit i of a 64-bit value, ISA numbering (0 the most significant). */
const bitAt = (lo: number, hi: number, i: number) => (i < 32 ? hi >>> (31 - i) : lo >>> (63 - i)) & 1;

function bpermd(slo: number, shi: number, blo: number, bhi: number): void {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    const index = i < 4 ? (shi >>> (24 - 8 * i)) & 0xff : (slo >>> (56 - 8 * i)) & 0xff;
    if (index < 64 && bitAt(blo, bhi, index)) r |= 0x80 >>> i;
  }
  out(r, 0);
}

// Power10 bit gathers, on BigInt: rare enough that clarity wins.
function gather(value: bigint, mask: bigint): bigint {
  let r = 0n;
  let at = 0n;
  for (let i = 0n; i < 64n; i++) {
    if ((mask >> i) & 1n) {
      r |= ((value >> i) & 1n) << at;
      at++;
    }
  }
  return r;
}

function scatter(value: bigint, mask: bigint): bigint {
  let r = 0n;
  let from = 0n;
  for (let i = 0n; i < 64n; i++) {
    if ((mask >> i) & 1n) {
      r |= ((value >> from) & 1n) << i;
      from++;
    }
  }
  return r;
}

const ALL = (1n << 64n) - 1n;
const big = (op: (v: bigint, m: bigint) => bigint) => (slo: number, shi: number, blo: number, bhi: number) => {
  const [lo, hi] = halves(op(toBig(slo, shi), toBig(blo, bhi)));
  out(lo, hi);
};

/** Zeros counted from one end over the bits that the mask selects, up to the first one. */
function maskedZeros(value: bigint, mask: bigint, fromLeft: boolean): bigint {
  let n = 0n;
  for (let k = 0n; k < 64n; k++) {
    const i = fromLeft ? 63n - k : k;
    if (((mask >> i) & 1n) === 0n) continue;
    if ((value >> i) & 1n) break;
    n++;
  }
  return n;
}

function popcount64(v: bigint): bigint {
  let n = 0n;
  for (; v; v &= v - 1n) n++;
  return n;
}

export const LOGICAL: Family = {
  ...Object.fromEntries(BITWISE_OPS.map((k, op) => [k, bitwiseFactory(op)])),
  ...Object.fromEntries(Object.entries(IMMEDIATE).map(([k, [op, shift, record]]) => [k, bitwiseFactory(BITWISE_OPS.indexOf(op as typeof BITWISE_OPS[number]), shift, record)])),
  extsb: unary((lo) => signExtend((lo << 24) >> 24)),
  extsh: unary((lo) => signExtend((lo << 16) >> 16)),
  extsw: unary(signExtend),
  cntlzw: unary((lo) => out(Math.clz32(lo), 0)),
  cntlzd: unary((lo, hi) => out(hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo), 0)),
  cnttzw: unary((lo) => out(ctz32(lo), 0)),
  cnttzd: unary((lo, hi) => out(lo !== 0 ? ctz32(lo) : 32 + ctz32(hi), 0)),
  popcntb: unary((lo, hi) => out(perByteCount(lo), perByteCount(hi))),
  popcntw: unary((lo, hi) => out(popcount32(lo), popcount32(hi))),
  popcntd: unary((lo, hi) => out(popcount32(lo) + popcount32(hi), 0)),
  prtyw: unary((lo, hi) => out(wordParity(lo), wordParity(hi))),
  prtyd: unary((lo, hi) => out(wordParity(lo) ^ wordParity(hi), 0)),
  brw: unary((lo, hi) => out(bswap32(lo), bswap32(hi))),
  brd: unary((lo, hi) => out(bswap32(hi), bswap32(lo))),
  brh: unary((lo, hi) => out(bswap16(lo) | (bswap16(lo >>> 16) << 16), bswap16(hi) | (bswap16(hi >>> 16) << 16))),
  cmpb: binary((slo, shi, blo, bhi) => out(equalBytes(slo, blo), equalBytes(shi, bhi))),
  bpermd: binary(bpermd),
  cntlzdm: binary(big((v, m) => maskedZeros(v, m, true))),
  cnttzdm: binary(big((v, m) => maskedZeros(v, m, false))),
  pdepd: binary(big(scatter)),
  pextd: binary(big(gather)),
  // Bits under mask zeros go to the left, bits under mask ones to the right, each in order.
  cfuged: binary(big((v, m) => (gather(v, ~m & ALL) << popcount64(m)) | gather(v, m))),
};
