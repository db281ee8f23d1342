// Loads and stores. One implementation serves every width, sign, update, index and
// byte-reversal form: the width, sign and update come from the table name (l{b,h,w,d}[z|a][u][x],
// st..., ..brx, their p-prefixed forms), the addressing from the base entry's operands (a
// displacement kind or RB, RA or RA0, and R for PC-relative prefixed forms). The same goes for
// the FPR, VR and VSR forms, which differ only in how bytes meet the register.

import { CR, RESERVE_ADDR, RESERVE_HELD, RESERVE_VALUE, SO } from '../machine.js';
import { addressing, effectiveAddress, sized } from './address.js';
import type { Memory } from '../memory.js';
import { OUT, bswap16, bswap32 } from '../u64.js';
import { field, gpr, raField, vsrSlot, type Ctx, type Factory, type Pattern } from './context.js';

/** The RA slot written by update forms, or -1. */
function updateSlot(c: Ctx, update: boolean): number {
  return update ? gpr(raField(c)) : -1;
}

const BYTES: Record<string, number> = { b: 1, h: 2, w: 4, d: 8 };

/** Reads width bytes at (hi, lo) into OUT, zero- or sign-extended, optionally byte-reversed. */
function load(mem: Memory, hi: number, lo: number, width: number, signed: boolean, reversed: boolean): void {
  if (width === 8) {
    mem.read64(hi, lo);
    if (reversed) { OUT[0] = bswap32(mem.hi); OUT[1] = bswap32(mem.lo); } else { OUT[0] = mem.lo; OUT[1] = mem.hi; }
    return;
  }
  let v: number;
  if (width === 1) v = mem.read8(hi, lo);
  else if (width === 2) {
    v = mem.read16(hi, lo);
    if (reversed) v = bswap16(v);
    if (signed) v = (v << 16) >> 16;
  } else {
    v = mem.read32(hi, lo);
    if (reversed) v = bswap32(v);
  }
  OUT[0] = v;
  OUT[1] = signed ? v >> 31 : 0;
}

function store(mem: Memory, hi: number, lo: number, width: number, reversed: boolean, vlo: number, vhi: number): void {
  if (width === 1) mem.write8(hi, lo, vlo & 0xff);
  else if (width === 2) mem.write16(hi, lo, reversed ? bswap16(vlo) : vlo);
  else if (width === 4) mem.write32(hi, lo, reversed ? bswap32(vlo) : vlo);
  else if (reversed) mem.write64(hi, lo, bswap32(vhi), bswap32(vlo));
  else mem.write64(hi, lo, vlo, vhi);
}

function gprAccess(isLoad: boolean, width: number, signed: boolean, update: boolean, reversed: boolean): Factory {
  return (c) => {
    const { s, mem } = c;
    const a = addressing(c);
    const reg = gpr(field(c, isLoad ? 'RT' : 'RS'));
    const ra = updateSlot(c, update);
    // Doubleword and word accesses at a displacement (ld/std/lwz/stw off r1, r2, r13) are
    // most of what kernel code does: they get closures of their own, free of the generic
    // path's branches (which one shared closure would take differently for every instruction).
    if (a.rb < 0 && !update && !reversed && !signed && c.decoded.length === 4 && (width === 8 || width === 4)) {
      const { base, dLo, dHi } = a;
      if (width === 8 && isLoad) {
        return () => {
          const l = (s[base] >>> 0) + (dLo >>> 0);
          mem.read64((s[base + 1] + dHi + (l > 0xffffffff ? 1 : 0)) | 0, l | 0);
          s[reg] = mem.lo;
          s[reg + 1] = mem.hi;
        };
      }
      if (width === 8) {
        return () => {
          const l = (s[base] >>> 0) + (dLo >>> 0);
          mem.write64((s[base + 1] + dHi + (l > 0xffffffff ? 1 : 0)) | 0, l | 0, s[reg], s[reg + 1]);
        };
      }
      if (isLoad) {
        return () => {
          const l = (s[base] >>> 0) + (dLo >>> 0);
          s[reg] = mem.read32((s[base + 1] + dHi + (l > 0xffffffff ? 1 : 0)) | 0, l | 0);
          s[reg + 1] = 0;
        };
      }
      return () => {
        const l = (s[base] >>> 0) + (dLo >>> 0);
        mem.write32((s[base + 1] + dHi + (l > 0xffffffff ? 1 : 0)) | 0, l | 0, s[reg]);
      };
    }
    return sized(c, () => {
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      if (isLoad) {
        load(mem, hi, lo, width, signed, reversed);
        s[reg] = OUT[0];
        s[reg + 1] = OUT[1];
      } else {
        store(mem, hi, lo, width, reversed, s[reg], s[reg + 1]);
      }
      if (ra >= 0) {
        s[ra] = lo;
        s[ra + 1] = hi;
      }
    });
  };
}

const GPR_ACCESS = /^p?(l|st)(b|h|w|d)(z|a)?(u?)(x?)$/;
const BYTE_REVERSED = /^(l|st)(h|w|d)brx$/;

// ---- Reservations --------------------------------------------------------------------------

/**
 * l{b,h,w,d}arx take a reservation on their address and remember the value; st{b,h,w,d}cx.
 * store only while it is held for the same address and memory still holds that value
 * (qemu's rule), set CR0 to EQ on success, and drop it either way.
 */
function reserve(isLoad: boolean, width: number): Factory {
  return (c) => {
    const { s, mem, host } = c;
    const a = addressing(c);
    const reg = gpr(field(c, isLoad ? 'RT' : 'RS'));
    const name = c.key;
    return () => {
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      if (lo & (width - 1)) return host.halt('fault', `${name} at unaligned address 0x${(hi >>> 0).toString(16)}${(lo >>> 0).toString(16).padStart(8, '0')}`);
      if (isLoad) {
        load(mem, hi, lo, width, false, false);
        s[reg] = s[RESERVE_VALUE] = OUT[0];
        s[reg + 1] = s[RESERVE_VALUE + 1] = OUT[1];
        s[RESERVE_ADDR] = lo;
        s[RESERVE_ADDR + 1] = hi;
        s[RESERVE_HELD] = 1;
        return;
      }
      let stored = 0;
      if (s[RESERVE_HELD] && s[RESERVE_ADDR] === lo && s[RESERVE_ADDR + 1] === hi) {
        load(mem, hi, lo, width, false, false);
        if (OUT[0] === s[RESERVE_VALUE] && OUT[1] === s[RESERVE_VALUE + 1]) {
          store(mem, hi, lo, width, false, s[reg], s[reg + 1]);
          stored = 2;
        }
      }
      s[RESERVE_HELD] = 0;
      s[CR] = (s[CR] & 0x0fffffff) | ((stored | s[SO]) << 28);
    };
  };
}

// ---- FPR, VR and VSR forms ---------------------------------------------------------------------

/** How the bytes meet the register: one doubleword, a converted single, a word, or 16 bytes. */
type Layout = 'double' | 'single' | 'word-signed' | 'word-zero' | 'word' | 'quad' | 'doublewords' | 'words';

const VECTOR_LAYOUT: Record<string, Layout> = {
  lxsd: 'double', stxsd: 'double', lxsdx: 'double', stxsdx: 'double', plxsd: 'double', pstxsd: 'double',
  lxssp: 'single', stxssp: 'single', lxsspx: 'single', stxsspx: 'single', plxssp: 'single', pstxssp: 'single',
  lfiwax: 'word-signed', lxsiwax: 'word-signed', lfiwzx: 'word-zero', lxsiwzx: 'word-zero', stfiwx: 'word', stxsiwx: 'word',
  lxv: 'quad', stxv: 'quad', lxvx: 'quad', stxvx: 'quad', plxv: 'quad', pstxv: 'quad', lvx: 'quad', stvx: 'quad',
  lxvd2x: 'doublewords', stxvd2x: 'doublewords', lxvw4x: 'words', stxvw4x: 'words',
};

/** lvx and stvx ignore the low four address bits. */
const QUAD_ALIGNED = new Set(['lvx', 'stvx']);

const FP_ACCESS = /^p?(l|st)f(s|d)(u?)(x?)$/;

/** The ISA's DOUBLE(): single-precision bits to double-precision bits, NaN payloads intact. */
function singleToDouble(w: number): void {
  const exponent = (w >>> 23) & 0xff;
  if (exponent === 0 && (w & 0x7fffff) !== 0) {
    // Denormals normalise; the conversion is exact in any IEEE arithmetic (host words are little-endian).
    I32[0] = w;
    F64[0] = F32[0];
    OUT[0] = I64[0];
    OUT[1] = I64[1];
    return;
  }
  const wide = exponent === 0xff || exponent === 0 ? (w & 0x40000000 ? 0x38000000 : 0) : (w & 0x40000000 ? 0 : 0x38000000);
  OUT[1] = (w & 0xc0000000) | wide | ((w & 0x3fffffff) >>> 3);
  OUT[0] = w << 29;
}

/** The ISA's SINGLE() as qemu implements it (out-of-range exponents underflow to zero). */
function doubleToSingle(lo: number, hi: number): number {
  const exponent = (hi >>> 20) & 0x7ff;
  if (exponent > 896) return (hi & 0xc0000000) | ((hi & 0x07ffffff) << 3) | (lo >>> 29);
  let w = hi & 0x80000000;
  if (exponent >= 874) {
    // Denormal: the 53-bit significand shifted right by 896 + 30 - exponent (30..52).
    const significand = (BigInt((hi & 0xfffff) | 0x100000) << 32n) | BigInt(lo >>> 0);
    w |= Number(significand >> BigInt(896 + 30 - exponent));
  }
  return w;
}

const scratch = new ArrayBuffer(8);
const F32 = new Float32Array(scratch, 0, 1);
const I32 = new Int32Array(scratch, 0, 1);
const F64 = new Float64Array(scratch);
const I64 = new Int32Array(scratch);

/** An FPR result: doubleword 0, with doubleword 1 zeroed (ISA 3.1 defines it so; qemu does). */
export function setFpr(s: Int32Array, v: number, lo: number, hi: number): void {
  s[v] = lo;
  s[v + 1] = hi;
  s[v + 2] = 0;
  s[v + 3] = 0;
}

/**
 * The X-form VSX scalar loads leave doubleword 1 as it was (undefined in the ISA; qemu keeps
 * it); the FPR loads and the DS-form and prefixed ones zero it.
 */
const KEEP_DOUBLEWORD_1 = new Set(['lxsdx', 'lxsiwzx', 'lxsiwax', 'lxsspx', 'lxsibzx', 'lxsihzx']);

function setDoubleword0(s: Int32Array, v: number, lo: number, hi: number): void {
  s[v] = lo;
  s[v + 1] = hi;
}

/** (hi, lo) + n into OUT. */
function plus(hi: number, lo: number, n: number): void {
  const l = (lo >>> 0) + n;
  OUT[0] = l | 0;
  OUT[1] = l > 0xffffffff ? (hi + 1) | 0 : hi;
}

function vectorLoad(mem: Memory, s: Int32Array, v: number, hi: number, lo: number, layout: Layout, zeroDoubleword1: boolean): void {
  const setScalar = zeroDoubleword1 ? setFpr : setDoubleword0;
  switch (layout) {
    case 'double': mem.read64(hi, lo); setScalar(s, v, mem.lo, mem.hi); return;
    case 'single': singleToDouble(mem.read32(hi, lo)); setScalar(s, v, OUT[0], OUT[1]); return;
    case 'word-signed': case 'word-zero': {
      const w = mem.read32(hi, lo);
      setScalar(s, v, w, layout === 'word-signed' ? w >> 31 : 0);
      return;
    }
    case 'quad': case 'doublewords': {
      // Quadword forms in little-endian mode reverse all 16 bytes: doubleword 1 comes first.
      const first = layout === 'quad' && mem.littleEndian ? v + 2 : v;
      const second = first === v ? v + 2 : v;
      mem.read64(hi, lo);
      const aLo = mem.lo, aHi = mem.hi;
      plus(hi, lo, 8);
      mem.read64(OUT[1], OUT[0]);
      s[first] = aLo; s[first + 1] = aHi; s[second] = mem.lo; s[second + 1] = mem.hi;
      return;
    }
    case 'words': {
      const w: number[] = [];
      for (let n = 0; n < 16; n += 4) { plus(hi, lo, n); w.push(mem.read32(OUT[1], OUT[0])); }
      s[v] = w[1]; s[v + 1] = w[0]; s[v + 2] = w[3]; s[v + 3] = w[2];
      return;
    }
    default: throw new Error(`no load layout ${layout}`);
  }
}

function vectorStore(mem: Memory, s: Int32Array, v: number, hi: number, lo: number, layout: Layout): void {
  switch (layout) {
    case 'double': mem.write64(hi, lo, s[v], s[v + 1]); return;
    case 'single': mem.write32(hi, lo, doubleToSingle(s[v], s[v + 1])); return;
    case 'word': mem.write32(hi, lo, s[v]); return;
    case 'quad': case 'doublewords': case 'words': {
      // Checked whole before any byte is written, so a fault leaves memory as it was.
      plus(hi, lo, 15);
      mem.page(OUT[1], OUT[0], 'write');
      mem.page(hi, lo, 'write');
      if (layout === 'words') {
        const words = [s[v + 1], s[v], s[v + 3], s[v + 2]];
        for (let i = 0; i < 4; i++) { plus(hi, lo, 4 * i); mem.write32(OUT[1], OUT[0], words[i]); }
        return;
      }
      const first = layout === 'quad' && mem.littleEndian ? v + 2 : v;
      const second = first === v ? v + 2 : v;
      mem.write64(hi, lo, s[first], s[first + 1]);
      plus(hi, lo, 8);
      mem.write64(OUT[1], OUT[0], s[second], s[second + 1]);
      return;
    }
    default: throw new Error(`no store layout ${layout}`);
  }
}

function vectorAccess(isLoad: boolean, layout: Layout, update: boolean, aligned: boolean): Factory {
  return (c) => {
    const { s, mem } = c;
    const a = addressing(c);
    const v = vsrSlot(c, 0);
    const zeroDoubleword1 = !KEEP_DOUBLEWORD_1.has(c.key);
    const ra = updateSlot(c, update);
    return sized(c, () => {
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      const at = aligned ? lo & ~15 : lo;
      if (isLoad) vectorLoad(mem, s, v, hi, at, layout, zeroDoubleword1);
      else vectorStore(mem, s, v, hi, at, layout);
      if (ra >= 0) {
        s[ra] = lo;
        s[ra + 1] = hi;
      }
    });
  };
}

/** dcbz: zeroes the 128-byte block holding the address. */
const dcbz: Factory = (c) => {
  const { s, mem } = c;
  const a = addressing(c);
  return () => {
    effectiveAddress(s, a);
    const lo = OUT[0] & ~127, hi = OUT[1];
    mem.page(hi, lo, 'write');
    for (let i = 0; i < 128; i += 8) mem.write64(hi, (lo + i) | 0, 0, 0);
  };
};

export const loadStorePattern: Pattern = (key) => {
  let m = GPR_ACCESS.exec(key);
  if (m) return gprAccess(m[1] === 'l', BYTES[m[2]], m[3] === 'a', m[4] === 'u', false);
  m = BYTE_REVERSED.exec(key);
  if (m) return gprAccess(m[1] === 'l', BYTES[m[2]], false, false, true);
  m = /^l(b|h|w|d)arx$/.exec(key);
  if (m) return reserve(true, BYTES[m[1]]);
  m = /^st(b|h|w|d)cx\.$/.exec(key);
  if (m) return reserve(false, BYTES[m[1]]);
  m = FP_ACCESS.exec(key);
  if (m) return vectorAccess(m[1] === 'l', m[2] === 's' ? 'single' : 'double', m[3] === 'u', false);
  const layout = VECTOR_LAYOUT[key];
  if (layout) return vectorAccess(key.startsWith('l') || key.startsWith('pl'), layout, false, QUAD_ALIGNED.has(key));
  if (key === 'dcbz') return dcbz;
  return undefined;
};
