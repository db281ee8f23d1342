// Stack arguments of a live-patched call. A passes the arguments beyond the eighth in its
// parameter save area at 32(r1) + 8*8 = 96(r1); B, and P that replaces it, read them at the
// same offset from their entry r1. A trampoline that leaves a frame of its own between A's and
// P's makes P read the wrong words (the reason the livepatch stack exists). When P is entered
// while a call to B is pending with r1 not at A's, P's first load from its argument area is
// reported.

import type { Cpu, StepResult } from '../cpu.js';
import type { ProgramFunction } from '../program.js';
import { loadAddress } from './address.js';
import type { CallStack } from './calls.js';
import { hex, type Finding, type Where } from './finding.js';
import { gprValue, pcValue } from './registers.js';
import { addAddress } from '../../isa/address.js';

/** ELFv2: stack arguments start after the 32-byte header and the eight register arguments' slots. */
const STACK_ARGS = 96n;
/** How much of the argument area is watched: 16 doublewords. */
const WATCHED = 8n * 16n;

/** The innermost match (Array.prototype.findLast is past the ES2022 library). */
function findLast<T>(items: T[], match: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i])) return items[i];
  return undefined;
}

interface Activation {
  fn: ProgramFunction;
  /** r1 at P's entry and at A's call of B. */
  entryR1: bigint;
  callerR1: bigint;
  caller: string;
  /** The function that branched to P. */
  trampoline: string;
  /** Shadow stack depth at entry: the activation ends when the stack falls below it. */
  depth: number;
  reported: boolean;
}

export class StackArguments {
  private readonly active: Activation[] = [];
  private pendingLoad?: { pc: bigint; address: bigint; activation: Activation };

  constructor(
    private readonly cpu: Cpu,
    private readonly where: Where,
    private readonly patches: { old: ProgramFunction; new: ProgramFunction }[],
    private readonly calls: CallStack,
  ) {}

  /** Loads must be watched one by one while a diverted call is active. */
  get watching(): boolean {
    return this.active.length > 0;
  }

  /** The patched functions' entries, where a diversion is noticed. */
  get entries(): bigint[] {
    return this.patches.flatMap(({ new: fn }) => [fn.address, fn.address + BigInt(fn.localEntry)]);
  }

  /** A copy of each activation (they change only their own fields): cheap at every step. */
  save(): unknown {
    return { active: this.active.map((a) => ({ ...a })), pendingLoad: this.pendingLoad && { ...this.pendingLoad } };
  }

  load(state: unknown): void {
    const c = state as { active: Activation[]; pendingLoad?: { pc: bigint; address: bigint; activation: Activation } };
    this.active.length = 0;
    for (const a of c.active) this.active.push({ ...a });
    this.pendingLoad = c.pendingLoad && { ...c.pendingLoad };
  }

  /** Where the next instruction loads from, if it is a load of a watched activation. */
  before(): void {
    this.pendingLoad = undefined;
    if (this.active.length === 0) return;
    const s = this.cpu.s;
    const pc = pcValue(s);
    const activation = findLast(this.active, (a) => !a.reported && pc >= a.fn.address && pc < a.fn.end);
    if (!activation) return;
    const d = this.cpu.decodedAt(pc);
    const address = d && loadAddress(d, s, pc);
    if (address !== undefined) this.pendingLoad = { pc, address, activation };
  }

  after(step: StepResult, next: bigint, out: Finding[]): void {
    const load = this.pendingLoad;
    this.pendingLoad = undefined;
    if (load && load.pc === step.pc) this.checkLoad(load.activation, load.address, step.pc, out);
    while (this.active.length > 0 && this.calls.frames.length < this.active[this.active.length - 1].depth) this.active.pop();
    if (!step.decoded || next === addAddress(step.pc, step.decoded.length)) return;
    for (const { old, new: fn } of this.patches) {
      if (next !== fn.address && next !== fn.address + BigInt(fn.localEntry)) continue;
      const frame = findLast(this.calls.frames, (f) => f.target === old.address || f.target === old.address + BigInt(old.localEntry));
      if (!frame) continue;
      frame.divertedTo = fn.name;
      const entryR1 = gprValue(this.cpu.s, 1);
      if (entryR1 === frame.r1) continue;
      this.active.push({
        fn, entryR1, callerR1: frame.r1, depth: this.calls.frames.length, reported: false,
        caller: frame.callPc === undefined ? "the scenario's caller" : this.where.fn(frame.callPc),
        trampoline: this.where.fn(step.pc),
      });
    }
  }

  private checkLoad(a: Activation, address: bigint, pc: bigint, out: Finding[]): void {
    const offset = address - a.entryR1;
    if (offset < STACK_ARGS || offset >= STACK_ARGS + WATCHED) return;
    a.reported = true;
    const n = 9n + (offset - STACK_ARGS) / 8n;
    const gap = a.callerR1 - a.entryR1;
    const between = gap > 0n
      ? `an extra frame of ${gap} bytes lies between (${a.trampoline}'s)`
      : `r1 is ${-gap} bytes above ${a.caller}'s (${a.trampoline} popped its frame)`;
    out.push(this.where.finding('stack-argument-misread', pc,
      `${a.fn.name} reads stack argument ${n} at ${hex(address)} (its entry r1 + ${offset}) but ${a.caller} passed it at ${hex(a.callerR1 + offset)} (${a.caller}'s r1 + ${offset}): ${between}`));
  }
}
