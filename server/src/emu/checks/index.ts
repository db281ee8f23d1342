// Runtime checks of a stepped run: the runner calls before() and after() around every single
// step and stopFinding() when the CPU stops. Each check is its own module; this one feeds them
// the step and the pc it went to, and keeps the last completed instruction for execute faults.

import type { Cpu, Stop, StepResult } from '../cpu.js';
import type { Program } from '../program.js';
import { CallStack, type Frame } from './calls.js';
import { Where, type CheckOptions, type Finding } from './finding.js';
import { LivepatchStack } from './livepatch-stack.js';
import { pcValue } from './registers.js';
import { StackArguments } from './stack-args.js';
import { stopFinding } from './stops.js';
import type { WatchRange } from '../memory.js';

export type { CheckOptions, Finding, FindingKind } from './finding.js';

export class RuntimeChecks {
  private readonly where: Where;
  private readonly calls: CallStack;
  private readonly args?: StackArguments;
  private readonly livepatch?: LivepatchStack;
  private lastPc?: bigint;

  /** Reads the initial r1, r2 and pc: construct it once the registers are set for the call. */
  constructor(private readonly cpu: Cpu, program: Program, options: CheckOptions = {}) {
    this.where = new Where(program);
    this.calls = new CallStack(cpu, this.where, options.returnAddress);
    if (options.patches?.length) this.args = new StackArguments(cpu, this.where, options.patches, this.calls);
    if (options.livepatchStack) this.livepatch = new LivepatchStack(cpu, this.where, options.livepatchStack);
  }

  /** The checks' state, to go back to with restore() when a step is undone. */
  snapshot(): unknown {
    return { calls: this.calls.save(), args: this.args?.save(), livepatch: this.livepatch?.save(), lastPc: this.lastPc };
  }

  restore(state: unknown): void {
    const c = state as { calls: unknown; args: unknown; livepatch: unknown; lastPc?: bigint };
    this.calls.load(c.calls);
    this.args?.load(c.args);
    this.livepatch?.load(c.livepatch);
    this.lastPc = c.lastPc;
  }

  // What a fast run must stop for, so that these checks see the same steps as when every
  // instruction is stepped: calls (the engine stops before branch-and-links itself), arrivals
  // at pending return addresses and at patched functions, and stores into the livepatch stack.

  /** Whether the next instruction must be single-stepped (a TOC restore to check, a stack argument watch). */
  needsStepping(): boolean {
    return this.calls.restorePending || (this.args?.watching ?? false);
  }

  /** Addresses whose arrival by a branch the checks must see. */
  targets(): bigint[] {
    return [...this.calls.frames.map((f) => f.returnAddress), ...(this.args?.entries ?? [])];
  }

  /** Memory ranges whose stores the checks must see. */
  watches(): WatchRange[] {
    return this.livepatch?.watches ?? [];
  }

  /** The pending calls, outermost first (the debugger's stack). */
  get callFrames(): readonly Frame[] {
    return this.calls.frames;
  }

  /** Call before each step: notes where a load about to run reads. */
  before(): void {
    this.args?.before();
  }

  /** Call after each step with its result; returns the new findings. */
  after(step: StepResult): Finding[] {
    if (!step.completed) return [];
    const out: Finding[] = [];
    const next = pcValue(this.cpu.s);
    this.calls.after(step, next, out);
    this.args?.after(step, next, out);
    this.livepatch?.after(step, out);
    this.lastPc = step.pc;
    return out;
  }

  /** A stop of the CPU (trap, fault, illegal instruction, step limit, ...) as a finding. */
  stopFinding(stop: Stop): Finding {
    return stopFinding(stop, this.where, this.cpu, this.lastPc);
  }
}
