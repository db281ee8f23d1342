// Fixed-point arithmetic: additions and subtractions with carry and overflow, multiplies,
// divides and modulos. Carries follow ISA 3.0: CA is the carry out of bit 0, CA32 the carry
// out of bit 32; OV the signed overflow of the 64-bit result, OV32 that of its low word; SO is
// sticky. Where the ISA leaves a result undefined (division by zero, overflowing divides, the
// high word of word multiplies and divides) the result is what qemu produces.

import { CA, CA32, OV, OV32, SO } from '../machine.js';
import { OUT, halves, mul64, mulhs32, mulhs64, mulhu32, mulhu64, toBig, toSigned } from '../u64.js';
import { addressing, effectiveAddress, sized } from './address.js';
import { baseReg, field, gpr, raField, setCr0, type Ctx, type Factory, type Family } from './context.js';

function setOv(s: Int32Array, ov: number, ov32: number): void {
  s[OV] = ov;
  s[OV32] = ov32;
  s[SO] |= ov;
}

/**
 * Every addition is A + B + carry-in: subtractions are ~RA + B + 1 (or + CA). A is RA, RA or
 * zero when the field is 0 (RA0), or ~RA; B a register, an immediate or a constant; the carry
 * goes to CA/CA32, or to OV/OV32 for addex.
 */
interface AddSpec {
  a: 'ra' | 'ra0' | 'not-ra';
  b: 'rb' | 'si' | 'si-shifted' | 'minus-one' | 'zero';
  carryIn: 0 | 1 | 'ca' | 'ov';
  carryOut?: 'ca' | 'ov';
}

const ADDS: Record<string, AddSpec> = {
  add: { a: 'ra', b: 'rb', carryIn: 0 },
  addc: { a: 'ra', b: 'rb', carryIn: 0, carryOut: 'ca' },
  adde: { a: 'ra', b: 'rb', carryIn: 'ca', carryOut: 'ca' },
  addme: { a: 'ra', b: 'minus-one', carryIn: 'ca', carryOut: 'ca' },
  addze: { a: 'ra', b: 'zero', carryIn: 'ca', carryOut: 'ca' },
  subf: { a: 'not-ra', b: 'rb', carryIn: 1 },
  subfc: { a: 'not-ra', b: 'rb', carryIn: 1, carryOut: 'ca' },
  subfe: { a: 'not-ra', b: 'rb', carryIn: 'ca', carryOut: 'ca' },
  subfme: { a: 'not-ra', b: 'minus-one', carryIn: 'ca', carryOut: 'ca' },
  subfze: { a: 'not-ra', b: 'zero', carryIn: 'ca', carryOut: 'ca' },
  neg: { a: 'not-ra', b: 'zero', carryIn: 1 },
  addi: { a: 'ra0', b: 'si', carryIn: 0 },
  addis: { a: 'ra0', b: 'si-shifted', carryIn: 0 },
  addic: { a: 'ra', b: 'si', carryIn: 0, carryOut: 'ca' },
  subfic: { a: 'not-ra', b: 'si', carryIn: 1, carryOut: 'ca' },
  addex: { a: 'ra', b: 'rb', carryIn: 'ov', carryOut: 'ov' },
};

function addFactory(spec: AddSpec): Factory {
  return (c) => {
    const { s, oe, rc } = c;
    const rt = gpr(field(c, 'RT'));
    const ra = spec.a === 'ra0' ? baseReg(c) : gpr(raField(c));
    const invert = spec.a === 'not-ra' ? -1 : 0;
    const rb = spec.b === 'rb' ? gpr(field(c, 'RB')) : -1;
    const si = spec.b === 'si' || spec.b === 'si-shifted' ? field(c, 'SI') : spec.b === 'minus-one' ? -1 : 0;
    const kLo = spec.b === 'si-shifted' ? si << 16 : si;
    const kHi = si < 0 ? -1 : 0;
    const carrySlot = spec.carryIn === 'ca' ? CA : spec.carryIn === 'ov' ? OV : -1;
    const carryK = typeof spec.carryIn === 'number' ? spec.carryIn : 0;
    const outSlot = spec.carryOut === 'ca' ? CA : spec.carryOut === 'ov' ? OV : -1;
    const out32Slot = spec.carryOut === 'ca' ? CA32 : OV32;
    // The plain forms (add, addi, li, subf, ...) get closures of their own: one closure shape
    // serving every variant would keep all the variants' branches in the hot path.
    if (outSlot < 0 && !oe && !rc && carrySlot < 0) {
      if (rb < 0 && invert === 0 && carryK === 0) {
        return () => {
          const l = (s[ra] >>> 0) + (kLo >>> 0);
          s[rt] = l | 0;
          s[rt + 1] = (s[ra + 1] + kHi + (l > 0xffffffff ? 1 : 0)) | 0;
        };
      }
      if (rb >= 0) {
        return () => {
          const alo = s[ra] ^ invert;
          const l = (alo >>> 0) + (s[rb] >>> 0) + carryK;
          s[rt] = l | 0;
          s[rt + 1] = ((s[ra + 1] ^ invert) + s[rb + 1] + (l > 0xffffffff ? 1 : 0)) | 0;
        };
      }
    }
    return () => {
      const alo = s[ra] ^ invert, ahi = s[ra + 1] ^ invert;
      const blo = rb >= 0 ? s[rb] : kLo, bhi = rb >= 0 ? s[rb + 1] : kHi;
      const l = (alo >>> 0) + (blo >>> 0) + (carrySlot >= 0 ? s[carrySlot] : carryK);
      const c32 = l > 0xffffffff ? 1 : 0;
      const h = (ahi >>> 0) + (bhi >>> 0) + c32;
      const rlo = l | 0, rhi = h | 0;
      s[rt] = rlo;
      s[rt + 1] = rhi;
      if (outSlot >= 0) {
        s[outSlot] = h > 0xffffffff ? 1 : 0;
        s[out32Slot] = c32;
      }
      if (oe) setOv(s, ((rhi ^ ahi) & (rhi ^ bhi)) >>> 31, ((rlo ^ alo) & (rlo ^ blo)) >>> 31);
      if (rc) setCr0(s, rt);
    };
  };
}

/** A two-operand fixed-point operation writing OUT and returning its overflow (0 or 1). */
type BinaryOp = (alo: number, ahi: number, blo: number, bhi: number) => number;

function binaryFactory(op: BinaryOp, operandB: 'rb' | 'si' = 'rb'): Factory {
  return (c) => {
    const { s, oe, rc } = c;
    const rt = gpr(field(c, 'RT'));
    const ra = gpr(raField(c));
    const rb = operandB === 'rb' ? gpr(field(c, 'RB')) : -1;
    const kLo = operandB === 'si' ? field(c, 'SI') : 0;
    const kHi = kLo < 0 ? -1 : 0;
    return () => {
      const ov = rb >= 0 ? op(s[ra], s[ra + 1], s[rb], s[rb + 1]) : op(s[ra], s[ra + 1], kLo, kHi);
      s[rt] = OUT[0];
      s[rt + 1] = OUT[1];
      if (oe) setOv(s, ov, ov);
      if (rc) setCr0(s, rt);
    };
  };
}

const set = (lo: number, hi: number, overflow = 0): number => {
  OUT[0] = lo;
  OUT[1] = hi;
  return overflow;
};

const setBig = (v: bigint, overflow = 0): number => {
  const [lo, hi] = halves(v);
  return set(lo, hi, overflow);
};

const INT_MIN = -0x80000000;
const INT64_MIN = -(1n << 63n);

const mulld: BinaryOp = (alo, ahi, blo, bhi) => {
  mul64(alo, ahi, blo, bhi);
  const lo = OUT[0], hi = OUT[1];
  mulhs64(alo, ahi, blo, bhi);
  // The product fits when the high doubleword is the sign extension of the low one.
  const overflow = OUT[0] !== hi >> 31 || OUT[1] !== hi >> 31 ? 1 : 0;
  return set(lo, hi, overflow);
};

const mullw: BinaryOp = (alo, _ahi, blo) => {
  const lo = Math.imul(alo, blo), hi = mulhs32(alo, blo);
  return set(lo, hi, hi !== lo >> 31 ? 1 : 0);
};

// Divides: the undefined cases divide by one (qemu's choice), so the dividend comes back;
// the word forms zero-extend their 32-bit quotient.
const divw: BinaryOp = (alo, _ahi, blo) => {
  const undef = blo === 0 || (alo === INT_MIN && blo === -1);
  return set(undef ? alo : Math.trunc(alo / blo) | 0, 0, undef ? 1 : 0);
};

const divwu: BinaryOp = (alo, _ahi, blo) => {
  const undef = blo === 0;
  return set(undef ? alo : ((alo >>> 0) / (blo >>> 0)) | 0, 0, undef ? 1 : 0);
};

const divd: BinaryOp = (alo, ahi, blo, bhi) => {
  const a = toSigned(alo, ahi), b = toSigned(blo, bhi);
  const undef = b === 0n || (a === INT64_MIN && b === -1n);
  return setBig(undef ? a : a / b, undef ? 1 : 0);
};

const divdu: BinaryOp = (alo, ahi, blo, bhi) => {
  const a = toBig(alo, ahi), b = toBig(blo, bhi);
  return setBig(b === 0n ? a : a / b, b === 0n ? 1 : 0);
};

// Extended divides: the dividend is RA shifted left by the operand width; an overflowing or
// undefined quotient gives 0.
const divwe: BinaryOp = (alo, _ahi, blo) => {
  const a = BigInt(alo) << 32n, b = BigInt(blo);
  if (b === 0n) return set(0, 0, 1);
  const q = a / b;
  return q === BigInt.asIntN(32, q) ? setBig(q) : set(0, 0, 1);
};

const divweu: BinaryOp = (alo, _ahi, blo) => {
  const a = BigInt(alo >>> 0) << 32n, b = BigInt(blo >>> 0);
  if (b === 0n) return set(0, 0, 1);
  const q = a / b;
  return q <= 0xffffffffn ? setBig(q) : set(0, 0, 1);
};

const divde: BinaryOp = (alo, ahi, blo, bhi) => {
  const a = toSigned(alo, ahi), b = toSigned(blo, bhi);
  const abs = (v: bigint) => (v < 0n ? -v : v);
  // qemu flags only |RA| >= |RB|; a quotient past the signed range otherwise keeps its low 64 bits.
  if (b === 0n || abs(a) >= abs(b)) return set(0, 0, 1);
  return setBig((a << 64n) / b);
};

const divdeu: BinaryOp = (alo, ahi, blo, bhi) => {
  const a = toBig(alo, ahi), b = toBig(blo, bhi);
  if (b === 0n || a >= b) return set(0, 0, 1);
  return setBig((a << 64n) / b);
};

// Modulos: undefined cases (divisor 0, most negative by -1) give 0.
const modsw: BinaryOp = (alo, _ahi, blo) => {
  const r = blo === 0 || (alo === INT_MIN && blo === -1) ? 0 : alo % blo;
  return set(r, r >> 31);
};

const moduw: BinaryOp = (alo, _ahi, blo) => set(blo === 0 ? 0 : ((alo >>> 0) % (blo >>> 0)) | 0, 0);

const modsd: BinaryOp = (alo, ahi, blo, bhi) => {
  const a = toSigned(alo, ahi), b = toSigned(blo, bhi);
  return setBig(b === 0n || (a === INT64_MIN && b === -1n) ? 0n : a % b);
};

const modud: BinaryOp = (alo, ahi, blo, bhi) => {
  const b = toBig(blo, bhi);
  return setBig(b === 0n ? 0n : toBig(alo, ahi) % b);
};

/** maddhd, maddhdu, maddld: RT = (RA * RB + RC), high or low doubleword of the 128-bit sum. */
function multiplyAdd(signed: boolean, high: boolean): Factory {
  return (c: Ctx) => {
    const { s } = c;
    const rt = gpr(field(c, 'RT')), ra = gpr(raField(c)), rb = gpr(field(c, 'RB')), rc = gpr(field(c, 'RC'));
    const value = signed ? toSigned : toBig;
    return () => {
      const total = value(s[ra], s[ra + 1]) * value(s[rb], s[rb + 1]) + value(s[rc], s[rc + 1]);
      const [lo, hi] = halves(high ? total >> 64n : total);
      s[rt] = lo;
      s[rt + 1] = hi;
    };
  };
}

/** addpcis (and lnia, subpcis): RT = the next instruction's address + (D << 16). */
const addpcis: Factory = (c) => {
  const { s, nextLo, nextHi } = c;
  const rt = gpr(field(c, 'RT'));
  const k = field(c, 'DXD') * 65536;
  const l = (nextLo >>> 0) + (k >>> 0);
  const lo = l | 0, hi = (nextHi + (k < 0 ? -1 : 0) + (l > 0xffffffff ? 1 : 0)) | 0;
  return () => {
    s[rt] = lo;
    s[rt + 1] = hi;
  };
};

// ---- BCD assists -----------------------------------------------------------------------------

/** addg6s: a 6 in each digit of RT whose 4-bit digit of RA + RB carried nothing out, else 0. */
const addg6s: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT')), ra = gpr(raField(c)), rb = gpr(field(c, 'RB'));
  return () => {
    const a = toBig(s[ra], s[ra + 1]), b = toBig(s[rb], s[rb + 1]);
    // Bit k of a ^ b ^ (a + b) is the carry into bit k; a digit's carry out goes into the next digit's bit 0.
    const carries = (a ^ b ^ (a + b)) >> 4n;
    let r = 0n;
    for (let d = 0n; d < 64n; d += 4n) if (((carries >> d) & 1n) === 0n) r |= 6n << d;
    const [lo, hi] = halves(r);
    s[rt] = lo;
    s[rt + 1] = hi;
  };
};

/**
 * A declet (IEEE 754 densely packed decimal, 10 bits) to three BCD digits. The 24 non-canonical
 * declets decode as their canonical twins (their p and q bits are ignored).
 */
function declet(d: number): number {
  const bit = (n: number) => (d >> n) & 1;
  const pqr = d >> 7, stu = (d >> 4) & 7, wxy = d & 7, r = bit(7), u = bit(4), y = bit(0), pq = pqr >> 1, st = stu >> 1;
  let hundreds: number, tens: number, ones: number;
  if (!bit(3)) [hundreds, tens, ones] = [pqr, stu, wxy];
  else {
    switch (wxy >> 1) {
      case 0: [hundreds, tens, ones] = [pqr, stu, 8 | y]; break;
      case 1: [hundreds, tens, ones] = [pqr, 8 | u, (st << 1) | y]; break;
      case 2: [hundreds, tens, ones] = [8 | r, stu, (pq << 1) | y]; break;
      default:
        [hundreds, tens, ones] = st === 0 ? [8 | r, 8 | u, (pq << 1) | y] : st === 1 ? [8 | r, (pq << 1) | u, 8 | y]
          : st === 2 ? [pqr, 8 | u, 8 | y] : [8 | r, 8 | u, 8 | y];
    }
  }
  return (hundreds << 8) | (tens << 4) | ones;
}

/** Three BCD digits (12 bits) to their canonical declet. */
function toDeclet(bcd: number): number {
  const a = (bcd >> 8) & 15, e = (bcd >> 4) & 15, i = bcd & 15;
  const low3 = (n: number) => n & 7, hi2 = (n: number) => (n >> 1) & 3, b0 = (n: number) => n & 1;
  const large = ((a >> 3) << 2) | ((e >> 3) << 1) | (i >> 3);
  let pqr: number, stu: number, vwx: number;
  switch (large) {
    case 0: return (low3(a) << 7) | (low3(e) << 4) | low3(i);
    case 1: [pqr, stu, vwx] = [low3(a), low3(e), 0b100]; break;
    case 2: [pqr, stu, vwx] = [low3(a), (hi2(i) << 1) | b0(e), 0b101]; break;
    case 3: [pqr, stu, vwx] = [low3(a), 0b100 | b0(e), 0b111]; break;
    case 4: [pqr, stu, vwx] = [(hi2(i) << 1) | b0(a), low3(e), 0b110]; break;
    case 5: [pqr, stu, vwx] = [(hi2(e) << 1) | b0(a), 0b010 | b0(e), 0b111]; break;
    case 6: [pqr, stu, vwx] = [(hi2(i) << 1) | b0(a), b0(e), 0b111]; break;
    default: [pqr, stu, vwx] = [b0(a), 0b110 | b0(e), 0b111];
  }
  return (pqr << 7) | (stu << 4) | (vwx << 1) | b0(i);
}

const DECLET_TO_BCD = Int32Array.from({ length: 1024 }, (_, d) => declet(d));

/** cdtbcd: in each word, two declets (the low 20 bits) to six BCD digits (the low 24 bits). */
const fromDeclets = (w: number) => (DECLET_TO_BCD[(w >>> 10) & 0x3ff] << 12) | DECLET_TO_BCD[w & 0x3ff];

/**
 * cbcdtd: in each word, six BCD digits (the low 24 bits) to two declets. A digit above 9 is
 * undefined; it is taken ANDed with 9, as qemu does after POWER9 hardware.
 */
function toDeclets(w: number): number {
  let bcd = 0;
  for (let sh = 20; sh >= 0; sh -= 4) {
    const digit = (w >>> sh) & 15;
    bcd = (bcd << 4) | (digit > 9 ? digit & 9 : digit);
  }
  return (toDeclet(bcd >>> 12) << 10) | toDeclet(bcd & 0xfff);
}

function perWord(op: (w: number) => number): Factory {
  return (c) => {
    const { s } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    return () => {
      const lo = op(s[rs]), hi = op(s[rs + 1]);
      s[ra] = lo;
      s[ra + 1] = hi;
    };
  };
}

/** paddi, and so pli and pla: RT = (RA, zero, or with R = 1 the instruction's address) + SI34. */
const paddi: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT'));
  const a = addressing(c);
  return sized(c, () => {
    effectiveAddress(s, a);
    s[rt] = OUT[0];
    s[rt + 1] = OUT[1];
  });
};

export const ARITH: Family = {
  paddi,
  addpcis,
  addg6s,
  cdtbcd: perWord(fromDeclets),
  cbcdtd: perWord(toDeclets),
  ...Object.fromEntries(Object.entries(ADDS).map(([k, spec]) => [k, addFactory(spec)])),
  mulli: binaryFactory((alo, ahi, blo, bhi) => (mul64(alo, ahi, blo, bhi), 0), 'si'),
  mulld: binaryFactory(mulld),
  mullw: binaryFactory(mullw),
  mulhw: binaryFactory((alo, _ahi, blo) => set(mulhs32(alo, blo), 0)),
  mulhwu: binaryFactory((alo, _ahi, blo) => set(mulhu32(alo, blo), 0)),
  mulhd: binaryFactory((alo, ahi, blo, bhi) => (mulhs64(alo, ahi, blo, bhi), 0)),
  mulhdu: binaryFactory((alo, ahi, blo, bhi) => (mulhu64(alo, ahi, blo, bhi), 0)),
  divw: binaryFactory(divw),
  divwu: binaryFactory(divwu),
  divd: binaryFactory(divd),
  divdu: binaryFactory(divdu),
  divwe: binaryFactory(divwe),
  divweu: binaryFactory(divweu),
  divde: binaryFactory(divde),
  divdeu: binaryFactory(divdeu),
  modsw: binaryFactory(modsw),
  moduw: binaryFactory(moduw),
  modsd: binaryFactory(modsd),
  modud: binaryFactory(modud),
  maddhd: multiplyAdd(true, true),
  maddhdu: multiplyAdd(false, true),
  maddld: multiplyAdd(true, false),
};
