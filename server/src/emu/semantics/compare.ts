// Compares into a CR field, the ranged and byte compares, the set-boolean instructions and
// isel. The compare flavour (logical or not, word or doubleword, immediate or register) comes
// from the base entry's name: cmp[l]{w,d}[i].

import { CR, SO } from '../machine.js';
import { cmpSigned, cmpUnsigned } from '../u64.js';
import { baseReg, crBit, crShift, field, gpr, raField, setCrField, type Factory, type Family, type Pattern } from './context.js';

/** -1, 0 or 1 comparing two values as the ISA's compares and traps do. */
export function relate(alo: number, ahi: number, blo: number, bhi: number, signed: boolean, doubleword: boolean): number {
  if (doubleword) return signed ? cmpSigned(alo, ahi, blo, bhi) : cmpUnsigned(alo, ahi, blo, bhi);
  if (alo === blo) return 0;
  return (signed ? alo < blo : alo >>> 0 < blo >>> 0) ? -1 : 1;
}

const COMPARE = /^cmp(l?)(w|d)(i?)$/;

function compare(logical: boolean, doubleword: boolean, immediate: boolean): Factory {
  return (c) => {
    const { s } = c;
    const bf = field(c, 'CRF0', 'BF');
    const ra = gpr(raField(c));
    const rb = immediate ? -1 : gpr(field(c, 'RB'));
    const k = immediate ? field(c, logical ? 'UI' : 'SI') : 0;
    const kHi = k < 0 ? -1 : 0;
    const signed = !logical;
    return () => {
      const r = rb >= 0 ? relate(s[ra], s[ra + 1], s[rb], s[rb + 1], signed, doubleword) : relate(s[ra], s[ra + 1], k, kHi, signed, doubleword);
      setCrField(s, bf, (r < 0 ? 8 : r > 0 ? 4 : 2) | s[SO]);
    };
  };
}

/** cmprb: is the low byte of RA within one (L=0) or either of two (L=1) byte ranges in RB. */
const cmprb: Factory = (c) => {
  const { s } = c;
  const bf = field(c, 'BF'), both = field(c, 'L1') === 1;
  const ra = gpr(raField(c)), rb = gpr(field(c, 'RB'));
  const within = (v: number, range: number) => (range & 0xff) <= v && v <= ((range >>> 8) & 0xff);
  return () => {
    const v = s[ra] & 0xff, r = s[rb];
    const inRange = within(v, r) || (both && within(v, r >>> 16));
    setCrField(s, bf, inRange ? 4 : 0);
  };
};

/** cmpeqb: does any byte of RB equal the low byte of RA. */
const cmpeqb: Factory = (c) => {
  const { s } = c;
  const bf = field(c, 'BF'), ra = gpr(raField(c)), rb = gpr(field(c, 'RB'));
  return () => {
    const v = s[ra] & 0xff;
    let match = false;
    for (const w of [s[rb], s[rb + 1]]) for (let i = 0; i < 32; i += 8) if (((w >>> i) & 0xff) === v) match = true;
    setCrField(s, bf, match ? 4 : 0);
  };
};

const setb: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT')), sh = crShift(field(c, 'BFA'));
  return () => {
    const f = (s[CR] >>> sh) & 0xf;
    const v = f & 8 ? -1 : f & 4 ? 1 : 0;
    s[rt] = v;
    s[rt + 1] = v >> 31;
  };
};

/** setbc, setbcr, setnbc, setnbcr: 1 or -1 when the CR bit is set (or clear), else 0. */
function setBoolean(whenSet: boolean, value: number): Factory {
  return (c) => {
    const { s } = c;
    const rt = gpr(field(c, 'RT')), bi = field(c, 'BI');
    return () => {
      const v = (crBit(s, bi) === 1) === whenSet ? value : 0;
      s[rt] = v;
      s[rt + 1] = v >> 31;
    };
  };
}

const isel: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT')), ra = baseReg(c), rb = gpr(field(c, 'RB')), bc = field(c, 'BC');
  return () => {
    const from = crBit(s, bc) ? ra : rb;
    s[rt] = s[from];
    s[rt + 1] = s[from + 1];
  };
};

/** cmpw, cmpdi, cmpld, ...: the flavour spelled in the table's name. */
export const comparePattern: Pattern = (key) => {
  const m = COMPARE.exec(key);
  return m ? compare(m[1] === 'l', m[2] === 'd', m[3] === 'i') : undefined;
};

export const COMPARES: Family = {
  cmprb,
  cmpeqb,
  setb,
  setbc: setBoolean(true, 1),
  setbcr: setBoolean(false, 1),
  setnbc: setBoolean(true, -1),
  setnbcr: setBoolean(false, -1),
  isel,
};
