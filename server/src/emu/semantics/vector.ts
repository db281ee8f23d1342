// Moves between GPRs, FPRs, VRs and VSRs, the sign-bit FP moves, vector logicals, splats and
// doubleword permutes. FPR n is doubleword 0 of VSR n and VR n is VSR 32+n. The FP moves zero
// doubleword 1 (undefined before ISA 3.1, zero since); the moves from GPRs leave it, as qemu
// does.

import { FPSCR } from '../machine.js';
import { baseReg, field, gpr, raField, setCrField, vsrSlot, type Ctx, type Factory, type Family } from './context.js';
import { BITWISE_OPS, bitwise } from './logical.js';
import { setFpr } from './loadstore.js';

/** GPR <- one word or doubleword of a VSR: which doubleword, and the low word zero-extended. */
function fromVsr(doubleword: 0 | 1, word: boolean): Factory {
  return (c) => {
    const { s } = c;
    const ra = gpr(raField(c)), v = vsrSlot(c, 0) + 2 * doubleword;
    return () => {
      s[ra] = s[v];
      s[ra + 1] = word ? 0 : s[v + 1];
    };
  };
}

/** VSR doubleword 0 <- GPR: whole, or the low word sign- or zero-extended. */
function toVsr(extend: 'none' | 'signed' | 'zero'): Factory {
  return (c) => {
    const { s } = c;
    const ra = gpr(raField(c)), v = vsrSlot(c, 0);
    return () => {
      const lo = s[ra];
      s[v] = lo;
      s[v + 1] = extend === 'none' ? s[ra + 1] : extend === 'signed' ? lo >> 31 : 0;
    };
  };
}

const mtvsrdd: Factory = (c) => {
  const { s } = c;
  const v = vsrSlot(c, 0), ra = baseReg(c), rb = gpr(field(c, 'RB'));
  return () => {
    s[v] = s[ra]; s[v + 1] = s[ra + 1];
    s[v + 2] = s[rb]; s[v + 3] = s[rb + 1];
  };
};

const mtvsrws: Factory = (c) => {
  const { s } = c;
  const v = vsrSlot(c, 0), ra = gpr(raField(c));
  return () => {
    const w = s[ra];
    s[v] = s[v + 1] = s[v + 2] = s[v + 3] = w;
  };
};

/** Bitwise over all four words: XT, XA, XB (or VRT, VRA, VRB). */
function vectorBitwise(op: number): Factory {
  return (c) => {
    const { s } = c;
    const t = vsrSlot(c, 0), a = vsrSlot(c, 1), b = vsrSlot(c, 2);
    return () => {
      for (let i = 0; i < 4; i++) s[t + i] = bitwise(op, s[a + i], s[b + i]);
    };
  };
}

const xxpermdi: Factory = (c) => {
  const { s } = c;
  const t = vsrSlot(c, 0), a = vsrSlot(c, 1), b = vsrSlot(c, 2), dm = field(c, 'DM');
  const fromA = a + (dm & 2), fromB = b + 2 * (dm & 1);
  return () => {
    const w0 = s[fromA], w1 = s[fromA + 1], w2 = s[fromB], w3 = s[fromB + 1];
    s[t] = w0; s[t + 1] = w1; s[t + 2] = w2; s[t + 3] = w3;
  };
};

/** Splat an element of `bits` bits from a constant into every element. */
function splat(value: (c: Ctx) => number, bits: 8 | 16 | 32): Factory {
  return (c) => {
    const { s } = c;
    const t = vsrSlot(c, 0);
    const e = value(c) & (bits === 32 ? -1 : (1 << bits) - 1);
    const w = bits === 8 ? Math.imul(e, 0x01010101) : bits === 16 ? (e << 16) | e : e;
    return () => {
      s[t] = s[t + 1] = s[t + 2] = s[t + 3] = w;
    };
  };
}

/** fmr, fneg, fabs, fnabs, fcpsgn: doubleword 0 with its sign bit replaced; [.] copies FPSCR's summary to CR1. */
function signMove(sign: 'keep' | 'flip' | 'clear' | 'set' | 'from-a'): Factory {
  return (c) => {
    const { s, rc } = c;
    const t = vsrSlot(c, 0), b = vsrSlot(c, sign === 'from-a' ? 2 : 1), a = sign === 'from-a' ? vsrSlot(c, 1) : -1;
    return () => {
      const hi = s[b + 1];
      setFpr(s, t, s[b], sign === 'keep' ? hi : sign === 'flip' ? hi ^ 0x80000000 : sign === 'clear' ? hi & 0x7fffffff
        : sign === 'set' ? hi | 0x80000000 : (hi & 0x7fffffff) | (s[a + 1] & 0x80000000));
      if (rc) setCrField(s, 1, (s[FPSCR] >>> 28) & 0xf);
    };
  };
}

export const VECTOR: Family = {
  mffprd: fromVsr(0, false),
  mfvrd: fromVsr(0, false),
  mffprwz: fromVsr(0, true),
  mfvrwz: fromVsr(0, true),
  mfvsrld: fromVsr(1, false),
  mtfprd: toVsr('none'),
  mtvrd: toVsr('none'),
  mtfprwa: toVsr('signed'),
  mtvrwa: toVsr('signed'),
  mtfprwz: toVsr('zero'),
  mtvrwz: toVsr('zero'),
  mtvsrdd,
  mtvsrws,
  ...Object.fromEntries(BITWISE_OPS.flatMap((k, op) => [['xxl' + k, vectorBitwise(op)], ['v' + k, vectorBitwise(op)]])),
  xxpermdi,
  xxspltib: splat((c) => field(c, 'IMM8'), 8),
  vspltisb: splat((c) => field(c, 'SIMM'), 8),
  vspltish: splat((c) => field(c, 'SIMM'), 16),
  vspltisw: splat((c) => field(c, 'SIMM'), 32),
  fmr: signMove('keep'),
  fneg: signMove('flip'),
  fabs: signMove('clear'),
  fnabs: signMove('set'),
  fcpsgn: signMove('from-a'),
};
