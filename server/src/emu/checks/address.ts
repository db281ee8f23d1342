// The effective address of a load before it runs, from its decoded operands and the registers
// now: base register (RA, or 0 for an RA0 field of 0) plus RB or the displacement, or the
// instruction's own address for PC-relative prefixed forms. The same rule as the semantics'
// addressing, read from the table entry instead of a closure's context.

import type { Decoded } from '../../isa/disasm.js';
import { effectsOf } from '../../isa/effects.js';
import { operandValues, resolve } from '../semantics/resolve.js';
import { gprValue } from './registers.js';

const DISPLACEMENTS = new Set(['D', 'DS', 'DQ', 'D34']);

/** Where a load reads, or undefined for other instructions. */
export function loadAddress(d: Decoded, s: Int32Array, pc: bigint): bigint | undefined {
  if (!d.insn || effectsOf(d.insn).memory?.access !== 'load') return undefined;
  const base = resolve(d.insn).base;
  const f = operandValues(base, d.suffix ?? d.word, d.suffix === undefined ? 0 : d.word);
  const disp = base.operands.find((k) => DISPLACEMENTS.has(k.name));
  const offset = BigInt(disp ? f[disp.name] : 0);
  if (f.R === 1) return BigInt.asUintN(64, pc + offset);
  const ra = base.operands.find((k) => (k.cls === 'gpr' || k.cls === 'gpr0') && k.name.startsWith('RA'));
  if (!ra) return undefined;
  const a = ra.cls === 'gpr0' && f[ra.name] === 0 ? 0n : gprValue(s, f[ra.name]);
  return BigInt.asUintN(64, a + ('RB' in f ? gprValue(s, f.RB) : offset));
}
