// A bounded record of single steps that can be walked backwards: each record keeps the state
// slots and memory bytes its instruction changed, old and new, so stepping back restores the
// machine exactly. The oldest records go first when the step limit or the memory cap is hit.

import type { Cpu, StepResult } from './cpu.js';

export interface TraceLimits {
  /** Records kept (steps that can be undone). */
  maxSteps?: number;
  /** Rough bytes of memory the records may take. */
  maxBytes?: number;
}

const RECORD_OVERHEAD = 96;

export class Trace {
  private readonly records: StepResult[] = [];
  private bytes = 0;
  private readonly maxSteps: number;
  private readonly maxBytes: number;

  constructor(private readonly cpu: Cpu, limits: TraceLimits = {}) {
    this.maxSteps = limits.maxSteps ?? 1_000_000;
    this.maxBytes = limits.maxBytes ?? 256 * 1024 * 1024;
  }

  get length(): number {
    return this.records.length;
  }

  /** Steps one instruction forward and records it (unless it did not run). */
  step(): StepResult {
    const r = this.cpu.step();
    if (!r.completed) return r;
    this.records.push(r);
    this.bytes += sizeOf(r);
    while (this.records.length > this.maxSteps || (this.bytes > this.maxBytes && this.records.length > 1)) {
      this.bytes -= sizeOf(this.records.shift()!);
    }
    return r;
  }

  /** Undoes the last recorded step; undefined when nothing is left to undo. */
  back(): StepResult | undefined {
    const r = this.records.pop();
    if (!r) return undefined;
    this.bytes -= sizeOf(r);
    const s = this.cpu.s;
    for (let i = 0; i < r.slots.length; i += 3) s[r.slots[i]] = r.slots[i + 1];
    // Later stores first, so bytes written twice in one step end at their first old value.
    for (let i = r.memory.length - 1; i >= 0; i--) this.cpu.machine.mem.poke(r.memory[i].address, r.memory[i].old);
    this.cpu.steps--;
    return r;
  }
}

function sizeOf(r: StepResult): number {
  return RECORD_OVERHEAD + 8 * r.slots.length + r.memory.reduce((n, m) => n + 64 + 2 * m.old.length, 0) + 48 * r.registers.length;
}
