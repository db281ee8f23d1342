// What an instruction's semantics get when its closure is built, once per decoded address:
// the machine's state array and memory, the operand values of its base table entry, the
// variant flags of that entry ([o], [.], [l], [a]) and its own and next address. Families
// return a closure that runs the instruction; the CPU advances PC by 4 before calling it, so
// only control transfers and prefixed instructions write PC.

import type { Decoded } from '../../isa/disasm.js';
import type { Insn } from '../../isa/table.js';
import type { OperandKind } from '../../isa/operands.js';
import type { Memory } from '../memory.js';
import { CR, GPR, SO, VSR, ZERO } from '../machine.js';

export type Exec = () => void;

export type StopKind =
  | 'exited' | 'returned' | 'max-steps' | 'breakpoint' | 'fault' | 'trap'
  | 'illegal-instruction' | 'unimplemented' | 'privileged' | 'system-call'
  /** Not an end: a checked fast run reached something its observer must see step by step. */
  | 'event';

/** What the CPU offers instruction semantics. */
export interface Host {
  /** Stops the run at this instruction, which does not complete (PC stays on it). */
  halt(kind: StopKind, message: string): void;
  /** Ends the run after this instruction completed (an exit system call). */
  finish(kind: StopKind, message: string, exitCode?: number): void;
  /** `sc`: the system-call hook decides. */
  systemCall(level: number): void;
  /** Whether privileged instructions run (kernel code) or stop. */
  readonly modelPrivileged: boolean;
  /** Drops decoded instructions of the cache block at an address (icbi). */
  invalidateCode(hi: number, lo: number, length: number): void;
}

export interface Ctx {
  host: Host;
  s: Int32Array;
  mem: Memory;
  /** The table entry that decoded the word and the base entry whose semantics run. */
  insn: Insn;
  base: Insn;
  key: string;
  /** Operand values of the base entry by operand kind name. */
  f: Record<string, number>;
  rc: boolean;
  oe: boolean;
  lk: boolean;
  aa: boolean;
  pcLo: number;
  pcHi: number;
  /** Address after the instruction (4 or 8 bytes on). */
  nextLo: number;
  nextHi: number;
  decoded: Decoded;
}

export type Factory = (c: Ctx) => Exec;
export type Family = Record<string, Factory>;
/** Semantics for every key of one shape (e.g. all loads), derived from the key's spelling. */
export type Pattern = (key: string) => Factory | undefined;

/** Low slot of GPR n. */
export const gpr = (n: number): number => GPR + 2 * n;

/** First slot of the VSR named by the i-th FPR/VR/VSR operand (FPR n is VSR n, VR n is VSR 32+n). */
export function vsrSlot(c: Ctx, i: number): number {
  const k = c.base.operands.filter((o) => o.cls === 'fpr' || o.cls === 'vr' || o.cls === 'vsr')[i];
  if (!k) throw new Error(`${c.key}: no vector operand ${i}`);
  return VSR + 4 * ((k.cls === 'vr' ? 32 : 0) + c.f[k.name]);
}

/** The RA and RB fields' bits: operand kinds are known by the field they occupy, whatever their name (RA0, RAQ, PRAQ, RBQ...). */
const RA_BITS = 0x001f0000;
const RB_BITS = 0x0000f800;
const isGpr = (k: OperandKind) => k.cls === 'gpr' || k.cls === 'gpr0';

/** The GPR operand in the RB field (the index register of X-form accesses), if the entry has one. */
export function rbOperand(c: Ctx): OperandKind | undefined {
  return c.base.operands.find((k) => isGpr(k) && k.wordBits === RB_BITS);
}

/** A base-register operand: the always-zero slot when the field is 0 and reads as 0 (RA0). */
export function baseReg(c: Ctx): number {
  const zeroMeansZero = c.base.operands.some((k) => k.cls === 'gpr0' && k.wordBits === RA_BITS);
  const n = raField(c);
  return zeroMeansZero && n === 0 ? ZERO : gpr(n);
}

/** The RA field, whatever rule its operand kind carries (RA, RA0, RAL, RAS, ...). */
export function raField(c: Ctx): number {
  const k = c.base.operands.find((o) => isGpr(o) && o.wordBits === RA_BITS);
  if (!k) throw new Error(`${c.key}: no RA operand`);
  return c.f[k.name];
}

/**
 * Operand value by the first of several kind names the base entry may use. A name the entry
 * lacks also matches its one operand that extends it (FXM for FXM1), so renamed kinds resolve.
 */
export function field(c: Ctx, ...names: string[]): number {
  for (const n of names) if (n in c.f) return c.f[n];
  for (const n of names) {
    const like = Object.keys(c.f).filter((k) => k.startsWith(n));
    if (like.length === 1) return c.f[like[0]];
  }
  throw new Error(`${c.key}: none of the operands ${names.join('/')}`);
}

export function crShift(field: number): number {
  return 28 - 4 * field;
}

/** CR0 from a 64-bit result (signed compare with zero) and XER[SO]. */
export function setCr0(s: Int32Array, at: number): void {
  const lo = s[at], hi = s[at + 1];
  const bits = hi < 0 ? 8 : (hi | lo) !== 0 ? 4 : 2;
  s[CR] = (s[CR] & 0x0fffffff) | ((bits | s[SO]) << 28);
}

export function setCrField(s: Int32Array, bf: number, bits: number): void {
  const sh = crShift(bf);
  s[CR] = (s[CR] & ~(0xf << sh)) | (bits << sh);
}

/** CR bit n (0 the most significant). */
export function crBit(s: Int32Array, n: number): number {
  return (s[CR] >>> (31 - n)) & 1;
}
