// The Power machine state: every architected register lives in one Int32Array (64-bit
// registers as low/high slot pairs), so instruction closures index it directly, a step can be
// snapshotted with one copy, and a trace can diff and restore it exactly. Names and BigInt
// values are for the edges only (JSON, traces, scenario set-up).

import { Memory, PERM_R, PERM_W } from './memory.js';
import { halves, hex64, toBig } from './u64.js';

let nextSlot = 0;
const slots = (n: number): number => {
  const at = nextSlot;
  nextSlot += n;
  return at;
};

/** rN: low half at GPR + 2N, high half at GPR + 2N + 1. */
export const GPR = slots(64);
/** Always zero: the base register "RA = 0 reads as 0" points here. */
export const ZERO = slots(2);
export const PC = slots(2);
export const LR = slots(2);
export const CTR = slots(2);
export const TAR = slots(2);
export const MSR = slots(2);
/** CR as one 32-bit word, field 0 in the top four bits. */
export const CR = slots(1);
// XER's flags apart (0 or 1 each), as the ISA's instructions read and write them singly.
export const SO = slots(1);
export const OV = slots(1);
export const CA = slots(1);
export const OV32 = slots(1);
export const CA32 = slots(1);
/**
 * The other bits of XER's low word (the string instructions' byte count, reserved bits), kept
 * as written; the high word reads as zero (as in qemu).
 */
export const XER_REST = slots(1);
export const FPSCR = slots(2);
export const VSCR = slots(1);
/**
 * Reservation of lwarx and friends: address, 1 while held, and the value loaded (lqarx's
 * second doubleword in the last two slots).
 */
export const RESERVE_ADDR = slots(2);
export const RESERVE_HELD = slots(1);
export const RESERVE_VALUE = slots(4);

export interface SprInfo {
  name: string;
  /** mfspr numbers and mtspr numbers that reach this register. */
  read: number[];
  write: number[];
  slot: number;
}

/**
 * SPRs kept as plain 64-bit values (besides LR, CTR, XER and TAR, which have their own slots).
 * The time base and decrementer do not advance, so runs stay deterministic.
 */
const PLAIN_SPRS: [name: string, read: number[], write: number[]][] = [
  ['dscr', [3, 17], [3, 17]], ['dsisr', [18], [18]], ['dar', [19], [19]], ['dec', [22], [22]],
  ['srr0', [26], [26]], ['srr1', [27], [27]], ['cfar', [28], [28]], ['amr', [13, 29], [13, 29]],
  ['ctrl', [136], [152]], ['vrsave', [256], [256]], ['tb', [268], []],
  ['sprg0', [272], [272]], ['sprg1', [273], [273]], ['sprg2', [274], [274]], ['sprg3', [259, 275], [275]],
  ['hsprg0', [304], [304]], ['hsprg1', [305], [305]], ['hsrr0', [314], [314]], ['hsrr1', [315], [315]],
  ['lpcr', [318], [318]], ['pvr', [287], []], ['ppr', [896], [896]], ['pir', [1023], []],
];
export const SPRS: SprInfo[] = PLAIN_SPRS.map(([name, read, write]) => ({ name, read, write, slot: slots(2) }));

/** VSR n (0..63): doubleword 0 (the FPR for n < 32) at VSR + 4n (low, high), doubleword 1 after it. */
export const VSR = slots(256);
export const STATE_SIZE = nextSlot;

export const SPR_XER = 1;
export const SPR_LR = 8;
export const SPR_CTR = 9;
export const SPR_TAR = 815;

/** A problem-state program may use an SPR only when bit 4 of its number is clear (ISA Book III). */
export function sprPrivileged(n: number): boolean {
  return (n & 0x10) !== 0;
}

/** Slot of the SPR that mfspr (or mtspr) number n reaches; XER is composed and has none. */
export function sprSlot(n: number, write: boolean): number | undefined {
  if (n === SPR_LR) return LR;
  if (n === SPR_CTR) return CTR;
  if (n === SPR_TAR) return TAR;
  return SPRS.find((r) => (write ? r.write : r.read).includes(n))?.slot;
}

// XER bit positions (64-bit register, bit 0 the least significant here).
const XER_BITS: [slot: number, bit: number][] = [[SO, 31], [OV, 30], [CA, 29], [OV32, 19], [CA32, 18]];

export function readXer(s: Int32Array): number {
  let v = s[XER_REST];
  for (const [slot, bit] of XER_BITS) v |= s[slot] << bit;
  return v;
}

export function writeXer(s: Int32Array, lo: number): void {
  let rest = lo;
  for (const [slot, bit] of XER_BITS) {
    s[slot] = (lo >>> bit) & 1;
    rest &= ~(1 << bit);
  }
  s[XER_REST] = rest;
}

/** Register names of the JSON `registers`/`regs` shape and of `--regs` files, in order. */
export const JSON_REGISTERS = [...Array.from({ length: 32 }, (_, i) => `r${i}`), 'cr', 'lr', 'ctr', 'xer', 'msr'];

/** Every named register: GPRs, the branch and condition registers, SPRs, FPSCR, VSRs. */
export const REGISTER_NAMES = [
  ...JSON_REGISTERS, 'pc', 'tar', 'fpscr', 'vscr', ...SPRS.map((r) => r.name),
  ...Array.from({ length: 64 }, (_, i) => `vs${i}`),
];

const PAIRS: Record<string, number> = { pc: PC, lr: LR, ctr: CTR, tar: TAR, msr: MSR, fpscr: FPSCR };
for (const r of SPRS) PAIRS[r.name] = r.slot;

/** The state slots behind a register name (for diffs: which names a changed slot belongs to). */
/** Slots of the machine's registers by name (a debugger asks for the same 40 at every stop). */
let slotsByName: Map<string, number[]> | undefined;

export function slotsOf(name: string): number[] {
  slotsByName ??= new Map(REGISTER_NAMES.map((n) => [n, findSlots(n)]));
  return slotsByName.get(name) ?? findSlots(name);
}

function findSlots(name: string): number[] {
  const gpr = /^r(\d+)$/.exec(name);
  if (gpr) return [GPR + 2 * Number(gpr[1]), GPR + 2 * Number(gpr[1]) + 1];
  const vsr = /^vs(\d+)$/.exec(name);
  if (vsr) return [0, 1, 2, 3].map((i) => VSR + 4 * Number(vsr[1]) + i);
  if (name === 'cr') return [CR];
  if (name === 'vscr') return [VSCR];
  if (name === 'xer') return [SO, OV, CA, OV32, CA32, XER_REST];
  const at = PAIRS[name];
  if (at === undefined) throw new Error(`unknown register ${name}`);
  return [at, at + 1];
}

/** A register's value; VSRs are 128-bit (doubleword 0 in the high half). */
export function getRegister(s: Int32Array, name: string): bigint {
  if (name === 'xer') return BigInt(readXer(s) >>> 0);
  if (name === 'cr' || name === 'vscr') return BigInt(s[name === 'cr' ? CR : VSCR] >>> 0);
  const [a, b, c, d] = slotsOf(name);
  if (c !== undefined) return (toBig(s[a], s[b]) << 64n) | toBig(s[c], s[d]);
  return toBig(s[a], s[b]);
}

export function setRegister(s: Int32Array, name: string, value: bigint): void {
  const [lo, hi] = halves(value);
  if (name === 'xer') return writeXer(s, lo);
  if (name === 'cr' || name === 'vscr') {
    s[name === 'cr' ? CR : VSCR] = lo;
    return;
  }
  const at = slotsOf(name);
  if (at.length === 4) {
    const [l1, h1] = halves(value >> 64n);
    s[at[0]] = l1; s[at[1]] = h1; s[at[2]] = lo; s[at[3]] = hi;
    return;
  }
  s[at[0]] = lo;
  s[at[1]] = hi;
}

export function formatRegister(s: Int32Array, name: string): string {
  const v = getRegister(s, name);
  if (name.startsWith('vs')) return '0x' + v.toString(16).padStart(32, '0');
  const [lo, hi] = halves(v);
  return hex64(lo, hi);
}

/** The JSON register shape: r0..r31, cr, lr, ctr, xer, msr as 16-digit hex strings. */
export function registersJson(s: Int32Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of JSON_REGISTERS) out[name] = formatRegister(s, name);
  return out;
}

/** LR at the start of a run: a `blr` out of the entry function lands here and ends the run as "returned". */
export const RETURN_SENTINEL = 0xfffffffffffff000n;

/** MSR of a 64-bit little-endian problem-state program as qemu's linux-user starts it. */
export const USER_MSR_LE = 0x9000000102806901n;
const MSR_LE = 1n;

export interface MachineOptions {
  bigEndian?: boolean;
}

export class Machine {
  readonly s = new Int32Array(STATE_SIZE);
  readonly mem: Memory;

  constructor(opts: MachineOptions = {}) {
    this.mem = new Memory(!opts.bigEndian);
    this.set('msr', opts.bigEndian ? USER_MSR_LE & ~MSR_LE : USER_MSR_LE);
  }

  get bigEndian(): boolean {
    return !this.mem.littleEndian;
  }

  get(name: string): bigint {
    return getRegister(this.s, name);
  }

  set(name: string, value: bigint): void {
    setRegister(this.s, name, value);
  }

  get pc(): bigint {
    return this.get('pc');
  }

  set pc(v: bigint) {
    this.set('pc', v);
  }

  /**
   * Kernel per-CPU data: maps a `paca` region and points r13 at it, as kernel entry code
   * expects (`ld r2,PACATOC(r13)`), plus the task's `thread_info` when given.
   */
  mapKernelData(paca: { address: bigint; size: bigint }, threadInfo?: { address: bigint; size: bigint }): void {
    this.mem.map('paca', paca.address, paca.size, PERM_R | PERM_W);
    this.set('r13', paca.address);
    if (threadInfo) this.mem.map('thread_info', threadInfo.address, threadInfo.size, PERM_R | PERM_W);
  }
}
