// Loads and stores. One implementation serves every width, sign, update, index and
// byte-reversal form: the width, sign and update come from the table name (l{b,h,w,d}[z|a][u][x],
// st..., ..brx, their p-prefixed forms), the addressing from the base entry's operands (a
// displacement kind or RB, RA or RA0, and R for PC-relative prefixed forms). The same goes for
// the FPR, VR and VSR forms, which differ only in how bytes meet the register.

import { CR, RESERVE_ADDR, RESERVE_HELD, RESERVE_VALUE, SO, XER_REST } from '../machine.js';
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

/**
 * lqarx and stqcx.: the reservation pair for quadwords, the register pair placed as lq places
 * it. stqcx. stores only while memory still holds both doublewords lqarx loaded (qemu's rule).
 */
function reserveQuad(isLoad: boolean): Factory {
  return (c) => {
    const { s, mem, host } = c;
    const a = addressing(c);
    const even = gpr(field(c, isLoad ? 'RTQ' : 'RSQ'));
    const name = c.key;
    return () => {
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      if (lo & 15) return host.halt('fault', `${name} at unaligned address 0x${(hi >>> 0).toString(16)}${(lo >>> 0).toString(16).padStart(8, '0')}`);
      const first = mem.littleEndian ? even + 2 : even;
      const second = first === even ? even + 2 : even;
      plus(hi, lo, 8);
      const lo8 = OUT[0], hi8 = OUT[1];
      mem.read64(hi, lo);
      const aLo = mem.lo, aHi = mem.hi;
      mem.read64(hi8, lo8);
      const bLo = mem.lo, bHi = mem.hi;
      if (isLoad) {
        s[first] = aLo; s[first + 1] = aHi; s[second] = bLo; s[second + 1] = bHi;
        s[RESERVE_VALUE] = aLo; s[RESERVE_VALUE + 1] = aHi; s[RESERVE_VALUE + 2] = bLo; s[RESERVE_VALUE + 3] = bHi;
        s[RESERVE_ADDR] = lo;
        s[RESERVE_ADDR + 1] = hi;
        s[RESERVE_HELD] = 1;
        return;
      }
      let stored = 0;
      if (s[RESERVE_HELD] && s[RESERVE_ADDR] === lo && s[RESERVE_ADDR + 1] === hi
        && aLo === s[RESERVE_VALUE] && aHi === s[RESERVE_VALUE + 1] && bLo === s[RESERVE_VALUE + 2] && bHi === s[RESERVE_VALUE + 3]) {
        mem.write64(hi, lo, s[first], s[first + 1]);
        mem.write64(hi8, lo8, s[second], s[second + 1]);
        stored = 2;
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

// ---- Quadwords -------------------------------------------------------------------------------

/**
 * lq, stq, plq, pstq: 16 bytes and an even-odd GPR pair. In big-endian mode the even register
 * meets the doubleword at EA; in little-endian mode lq and stq take the quadword as one
 * byte-reversed value, so the even register meets the doubleword at EA+8, while plq and pstq
 * keep the even register at EA (ISA 3.1; qemu does the same). Like qemu, no alignment is
 * required.
 */
function quadAccess(isLoad: boolean, prefixed: boolean): Factory {
  return (c) => {
    const { s, mem } = c;
    const a = addressing(c);
    const even = gpr(field(c, isLoad ? 'RTQ' : 'RSQ'));
    return sized(c, () => {
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      const first = mem.littleEndian && !prefixed ? even + 2 : even;
      const second = first === even ? even + 2 : even;
      plus(hi, lo, 8);
      const lo8 = OUT[0], hi8 = OUT[1];
      if (isLoad) {
        mem.read64(hi, lo);
        const aLo = mem.lo, aHi = mem.hi;
        mem.read64(hi8, lo8);
        s[first] = aLo; s[first + 1] = aHi; s[second] = mem.lo; s[second + 1] = mem.hi;
        return;
      }
      plus(hi, lo, 15);
      mem.page(OUT[1], OUT[0], 'write');
      mem.page(hi, lo, 'write');
      mem.write64(hi, lo, s[first], s[first + 1]);
      mem.write64(hi8, lo8, s[second], s[second + 1]);
    });
  };
}

// ---- Load/store multiple and strings -------------------------------------------------------------

/** Whether register r is among the n registers from `first` up, wrapping from r31 to r0. */
const among = (r: number, first: number, n: number) => ((r - first) & 31) < n;

/**
 * lmw, stmw, lswi, lswx, stswi, stswx: bytes between storage and the low words of consecutive
 * GPRs from RT (RS) up, wrapping from r31 to r0, each word filled from its most significant
 * byte (a last partial word padded with zeros) and the high words zeroed. lmw and stmw move
 * the words up to r31, lswi and stswi NB bytes (32 for 0), lswx and stswx XER's byte count (none
 * for 0: RT is then left alone, as in qemu). A load whose RA (even 0) or RB is among the
 * registers it writes is an invalid form and stops as an illegal instruction (lmw's is not
 * decoded). The ISA defines them in big-endian mode only: in little-endian mode they take an
 * Alignment interrupt, which Linux turns into SIGBUS (qemu-ppc64le aborts), so the run stops.
 */
function multiple(isLoad: boolean, count: 'words' | 'immediate' | 'xer'): Factory {
  return (c) => {
    const { s, mem, host } = c;
    const a = addressing(c);
    // addressing() reads RB by that name only; lswx names it RBQ.
    if (count === 'xer') a.rb = gpr(field(c, 'RB'));
    const first = field(c, isLoad ? 'RT' : 'RS');
    const ra = raField(c), rb = count === 'xer' ? field(c, 'RB') : -1;
    const fixed = count === 'words' ? 4 * (32 - first) : count === 'immediate' ? field(c, 'NBI') : -1;
    const text = c.decoded.text.replace(/\s+/g, ' ');
    return () => {
      if (mem.littleEndian) {
        return host.halt('fault', `${text}: load/store multiple and string instructions are not defined in little-endian mode (an Alignment interrupt; SIGBUS under Linux)`);
      }
      const n = fixed >= 0 ? fixed : s[XER_REST] & 0x7f;
      if (n === 0) return;
      const regs = (n + 3) >> 2;
      if (isLoad && count !== 'words' && (among(ra, first, regs) || (rb >= 0 && among(rb, first, regs)))) {
        return host.halt('illegal-instruction', `${text}: RA or RB is among the ${regs} registers loaded (an invalid form)`);
      }
      effectiveAddress(s, a);
      const lo = OUT[0], hi = OUT[1];
      // Both ends checked before any byte moves, so a fault leaves registers and memory as they were.
      plus(hi, lo, n - 1);
      mem.page(OUT[1], OUT[0], isLoad ? 'read' : 'write');
      mem.page(hi, lo, isLoad ? 'read' : 'write');
      if (isLoad) {
        const bytes: number[] = [];
        for (let i = 0; i < n; i++) { plus(hi, lo, i); bytes.push(mem.read8(OUT[1], OUT[0])); }
        for (let k = 0; k < regs; k++) {
          const r = gpr((first + k) & 31);
          s[r] = ((bytes[4 * k] << 24) | ((bytes[4 * k + 1] ?? 0) << 16) | ((bytes[4 * k + 2] ?? 0) << 8) | (bytes[4 * k + 3] ?? 0));
          s[r + 1] = 0;
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        plus(hi, lo, i);
        mem.write8(OUT[1], OUT[0], (s[gpr((first + (i >> 2)) & 31)] >>> (24 - 8 * (i & 3))) & 0xff);
      }
    };
  };
}

// ---- VR elements and permute control -----------------------------------------------------------

/** Slot offsets of a VSR's words, most significant first (each doubleword is stored low word first). */
const VR_WORD = [1, 0, 3, 2];

/** Byte j of the VSR at v, 0 the most significant. */
const vrByte = (s: Int32Array, v: number, j: number) => (s[v + VR_WORD[j >> 2]] >>> (24 - 8 * (j & 3))) & 0xff;

function setVrByte(s: Int32Array, v: number, j: number, b: number): void {
  const at = v + VR_WORD[j >> 2], sh = 24 - 8 * (j & 3);
  s[at] = (s[at] & ~(0xff << sh)) | (b << sh);
}

/**
 * lve{b,h,w}x and stve{b,h,w}x: one element at EA rounded down to its size, in the VR byte
 * lanes where lvx and stvx would move those bytes: lane EA & 15 counted from the most
 * significant byte in big-endian mode, from the least significant in little-endian mode. The
 * loads leave the other elements as they were (undefined in the ISA; qemu keeps them).
 */
function elementAccess(isLoad: boolean, width: number): Factory {
  return (c) => {
    const { s, mem } = c;
    const a = addressing(c);
    const v = vsrSlot(c, 0);
    return () => {
      effectiveAddress(s, a);
      // The element lies in one aligned quadword, so lo + i never carries into hi.
      const lo = OUT[0] & -width, hi = OUT[1], k = lo & 15;
      for (let i = 0; i < width; i++) {
        const lane = mem.littleEndian ? 15 - k - i : k + i;
        if (isLoad) setVrByte(s, v, lane, mem.read8(hi, (lo + i) | 0));
        else mem.write8(hi, (lo + i) | 0, vrByte(s, v, lane));
      }
    };
  };
}

/**
 * lvsl and lvsr: the permute control for a shift by sh = EA & 15, bytes sh..sh+15 (lvsl) or
 * 16-sh..31-sh (lvsr) counted from the most significant, in either byte order. No storage is
 * accessed.
 */
function shiftControl(right: boolean): Factory {
  return (c) => {
    const { s } = c;
    const a = addressing(c);
    const v = vsrSlot(c, 0);
    return () => {
      effectiveAddress(s, a);
      const sh = OUT[0] & 15, from = right ? 16 - sh : sh;
      for (let w = 0; w < 4; w++) {
        const b = from + 4 * w;
        s[v + VR_WORD[w]] = (b << 24) | ((b + 1) << 16) | ((b + 2) << 8) | (b + 3);
      }
    };
  };
}

const OTHER_ACCESS: Record<string, Factory> = {
  lq: quadAccess(true, false), stq: quadAccess(false, false), plq: quadAccess(true, true), pstq: quadAccess(false, true),
  lqarx: reserveQuad(true), 'stqcx.': reserveQuad(false),
  lmw: multiple(true, 'words'), stmw: multiple(false, 'words'), lswi: multiple(true, 'immediate'), stswi: multiple(false, 'immediate'),
  lswx: multiple(true, 'xer'), stswx: multiple(false, 'xer'),
  lvebx: elementAccess(true, 1), lvehx: elementAccess(true, 2), lvewx: elementAccess(true, 4),
  stvebx: elementAccess(false, 1), stvehx: elementAccess(false, 2), stvewx: elementAccess(false, 4),
  lvsl: shiftControl(false), lvsr: shiftControl(true),
};

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
  if (Object.hasOwn(OTHER_ACCESS, key)) return OTHER_ACCESS[key];
  return undefined;
};
