// Effective addresses: a base register (RA, or zero for RA0 = 0) plus RB or a displacement,
// or for PC-relative prefixed instructions (R = 1) the instruction's address plus D34. paddi
// and pla compute the same sum, so they share it.

import { PC, ZERO } from '../machine.js';
import { OUT } from '../u64.js';
import { baseReg, gpr, rbOperand, type Ctx, type Exec } from './context.js';

/** Operand kinds added to the base: displacements and paddi's immediate. */
const DISPLACEMENTS = new Set(['D', 'DS', 'DQ', 'D34', 'SI34']);

const TWO32 = 4294967296;

/** Where an access goes: base slot plus either RB or a constant 64-bit displacement. */
export interface Addressing {
  base: number;
  rb: number;
  dLo: number;
  dHi: number;
}

export function addressing(c: Ctx): Addressing {
  const disp = c.base.operands.find((k) => DISPLACEMENTS.has(k.name));
  const d = disp ? c.f[disp.name] : 0;
  if (c.f.R === 1) {
    // PC-relative: the address is a constant.
    const l = (c.pcLo >>> 0) + d;
    const hiCarry = Math.floor(l / TWO32);
    return { base: ZERO, rb: -1, dLo: l | 0, dHi: (c.pcHi + hiCarry) | 0 };
  }
  const rbKind = rbOperand(c);
  const rb = rbKind ? gpr(c.f[rbKind.name]) : -1;
  const dHi = Math.floor(d / TWO32);
  return { base: baseReg(c), rb, dLo: (d - dHi * TWO32) | 0, dHi };
}

/** The effective address into OUT. */
export function effectiveAddress(s: Int32Array, a: Addressing): void {
  const xlo = a.rb >= 0 ? s[a.rb] : a.dLo, xhi = a.rb >= 0 ? s[a.rb + 1] : a.dHi;
  const l = (s[a.base] >>> 0) + (xlo >>> 0);
  OUT[0] = l | 0;
  OUT[1] = (s[a.base + 1] + xhi + (l > 0xffffffff ? 1 : 0)) | 0;
}

/** A prefixed instruction is 8 bytes long: it sets PC past its suffix itself. */
export function sized(c: Ctx, exec: Exec): Exec {
  if (c.decoded.length === 4) return exec;
  const { s, nextLo, nextHi } = c;
  return () => {
    s[PC] = nextLo;
    s[PC + 1] = nextHi;
    exec();
  };
}
