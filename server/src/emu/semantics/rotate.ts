// Rotates and shifts. Word rotates rotate the low word as the ISA's ROTL32 does (the word
// doubled across both halves), then mask with MASK(MB+32, ME+32), which covers the high word
// only when the mask wraps. Algebraic shifts set CA and CA32 when a negative value loses
// one bits.

import { CA, CA32 } from '../machine.js';
import { OUT, mask32, mask64, rotl64 } from '../u64.js';
import { field, gpr, raField, setCr0, type Factory, type Family } from './context.js';

const rotl32 = (x: number, n: number) => (n === 0 ? x : (x << n) | (x >>> (32 - n)));

/** rlwinm, rlwnm, rlwimi: amount from SH or RB, mask from MB and ME, insert or replace. */
function wordRotate(amountFrom: 'SH' | 'RB', insert: boolean): Factory {
  return (c) => {
    const { s, rc } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    const sh = amountFrom === 'SH' ? field(c, 'SH') : 0;
    const rb = amountFrom === 'RB' ? gpr(field(c, 'RB')) : -1;
    const mb = field(c, 'MB'), me = field(c, 'ME');
    const m = mask32(mb, me);
    const mHi = mb > me ? -1 : 0;
    return () => {
      const r = rotl32(s[rs], rb >= 0 ? s[rb] & 31 : sh);
      if (insert) {
        s[ra] = (r & m) | (s[ra] & ~m);
        s[ra + 1] = (r & mHi) | (s[ra + 1] & ~mHi);
      } else {
        s[ra] = r & m;
        s[ra + 1] = r & mHi;
      }
      if (rc) setCr0(s, ra);
    };
  };
}

/**
 * The doubleword rotates: amount from SH6 or RB, and the mask the ISA gives each in terms of
 * the MB6 field (which is ME for the "clear right" forms) and the shift.
 */
function doublewordRotate(amountFrom: 'SH6' | 'RB', mask: (mb: number, sh: number) => [number, number], insert = false): Factory {
  return (c) => {
    const { s, rc } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    const sh = amountFrom === 'SH6' ? field(c, 'SH6') : 0;
    const rb = amountFrom === 'RB' ? gpr(field(c, 'RB')) : -1;
    const [mLo, mHi] = mask(field(c, 'MB6'), sh);
    // Shifts by a constant (sldi, srdi, clrldi: rldicl/rldicr with SH6) are everywhere; their
    // closure rotates by the known amount without the general path's branches.
    if (rb < 0 && !insert && !rc && (sh & 31) !== 0) {
      const n = sh & 31;
      const from = sh & 32 ? rs + 1 : rs;
      const other = sh & 32 ? rs : rs + 1;
      return () => {
        const a = s[from], b = s[other];
        s[ra] = ((a << n) | (b >>> (32 - n))) & mLo;
        s[ra + 1] = ((b << n) | (a >>> (32 - n))) & mHi;
      };
    }
    return () => {
      rotl64(s[rs], s[rs + 1], rb >= 0 ? s[rb] & 63 : sh);
      if (insert) {
        s[ra] = (OUT[0] & mLo) | (s[ra] & ~mLo);
        s[ra + 1] = (OUT[1] & mHi) | (s[ra + 1] & ~mHi);
      } else {
        s[ra] = OUT[0] & mLo;
        s[ra + 1] = OUT[1] & mHi;
      }
      if (rc) setCr0(s, ra);
    };
  };
}

/** A 64-bit value shifted by n (0..63) into OUT; right shifts logical or algebraic. */
function shiftLeft(lo: number, hi: number, n: number): void {
  if (n >= 32) { OUT[1] = lo << (n - 32); OUT[0] = 0; return; }
  if (n === 0) { OUT[0] = lo; OUT[1] = hi; return; }
  OUT[1] = (hi << n) | (lo >>> (32 - n));
  OUT[0] = lo << n;
}

function shiftRight(lo: number, hi: number, n: number, algebraic: boolean): void {
  if (n >= 32) { OUT[0] = algebraic ? hi >> (n - 32) : hi >>> (n - 32); OUT[1] = algebraic ? hi >> 31 : 0; return; }
  if (n === 0) { OUT[0] = lo; OUT[1] = hi; return; }
  OUT[0] = (lo >>> n) | (hi << (32 - n));
  OUT[1] = algebraic ? hi >> n : hi >>> n;
}

/** Whether the low n bits (0..63) of a 64-bit value hold a one. */
function losesOnes(lo: number, hi: number, n: number): boolean {
  if (n >= 32) return lo !== 0 || (hi & ((1 << (n - 32)) - 1)) !== 0;
  return (lo & ((1 << n) - 1)) !== 0;
}

interface ShiftSpec {
  direction: 'left' | 'right';
  algebraic?: boolean;
  /** 32: the word forms, which shift the low word (extended to 64 bits); 64: doubleword forms. */
  width: 32 | 64;
  /** From a register (one bit wider than the width: set, everything is shifted out) or a field. */
  amount: 'RB' | 'SH' | 'SH6';
  /** extswsli: the low word sign-extended is what shifts. */
  extendWord?: boolean;
}

function shift(spec: ShiftSpec): Factory {
  return (c) => {
    const { s, rc } = c;
    const ra = gpr(raField(c)), rs = gpr(field(c, 'RS'));
    const rb = spec.amount === 'RB' ? gpr(field(c, 'RB')) : -1;
    const imm = spec.amount === 'RB' ? 0 : field(c, spec.amount);
    const amountMask = spec.width * 2 - 1;
    const { width } = spec;
    const left = spec.direction === 'left';
    const algebraic = spec.algebraic === true;
    const signExtendWord = spec.extendWord === true || (width === 32 && algebraic);
    return () => {
      const n = rb >= 0 ? s[rb] & amountMask : imm;
      const lo = s[rs];
      const hi = signExtendWord ? lo >> 31 : width === 32 ? 0 : s[rs + 1];
      if (n >= width) {
        OUT[0] = OUT[1] = algebraic ? hi >> 31 : 0;
      } else if (left) {
        shiftLeft(lo, hi, n);
        if (width === 32) OUT[1] = 0;
      } else {
        shiftRight(lo, hi, n, algebraic);
      }
      if (algebraic) s[CA] = s[CA32] = hi < 0 && (n >= width || losesOnes(lo, hi, n)) ? 1 : 0;
      s[ra] = OUT[0];
      s[ra + 1] = OUT[1];
      if (rc) setCr0(s, ra);
    };
  };
}

export const ROTATE: Family = {
  rlwinm: wordRotate('SH', false),
  rlwnm: wordRotate('RB', false),
  rlwimi: wordRotate('SH', true),
  rldicl: doublewordRotate('SH6', (mb) => mask64(mb, 63)),
  rldicr: doublewordRotate('SH6', (me) => mask64(0, me)),
  rldic: doublewordRotate('SH6', (mb, sh) => mask64(mb, 63 - sh)),
  rldimi: doublewordRotate('SH6', (mb, sh) => mask64(mb, 63 - sh), true),
  rldcl: doublewordRotate('RB', (mb) => mask64(mb, 63)),
  rldcr: doublewordRotate('RB', (me) => mask64(0, me)),
  slw: shift({ direction: 'left', width: 32, amount: 'RB' }),
  srw: shift({ direction: 'right', width: 32, amount: 'RB' }),
  sraw: shift({ direction: 'right', algebraic: true, width: 32, amount: 'RB' }),
  srawi: shift({ direction: 'right', algebraic: true, width: 32, amount: 'SH' }),
  sld: shift({ direction: 'left', width: 64, amount: 'RB' }),
  srd: shift({ direction: 'right', width: 64, amount: 'RB' }),
  srad: shift({ direction: 'right', algebraic: true, width: 64, amount: 'RB' }),
  sradi: shift({ direction: 'right', algebraic: true, width: 64, amount: 'SH6' }),
  extswsli: shift({ direction: 'left', width: 64, amount: 'SH6', extendWord: true }),
};
